package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.io.Annotation;
import org.vagus.io.AnnotationCode;
import org.vagus.io.AnnotationSet;
import org.vagus.io.FormatException;
import org.vagus.io.wfdb.MitAnnotationReader;

/**
 * Counts from ../shared/data/README.md; times cross-checked with an independent python3/numpy decode of the
 * 16-bit words ({@code w = np.fromfile(f, '<u2'); a = w >> 10; i = w & 1023}, SKIP = 59 adds the next two words
 * high first, AUX = 63 skips (i + 1) // 2 words, 60-62 modify).
 */
class MitAnnotationReaderTest {
    private final MitAnnotationReader reader = new MitAnnotationReader();

    @Test
    void record100KnownCounts() throws IOException {
        AnnotationSet a = reader.read(TestData.file("mitdb/100"), "atr");
        assertEquals(SamplingRate.ofHertz(360), a.rate());
        assertEquals(2274, a.size());
        assertEquals(2273, a.beats().size());
        assertEquals(2239, a.count(AnnotationCode.NORMAL));
        assertEquals(33, a.count(AnnotationCode.APC));
        assertEquals(1, a.count(AnnotationCode.PVC));
        Annotation first = a.annotations().get(0);
        assertEquals(18, first.sample());
        assertEquals("+", first.mnemonic());
        assertEquals("(N", first.aux());
        assertFalse(first.isBeat());
        long[] beats = a.beatSamples();
        assertEquals(77, beats[0]);
        assertEquals(370, beats[1]);
        assertEquals(649_991, beats[beats.length - 1]);
    }

    @Test
    void beatCountsOfTheOtherRecords() throws IOException {
        assertEquals(2084, reader.read(TestData.file("mitdb/103"), "atr").beats().size());
        assertEquals(2572, reader.read(TestData.file("mitdb/105.hea"), "atr").beats().size());
        assertEquals(2027, reader.read(TestData.file("mitdb/106"), "atr").beats().size());
    }

    @Test
    void annotatorWithoutHeaderTakesTheCallersClock() throws IOException {
        AnnotationSet a = reader.read(TestData.file("rr/03665.qrs"), SamplingRate.ofHertz(250));
        assertEquals(52_765, a.size());
        assertEquals(52_765, a.beats().size());
        assertEquals(61, a.annotations().get(0).sample());
        assertEquals(8_999_952, a.annotations().get(a.size() - 1).sample());
        assertEquals(SamplingRate.ofHertz(250), a.rate());
    }

    @Test
    void skipAtTheStartOfNsr001() throws IOException {
        // the file opens with a SKIP of 28,902 samples; numpy: 106,835 annotations, 106,460 beats, last 10,392,491
        AnnotationSet a = reader.read(TestData.file("rr/nsr001"), "ecg");
        assertEquals(SamplingRate.ofHertz(128), a.rate());
        assertEquals(106_835, a.size());
        assertEquals(106_460, a.beats().size());
        assertEquals(28_902, a.annotations().get(0).sample());
        assertEquals(10_392_491, a.annotations().get(a.size() - 1).sample());
    }

    @Test
    void modifiersAndCarryOver(@TempDir Path dir) throws IOException {
        // N at 5 with CHN 1, NUM 3, SUB 2, AUX "abc"; V at 7 (inherits chan 1, num 3; subtype and aux reset)
        Path f = dir.resolve("m.atr");
        Files.write(f, words(1 << 10 | 5, 62 << 10 | 1, 60 << 10 | 3, 61 << 10 | 2, 63 << 10 | 3, 'a' | 'b' << 8,
                'c', 5 << 10 | 2, 0));
        List<Annotation> a = reader.read(f, SamplingRate.ofHertz(100)).annotations();
        assertEquals(List.of(new Annotation(5, 1, 2, 1, 3, "abc"), new Annotation(7, 5, 0, 1, 3, "")), a);
    }

    @Test
    void truncatedFilesAreErrors(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.atr");
        Files.write(f, words(1 << 10 | 5, 1 << 10 | 9));
        FormatException noEnd = assertThrows(FormatException.class, () -> reader.read(f, SamplingRate.ofHertz(100)));
        assertEquals("byte 4", noEnd.location());
        assertTrue(noEnd.problem().contains("no end-of-file word"), noEnd.problem());

        Files.write(f, new byte[] {5, 4, 0});
        assertThrows(FormatException.class, () -> reader.read(f, SamplingRate.ofHertz(100)));

        Files.write(f, words(1 << 10 | 5, 63 << 10 | 9, 'x', 0));
        FormatException aux = assertThrows(FormatException.class, () -> reader.read(f, SamplingRate.ofHertz(100)));
        assertEquals("byte 2", aux.location());

        Files.write(f, words(59 << 10, 0));
        FormatException skip = assertThrows(FormatException.class, () -> reader.read(f, SamplingRate.ofHertz(100)));
        assertTrue(skip.problem().contains("SKIP"), skip.problem());

        Files.write(f, words(52 << 10 | 1, 0));
        FormatException code = assertThrows(FormatException.class, () -> reader.read(f, SamplingRate.ofHertz(100)));
        assertTrue(code.problem().contains("code 52 is reserved"), code.problem());
    }

    @Test
    void beatCodesAreTheEc57Set() {
        String beats = Arrays.stream(AnnotationCode.values()).filter(AnnotationCode::isBeat)
                .map(AnnotationCode::mnemonic).sorted().collect(Collectors.joining());
        String expected = Arrays.stream("N L R B A a J S V r F e j n E / f Q ?".split(" ")).sorted()
                .collect(Collectors.joining());
        assertEquals(expected, beats);
        assertTrue(AnnotationCode.isBeat(1));
        assertFalse(AnnotationCode.isBeat(14));
        assertFalse(AnnotationCode.isBeat(15));
        assertTrue(AnnotationCode.of(15).isEmpty());
    }

    private static byte[] words(int... w) {
        byte[] b = new byte[w.length * 2];
        for (int i = 0; i < w.length; i++) {
            b[2 * i] = (byte) w[i];
            b[2 * i + 1] = (byte) (w[i] >> 8);
        }
        return b;
    }
}
