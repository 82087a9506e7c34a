package org.vagus.signal.tests.hrv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vagus.core.units.SamplingRate;
import org.vagus.io.wfdb.MitAnnotationReader;
import org.vagus.signal.hrv.RrIntervals;

/** The shared beat-annotation recordings, read in place. */
final class HrvData {
    private HrvData() {
    }

    static Path folder() {
        String p = System.getProperty("vagus.data");
        Path dir = p != null ? Path.of(p) : Path.of("../shared/data");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("test data folder " + dir.toAbsolutePath()
                    + " not found; set -Dvagus.data=/path/to/shared/data");
        }
        return dir;
    }

    /** nsr001 (Normal Sinus Rhythm RR database): 24 h of beat annotations, clock 128 Hz from the header. */
    static RrIntervals nsr001() throws IOException {
        return RrIntervals.of(new MitAnnotationReader().read(folder().resolve("rr/nsr001"), "ecg"));
    }

    /** 03665.qrs (AF database, no header): 10 h of beat annotations at 250 Hz. */
    static RrIntervals afdb03665() throws IOException {
        return RrIntervals.of(new MitAnnotationReader().read(folder().resolve("rr/03665.qrs"), SamplingRate.ofHertz(250)));
    }
}
