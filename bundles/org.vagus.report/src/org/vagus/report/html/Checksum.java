package org.vagus.report.html;

import java.util.Objects;

/**
 * An input file of the analysis with its SHA-256 checksum, for the provenance section.
 *
 * @param path the path relative to the study folder, '/' separated
 * @param bytes the size in bytes
 * @param sha256 64 lower-case hexadecimal digits
 * @since 0.1.0
 */
public record Checksum(String path, long bytes, String sha256) {
    public Checksum {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(path + ": SHA-256 '" + sha256
                    + "' is not 64 lower-case hexadecimal digits");
        }
        if (bytes < 0) {
            throw new IllegalArgumentException(path + ": size " + bytes + " is negative");
        }
    }
}
