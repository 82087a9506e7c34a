package org.vagus.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.study.AtomicFiles;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAndReplacesWithoutLeavingTemporaryFiles() throws IOException {
        Path target = dir.resolve("results.tsv");
        AtomicFiles.writeString(target, "first\n");
        assertEquals("first\n", Files.readString(target));
        AtomicFiles.writeBytes(target, "second\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("second\n", Files.readString(target));
        AtomicFiles.write(target, out -> {
            out.write("third".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertEquals("third", Files.readString(target));
        assertEquals(List.of("results.tsv"), entries());
    }

    @Test
    void createsMissingParentFolders() throws IOException {
        Path target = dir.resolve("a/b/c.txt");
        AtomicFiles.writeString(target, "x");
        assertEquals("x", Files.readString(target));
    }

    @Test
    void writerFailingMidwayKeepsOldContent() throws IOException {
        Path target = dir.resolve("participants.tsv");
        AtomicFiles.writeString(target, "old content\n");
        IOException failure = new IOException("disk on fire");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write("half a file ".getBytes(StandardCharsets.UTF_8));
            }
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals("old content\n", Files.readString(target));
        assertEquals(List.of("participants.tsv"), entries());
    }

    @Test
    void runtimeFailureOnNewFileLeavesNothing() throws IOException {
        Path target = dir.resolve("new.json");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write('{');
            throw new UncheckedIOException(new IOException("bug"));
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), entries());
    }
}
