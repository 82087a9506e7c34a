package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;
import org.vagus.io.edf.EdfAnnotation;
import org.vagus.io.edf.EdfFile;
import org.vagus.io.edf.EdfHeader;
import org.vagus.io.edf.EdfReader;
import org.vagus.io.edf.EdfVariant;

/**
 * The three real EDF/BDF files of the shared data. Reference values were computed independently in python3 with
 * numpy (no EDF library), by this snippet, run in {@code shared/data/edf}:
 *
 * <pre>
 * b = open(path, 'rb').read(); ns = int(b[252:256]); nrec = int(b[236:244]); hb = int(b[184:192])
 * f = lambda o, w: [b[256+o*ns+i*w:256+o*ns+(i+1)*w].decode().strip() for i in range(ns)]
 * lab = f(0,16); pmin, pmax, dmin, dmax = [list(map(float, f(o,8))) for o in (104,112,120,128)]
 * spr = list(map(int, f(216,8))); bps = 3 if b[0] == 255 else 2
 * rec = np.frombuffer(b, np.uint8, offset=hb).reshape(nrec, -1); off = 0
 * for i in range(ns):
 *     c = rec[:, off:off+spr[i]*bps].reshape(-1, bps).astype(np.int32); off += spr[i]*bps
 *     d = c[:,0] | c[:,1] &lt;&lt; 8 | (c[:,2] &lt;&lt; 16 if bps == 3 else 0); d -= (d &gt;= 1 &lt;&lt; (8*bps-1)) &lt;&lt; (8*bps)
 *     p = (d - dmin[i]) * (pmax[i] - pmin[i]) / (dmax[i] - dmin[i]) + pmin[i]
 *     print(lab[i], spr[i], len(p), p[0], p[1], p[-1], p.mean())
 * </pre>
 *
 * and the annotations by splitting each record's annotation bytes at 0x00, then 0x14 and 0x15 (the first TAL of
 * each record being the time-keeping one).
 */
class EdfReaderTest {
    private final EdfReader reader = new EdfReader();

    @Test
    void generatorEdfHeaderSignalsAndAnnotations() throws IOException {
        EdfFile f = reader.readFile(TestData.file("edf/test_generator.edf"));
        EdfHeader h = f.header();
        assertEquals(EdfVariant.EDF, h.variant());
        assertTrue(h.plus());
        assertFalse(h.discontinuous());
        assertEquals("EDF+C", h.reserved());
        assertEquals(600, h.recordCount());
        assertEquals(1.0, h.recordDuration());
        assertEquals(12, h.signals().size());
        assertEquals(3328, h.headerBytes());
        assertEquals(LocalDateTime.of(2011, 4, 4, 12, 57, 2), h.start());
        assertEquals("abcxyz99 M 30-JUN-1969 Hans_Muller patient", h.patient());
        assertTrue(h.isAnnotationSignal(11));
        assertEquals(57, h.signals().get(11).samplesPerRecord());

        SignalRecord r = f.record();
        assertEquals("test_generator", r.name());
        assertEquals(11, r.signals().size(), "the annotations signal is not a signal");
        // numpy: label, first, second, last, mean
        Object[][] expected = {
            {"squarewave", 99.99237048905161, 99.99237048905161, -99.96185244525827, 0.015259021896671039},
            {"ramp", -99.96185244525827, -98.95475700007626, 98.9852750438697, -0.4846265354390757},
            {"pulse", 99.99237048905161, 99.99237048905161, 0.015259021896667946, 2.0148012512397666},
            {"noise", 84.00091554131382, 38.98680094605925, 25.00953688868549, 49.512739248747486},
            {"sine 1 Hz", 3.128099488822727, 6.2714579995422355, 0.015259021896667946, 0.015259021896699657},
            {"sine 8 Hz", 24.85694666971858, 48.17273212787063, 0.015259021896667946, 0.015259021896699778},
            {"sine 8.1777 Hz", 25.406271457999537, 49.1493095292592, -68.43671320668341, 0.020536608936700288},
            {"sine 8.5 Hz", 26.382848859388105, 50.919356069275864, 0.015259021896667946, 0.015259021896698642},
            {"sine 15 Hz", 45.395590142671836, 80.88807507438764, 0.015259021896667946, 0.015259021896684998},
            {"sine 17 Hz", 50.919356069275864, 87.63256275272761, 0.015259021896667946, 0.015259021896699778},
            {"sine 50 Hz", 99.99237048905161, 0.015259021896667946, 0.015259021896667946, 0.015259021896667946}};
        for (int i = 0; i < expected.length; i++) {
            Signal s = r.signal(i);
            assertEquals(expected[i][0], s.name());
            assertEquals(Unit.MICROVOLT, s.unit());
            assertEquals(SamplingRate.ofHertz(200), s.rate());
            assertEquals(120_000, s.length());
            assertSamples(s, (double) expected[i][1], (double) expected[i][2], (double) expected[i][3],
                    (double) expected[i][4]);
        }
        // numpy: TALs '+0' 'Recording starts' (record 0) and '+600' 'Recording ends' (record 1)
        assertEquals(List.of(EdfAnnotation.at(0, "Recording starts"), EdfAnnotation.at(600, "Recording ends")),
                f.annotations());
        double[] onsets = f.recordOnsets();
        assertEquals(600, onsets.length);
        assertEquals(0.0, onsets[0]);
        assertEquals(599.0, onsets[599]);
        assertEquals(0.0, f.firstRecordOnset());
    }

