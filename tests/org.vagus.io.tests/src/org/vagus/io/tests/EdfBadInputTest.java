package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vagus.io.tests.EdfBytes.tal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.io.FormatException;
import org.vagus.io.edf.EdfAnnotation;
import org.vagus.io.edf.EdfFile;
import org.vagus.io.edf.EdfReader;
import org.vagus.io.edf.EdfSegment;

/**
 * Malformed and edge-case files, built byte by byte ({@link EdfBytes}) or cut from the real ones: each fault is a
 * {@link FormatException} naming the byte offset and the field, never partial data.
 */
class EdfBadInputTest {
    private final EdfReader reader = new EdfReader();
    @TempDir
    Path dir;

    /** One 4 Hz signal (digital = physical) and an annotations signal of 8 samples (16 bytes). */
    private static EdfBytes small() {
        return new EdfBytes().signal("x", "mV", "-100", "100", "-100", "100", 4).annotations(8);
    }

    private FormatException fails(EdfBytes b) throws IOException {
        Path f = b.write(dir, "bad.edf");
        return assertThrows(FormatException.class, () -> reader.readFile(f));
    }

    @Test
    void truncatedRealFileNamesTheByteWhereItEnds() throws IOException {
        byte[] all = Files.readAllBytes(TestData.file("edf/test_generator.edf"));
        Path cut = Files.write(dir.resolve("cut.edf"), Arrays.copyOf(all, all.length - 1000));
        FormatException e = assertThrows(FormatException.class, () -> reader.read(cut));
        // 3328 + 600 * 4514 = 2711728 bytes expected; 2710728 present, inside record (2710728 - 3328) / 4514 = 599
        assertEquals("byte 2710728", e.location());
        assertTrue(e.problem().contains("truncated"), e.problem());
        assertTrue(e.problem().contains("data record 599"), e.problem());
        assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());

        Path header = Files.write(dir.resolve("header.edf"), Arrays.copyOf(all, 100));
        FormatException h = assertThrows(FormatException.class, () -> reader.read(header));
        assertEquals("byte 100", h.location());
        assertTrue(h.problem().contains("inside the 256-byte"), h.problem());

