package org.vagus.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.vagus.analysis.results.InputFile;

/** SHA-256 checksums of the files an analysis reads and writes, for the provenance. */
public final class Checksums {
    private Checksums() {
    }

    /** The checksum of a file, named by {@code relativePath} in the provenance. */
    public static InputFile of(Path file, String relativePath) throws IOException {
        MessageDigest sha = sha256();
        long bytes = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                bytes += n;
            }
        }
        return new InputFile(relativePath, bytes, HexFormat.of().formatHex(sha.digest()));
    }

    /** The checksum of bytes in memory. */
    public static InputFile of(byte[] content, String relativePath) {
        MessageDigest sha = sha256();
        return new InputFile(relativePath, content.length, HexFormat.of().formatHex(sha.digest(content)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
