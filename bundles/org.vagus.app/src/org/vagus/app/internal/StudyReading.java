package org.vagus.app.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.vagus.app.OpenStudy;
import org.vagus.study.StudyFolder;

/** Reads a study folder for display: read-only, so it works while another process records into it. */
final class StudyReading {

    private StudyReading() {
    }

    static OpenStudy read(Path folder) throws IOException {
        try (StudyFolder f = StudyFolder.openReadOnly(folder)) {
            return new OpenStudy(folder, f.study(), f.isPlainBids());
        }
    }
}