        Path signals = Files.write(dir.resolve("signals.edf"), Arrays.copyOf(all, 1000));
        FormatException s = assertThrows(FormatException.class, () -> reader.read(signals));
        assertEquals("byte 1000", s.location());
        assertTrue(s.problem().contains("signal headers"), s.problem());
    }

    @Test
    void headerFieldThatIsNotANumberIsNamedWithItsOffset() throws IOException {
        EdfBytes b = small().record(new int[4], tal("+0||#"));
        b.records = "abc";
        FormatException e = fails(b);
        assertEquals("byte 236", e.location());
        assertTrue(e.problem().contains("'number of data records' is 'abc'; expected an integer"), e.problem());

        EdfBytes d = small().record(new int[4], tal("+0||#"));
        d.duration = "1s";
        assertEquals("byte 244", fails(d).location());

        EdfBytes p = small().record(new int[4], tal("+0||#"));
        p.signals.get(0)[2] = "-1O0";
        FormatException pe = fails(p);
        assertEquals("byte " + p.signalFieldOffset(3, 0), pe.location());
        assertTrue(pe.problem().contains("signal 0 (x): physical minimum' is '-1O0'; expected a decimal number"),
                pe.problem());

        EdfBytes n = small().record(new int[4], tal("+0||#"));
        n.signals.get(1)[6] = "8.5";
        FormatException ne = fails(n);
        assertEquals("byte " + n.signalFieldOffset(8, 1), ne.location());
        assertTrue(ne.problem().contains("number of samples in each data record"), ne.problem());
    }

    @Test
    void recordCountMustAgreeWithTheFileSize() throws IOException {
        // header 768 bytes, records of 4 * 2 + 16 = 24 bytes
        EdfBytes more = small().record(new int[4], tal("+0||#")).record(new int[4], tal("+1||#"))
                .record(new int[4], tal("+2||#"));
        more.records = "2";
        FormatException e = fails(more);
        assertEquals("byte " + (768 + 2 * 24), e.location());
        assertTrue(e.problem().contains("disagrees with the file size"), e.problem());
        assertTrue(e.problem().contains("24 more bytes (1 whole record(s))"), e.problem());

        EdfBytes fewer = small().record(new int[4], tal("+0||#"));
        fewer.records = "2";
        FormatException f = fails(fewer);
        assertEquals("byte " + (768 + 24), f.location());
        assertTrue(f.problem().contains("truncated"), f.problem());

        EdfBytes unknown = small().record(new int[4], tal("+0||#")).record(new int[4], tal("+1||#"));
        unknown.records = "-1";
        assertEquals(2, reader.readFile(unknown.write(dir, "unknown.edf")).header().recordCount(),
                "-1 (still recording) takes the count from the file size");
    }

    @Test
    void otherHeaderFaults() throws IOException {
        EdfBytes v = small().record(new int[4], tal("+0||#"));
        v.version = "1";
        assertEquals("byte 0", fails(v).location());

        EdfBytes hb = small().record(new int[4], tal("+0||#"));
        hb.headerBytes = "512";
        FormatException h = fails(hb);
        assertEquals("byte 184", h.location());
        assertTrue(h.problem().contains("256 * (2 + 1) = 768"), h.problem());

        EdfBytes range = small().record(new int[4], tal("+0||#"));
        range.signals.get(0)[4] = "-40000";
        assertTrue(fails(range).problem().contains("digital range -40000 to 100"));

        EdfBytes date = small().record(new int[4], tal("+0||#"));
        date.startDate = "31.02.20";
        FormatException de = fails(date);
        assertEquals("byte 168", de.location());
        assertTrue(de.problem().contains("not a valid date"), de.problem());
    }

    @Test
    void badTalsAreRefusedWithTheirOffset() throws IOException {
        // the annotations signal of record 0 starts at 768 + 8 = byte 776
        FormatException sign = fails(small().record(new int[4], tal("0||#")));
        assertEquals("byte 776", sign.location());
        assertTrue(sign.problem().contains("data record 0, signal 1 (EDF Annotations)"), sign.problem());
        assertTrue(sign.problem().contains("must start with '+' or '-'"), sign.problem());

        FormatException open = fails(small().record(new int[4], tal("+0|Sixteen bytes|")));
        assertTrue(open.problem().contains("without its closing 0 byte"), open.problem());

        FormatException end = fails(small().record(new int[4], tal("+0||#+0.5|ab#")));
        assertEquals("byte " + (776 + 5), end.location());
        assertTrue(end.problem().contains("does not end with 0x14"), end.problem());

        FormatException duration = fails(small().record(new int[4], tal("+0||#+0~-1|a|#")));
        assertTrue(duration.problem().contains("TAL duration '-1'"), duration.problem());

        FormatException utf8 = fails(small().record(new int[4], tal("+0||#+0|\u00ff|#")));
        assertTrue(utf8.problem().contains("not valid UTF-8"), utf8.problem());

        FormatException keeping = fails(small().record(new int[4], tal("+0|beat|#")));
        assertTrue(keeping.problem().contains("no time-keeping TAL"), keeping.problem());

        FormatException empty = fails(small().record(new int[4], ""));
        assertTrue(empty.problem().contains("no time-keeping TAL"), empty.problem());
    }

    @Test
    void talsWithDurationsSeveralTextsAndUtf8() throws IOException {
        String utf8 = new String("Ruhe \u00b5V \u2013 Stress".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        EdfBytes b = new EdfBytes().signal("x", "mV", "-100", "100", "-100", "100", 4).annotations(30)
                .record(new int[4], tal("+0||#+0|start|#+0.25~1.5|a|b|#-0.5|before|#"))
                .record(new int[4], tal("+1||#+1.75|" + utf8 + "|#"));
        EdfFile f = reader.readFile(b.write(dir, "tals.edf"));
        assertEquals(List.of(new EdfAnnotation(-0.5, Double.NaN, "before"), EdfAnnotation.at(0, "start"),
                new EdfAnnotation(0.25, 1.5, "a"), new EdfAnnotation(0.25, 1.5, "b"),
                EdfAnnotation.at(1.75, "Ruhe \u00b5V \u2013 Stress")), f.annotations());
    }

    @Test
    void samplesScaleAndSignExtendIn16And24Bits() throws IOException {
        EdfBytes edf = new EdfBytes().signal("e", "uV", "-32768", "32767", "-32768", "32767", 4)
                .signal("inv", "", "10", "-10", "0", "100", 4).annotations(4);
        edf.record(new int[] {-32768, -1, 0, 32767}, new int[] {0, 100, 50, 25}, tal("+0||#"));
        EdfFile e = reader.readFile(edf.write(dir, "e.edf"));
        assertArrayEquals(new double[] {-32768, -1, 0, 32767}, e.record().signal(0).samples(), 1e-9);
        // inverted range: 0 -> 10, 100 -> -10, 50 -> 0, 25 -> 5; a blank unit is dimensionless
        assertArrayEquals(new double[] {10, -10, 0, 5}, e.record().signal(1).samples(), 1e-12);
        assertTrue(e.record().signal(1).unit().isDimensionless());

        EdfBytes bdf = new EdfBytes().bdf().signal("b", "uV", "-8388608", "8388607", "-8388608", "8388607", 5)
                .annotations(2);
        bdf.record(new int[] {-8388608, -65536, -1, 0, 8388607}, tal("+0||#"));
        EdfFile b = reader.readFile(bdf.write(dir, "b.bdf"));
        assertArrayEquals(new double[] {-8388608, -65536, -1, 0, 8388607}, b.record().signal(0).samples(), 1e-9);
    }

    @Test
    void plainEdfHasNoAnnotationsAndImpliedOnsets() throws IOException {
        EdfBytes b = new EdfBytes().signal("x", "mV", "-100", "100", "-100", "100", 2);
        b.reserved = "";
        b.duration = "0.5";
        b.record(new int[] {1, 2}).record(new int[] {3, 4});
        EdfFile f = reader.readFile(b.write(dir, "plain.edf"));
        assertFalse(f.header().plus());
        assertArrayEquals(new double[] {0, 0.5}, f.recordOnsets());
        assertEquals(4.0, f.record().signal(0).rate().hertz());
        assertArrayEquals(new double[] {1, 2, 3, 4}, f.record().signal(0).samples(), 1e-12);
    }

    @Test
    void continuousFileWithAGapIsRefused() throws IOException {
        FormatException e = fails(small().record(new int[4], tal("+0||#")).record(new int[4], tal("+1.5||#")));
        // record 1's annotations start at 768 + 24 + 8
        assertEquals("byte 800", e.location());
        assertTrue(e.problem().contains("data record 1 starts 1.5 s after the start time but EDF+C (continuous)"
                + " needs 1.0 s"), e.problem());
    }

    @Test
    void discontinuousFileIsReadAsSegments() throws IOException {
        EdfBytes b = new EdfBytes().signal("x", "mV", "-100", "100", "-100", "100", 4).annotations(10);
        b.reserved = "EDF+D";
        b.record(new int[] {1, 2, 3, 4}, tal("+10||#+10.5|a|#")).record(new int[] {5, 6, 7, 8}, tal("+11||#"))
                .record(new int[] {9, 10, 11, 12}, tal("+20||#+20.25~2|b|#"));
        Path file = b.write(dir, "gaps.edf");
        EdfFile f = reader.readFile(file);
        assertFalse(f.isContinuous());
        List<EdfSegment> s = f.segments();
        assertEquals(2, s.size());
        assertEquals(0.0, s.get(0).onset());
        assertEquals(2, s.get(0).recordCount());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, s.get(0).record().signal(0).samples(), 1e-12);
        assertEquals(10.0, s.get(1).onset(), 1e-12, "seconds from the first sample");
        assertEquals(2, s.get(1).firstRecord());
        assertArrayEquals(new double[] {9, 10, 11, 12}, s.get(1).record().signal(0).samples(), 1e-12);
        assertEquals(List.of(EdfAnnotation.at(0.5, "a"), new EdfAnnotation(10.25, 2, "b")), f.annotations());
        assertEquals(10.0, f.firstRecordOnset());

        FormatException e = assertThrows(FormatException.class, () -> reader.read(file));
        assertEquals("data record 2", e.location());
        assertTrue(e.problem().contains("EdfReader.readFile"), e.problem());
        assertThrows(IllegalStateException.class, f::record);
    }

    @Test
    void discontinuousFileWithoutGapsReadsAsOneRecord() throws IOException {
        EdfBytes b = small();
        b.reserved = "EDF+D";
        b.record(new int[] {1, 2, 3, 4}, tal("+0||#")).record(new int[] {5, 6, 7, 8}, tal("+1||#"));
        assertEquals(8, reader.read(b.write(dir, "nogap.edf")).signal(0).length());
    }

    @Test
    void overlappingRecordsAreRefused() throws IOException {
        EdfBytes b = small();
        b.reserved = "EDF+D";
        b.record(new int[4], tal("+5||#")).record(new int[4], tal("+5.5||#"));
        FormatException e = fails(b);
        assertTrue(e.problem().contains("must not overlap"), e.problem());
    }
}
