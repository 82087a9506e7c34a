package org.vagus.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared real recordings, read in place (never copied into the project). */
final class TestData {
    private TestData() {
    }

    /** The data folder: system property {@code vagus.data}, else {@code ../shared/data} from the repository root. */
    static Path folder() {
        String p = System.getProperty("vagus.data");
        Path dir = p != null ? Path.of(p) : Path.of("../shared/data");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("test data folder " + dir.toAbsolutePath()
                    + " not found; set -Dvagus.data=/path/to/shared/data");
        }
        return dir;
    }

    static Path file(String relative) {
        return folder().resolve(relative);
    }
}
