package org.vagus.analysis.results;

import java.util.Objects;

/**
 * A file an analysis read or wrote, with its SHA-256 checksum, as the provenance records it.
 *
 * @param path the path relative to the study folder (inputs) or to the output folder (outputs), '/' separated
 * @param bytes the size in bytes
 * @param sha256 the SHA-256 checksum as 64 lower-case hexadecimal digits
 * @since 0.1.0
 */
public record InputFile(String path, long bytes, String sha256) {
    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