    @Test
    void generatorSignalsAreTheKnownWaveforms() throws IOException {
        SignalRecord r = reader.read(TestData.file("edf/test_generator.edf"));
        // EDFlib's generator: 100 uV sines, sample k at t = (k + 1) / 200 s, truncated to the 2000/65535 uV step
        double[] hz = {1, 8, 8.5, 15, 17, 50};
        int[] index = {4, 5, 7, 8, 9, 10};
        for (int j = 0; j < hz.length; j++) {
            Signal s = r.signal(index[j]);
            double worst = 0;
            for (int k = 0; k < s.length(); k++) {
                worst = Math.max(worst, Math.abs(s.sample(k) - 100 * Math.sin(2 * Math.PI * hz[j] * (k + 1) / 200)));
            }
            assertTrue(worst < 0.05, s.name() + " departs from a 100 uV sine by " + worst + " uV");
        }
        // square wave of +-100 uV, switching every 1000 samples (5 s)
        Signal square = r.signal(0);
        for (int k = 0; k < square.length(); k++) {
            double want = (k / 1000) % 2 == 0 ? 100 : -100;
            assertEquals(want, square.sample(k), 0.05, "squarewave sample " + k);
        }
    }

    @Test
    void generatorBdfHas24BitSignalsAtFiveRates() throws IOException {
        EdfFile f = reader.readFile(TestData.file("edf/test_generator.bdf"));
        assertEquals(EdfVariant.BDF, f.header().variant());
        assertEquals("BDF+C", f.header().reserved());
        assertEquals(30, f.header().recordCount());
        assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0, 0), f.header().start());
        SignalRecord r = f.record();
        // numpy: label, samples per record, first, second, last, mean
        Object[][] expected = {
            {"sine 5Hz", 1000, 31.410636389889532, 62.79033796729664, 0.00017881394478536095, -2.9103830456733705e-15},
            {"square 13Hz", 800, 999.99964237211, 999.99964237211, -1000.0, -500.25008936226914},
            {"ramp 7Hz", 500, -962.666509310395, -925.33301862079, -1000.0, -249.60000126361854},
            {"pink noise", 975, 108.28310896653602, 38.950147566208216, -332.2822649647155, 16.007296623762706},
            {"white noise", 999, -627.799846398821, 937.3897276753023, -622.3799957263468, -4.226732219572509}};
        assertEquals(5, r.signals().size());
        for (int i = 0; i < expected.length; i++) {
            Signal s = r.signal(i);
            int spr = (int) expected[i][1];
            assertEquals(expected[i][0], s.name());
            assertEquals(SamplingRate.ofHertz(spr), s.rate());
            assertEquals(30 * spr, s.length());
            assertSamples(s, (double) expected[i][2], (double) expected[i][3], (double) expected[i][4],
                    (double) expected[i][5]);
        }
        // numpy: only time-keeping TALs '+0', '+1', ..., '+29'
        assertTrue(f.annotations().isEmpty());
        assertEquals(29.0, f.recordOnsets()[29]);
    }

    @Test
    void subsecondOnsetsAreTimedFromTheFirstSample() throws IOException {
        EdfFile f = reader.readFile(TestData.file("edf/test_subsecond.edf"));
        // numpy: record 0's time-keeping TAL is '+0.3945312', record 697's '+697.3945312'
        assertEquals(0.3945312, f.firstRecordOnset(), 1e-12);
        assertEquals(697.3945312, f.recordOnsets()[697], 1e-9);
        assertEquals(LocalDateTime.of(2020, 1, 24, 4, 5, 56, 394_531_200), f.start());
        // numpy: TALs '+2.3457031' XLSpike, '+3.8867187' Clip Note, '+290.8964843' XLEvent, '+583.9667968' XLSpike,
        // onsets after the header's start time; here minus the first record's 0.3945312 s
        List<EdfAnnotation> a = f.annotations();
        assertEquals(4, a.size());
        String[] text = {"XLSpike", "Clip Note", "XLEvent", "XLSpike"};
        double[] onset = {2.3457031, 3.8867187, 290.8964843, 583.9667968};
        for (int i = 0; i < 4; i++) {
            assertEquals(text[i], a.get(i).text());
            assertEquals(onset[i] - 0.3945312, a.get(i).onset(), 1e-9);
            assertFalse(a.get(i).hasDuration());
        }
        Signal fp1 = f.record().signal(0);
        assertEquals("Fp1", fp1.name());
        assertEquals(SamplingRate.ofHertz(128), fp1.rate());
        assertEquals(698 * 128, fp1.length());
        // the physical range is inverted (8711 to -8711 uV): numpy first, second, last, mean
        assertEquals(8711.0, f.header().signals().get(0).physicalMinimum());
        assertSamples(fp1, 6.247302967880387, 7.576516365301359, -0.1329213397420972, -0.2998644962511568);
    }

    @Test
    void canReadByContent() {
        assertTrue(reader.canRead(TestData.file("edf/test_generator.edf")));
        assertTrue(reader.canRead(TestData.file("edf/test_generator.bdf")));
        assertFalse(reader.canRead(TestData.file("mitdb/100.hea")));
        assertFalse(reader.canRead(TestData.file("edf/missing.edf")));
        assertEquals("edf", reader.formatName());
    }

    @Test
    void headerAloneMatchesTheFile() throws IOException {
        EdfHeader h = reader.readHeader(TestData.file("edf/test_generator.bdf"));
        // numpy: 6 signals, header 1792 bytes, records of (1000+800+500+975+999+38)*3 = 12936 bytes
        assertEquals(1792, h.headerBytes());
        assertEquals(12936, h.recordBytes());
        assertEquals(389_872, h.expectedFileSize());
        assertArrayEquals(new int[] {1000, 800, 500, 975, 999, 38},
                h.signals().stream().mapToInt(s -> s.samplesPerRecord()).toArray());
    }

    /** First, second and last sample to 1e-12 uV (same formula, same order as numpy), the mean to 1e-9 uV. */
    private static void assertSamples(Signal s, double first, double second, double last, double mean) {
        assertEquals(first, s.sample(0), 1e-12, s.name() + " first");
        assertEquals(second, s.sample(1), 1e-12, s.name() + " second");
        assertEquals(last, s.sample(s.length() - 1), 1e-12, s.name() + " last");
        double sum = 0;
        for (int k = 0; k < s.length(); k++) {
            sum += s.sample(k);
        }
        assertEquals(mean, sum / s.length(), 1e-9, s.name() + " mean");
    }
}
