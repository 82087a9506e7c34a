package org.vagus.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.study.StudyFormatException;
import org.vagus.study.Tsv;

class TsvTest {
    @TempDir
    Path dir;

    @Test
    void roundTripWithMissingValues() throws IOException {
        Path file = dir.resolve("t.tsv");
        Tsv.write(file, List.of("a", "b", "c"), List.of(Arrays.asList("1", null, ""), List.of("x y", "2", "n/a")));
        assertEquals("a\tb\tc\n1\tn/a\tn/a\nx y\t2\tn/a\n", Files.readString(file));
        Tsv.Table table = Tsv.read(file);
        assertEquals(List.of("a", "b", "c"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(3, table.rows().get(1).line());
        assertEquals("x y", table.cell(table.rows().get(1), "a").orElseThrow());
        assertTrue(table.cell(table.rows().get(0), "b").isEmpty());
        assertTrue(table.cell(table.rows().get(0), "nope").isEmpty());
    }

    @Test
    void tabsAndLineBreaksInCellsAreRejectedOnWrite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tsv.format(List.of("id", "note"), List.of(List.of("1", "a\tb"))));
        assertTrue(e.getMessage().contains("column 'note'") && e.getMessage().contains("a tab"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Tsv.format(List.of("id"), List.of(List.of("1\n2"))));
        assertTrue(e.getMessage().contains("line break"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Tsv.format(List.of("id", "x"), List.of(List.of("1"))));
        assertTrue(e.getMessage().contains("1 cells, expected 2"), e.getMessage());
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() throws IOException {
        Path file = dir.resolve("excel.tsv");
        Files.writeString(file, "\uFEFFa\tb\r\n1\t2\r\n\r\n");
        Tsv.Table table = Tsv.read(file);
        assertEquals(List.of("a", "b"), table.header());
        assertEquals(List.of("1", "2"), table.rows().get(0).cells());
    }

    @Test
    void malformedFilesNameFileAndLine() throws IOException {
        assertError("a\tb\n1\t2\n\n3\t4\n", "t.tsv line 3: empty line");
        assertError("a\tb\n1\t\n", "t.tsv line 2: column 'b' is empty; write n/a");
        assertError("a\ta\n", "t.tsv line 1: column 'a' appears twice");
        assertError("", "t.tsv line 1: empty");
        assertError("a\tb\n1\t2\t3\n", "t.tsv line 2: 3 cells, expected 2 (a, b)");
        Path file = dir.resolve("bin.tsv");
        Files.write(file, new byte[] { 'a', '\n', (byte) 0xC3, (byte) 0x28, '\n' });
        StudyFormatException e = assertThrows(StudyFormatException.class, () -> Tsv.read(file));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    private void assertError(String content, String expected) throws IOException {
        Path file = dir.resolve("t.tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        StudyFormatException e = assertThrows(StudyFormatException.class, () -> Tsv.read(file));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertEquals(file, e.file());
    }
}
