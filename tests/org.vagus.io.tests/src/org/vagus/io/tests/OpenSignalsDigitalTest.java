package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.FormatException;
import org.vagus.io.FormatRegistry;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;
import org.vagus.io.opensignals.OpenSignalsH5Reader;
import org.vagus.io.opensignals.OpenSignalsRecording;
import org.vagus.io.opensignals.OpenSignalsTextReader;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/** The digital columns of OpenSignals files (BITalino I1 I2 O1 O2, biosignalsplux DI) as signals. */
class OpenSignalsDigitalTest {
    private static final String MAC = "20:16:02:26:60:88";
    private static final String HEADER = "{\"" + MAC + "\": {\"sensor\": [\"ECG\"], \"column\": [\"nSeq\", \"I1\","
            + " \"I2\", \"O1\", \"O2\", \"A2\"], \"channels\": [2], \"device\": \"bitalino\", \"sampling rate\": 100,"
            + " \"label\": [\"A2\"], \"resolution\": [4, 1, 1, 1, 1, 10], \"digital IO\": [0, 0, 1, 1]}}";

    /**
     * A 100 Hz BITalino file of 3 s with an I1 pulse train (5 samples high from samples 50, 150, 250), I2 idle
     * high, O1 high from sample 100, O2 low: the digital signals follow A2 and hold exactly the written states.
     */
    @Test
    void textFileDigitalColumnsAreSignalsAfterTheAnalogChannel(@TempDir Path dir) throws IOException {
        int n = 300;
        int[] i1 = new int[n];
        for (int start : new int[] {50, 150, 250}) {
            Arrays.fill(i1, start, start + 5, 1);
        }
        StringBuilder b = new StringBuilder(OpenSignalsTextReader.MAGIC + "\n# " + HEADER + "\n# EndOfHeader\n");
        for (int i = 0; i < n; i++) {
            b.append(i % 16).append('\t').append(i1[i]).append("\t1\t").append(i >= 100 ? 1 : 0).append("\t0\t")
                    .append(512 + i % 7).append("\t\n");
        }
        Path file = dir.resolve("pulses.txt");
        Files.writeString(file, b);
        OpenSignalsRecording r = new OpenSignalsTextReader().readRecording(file);
        SignalRecord record = r.record();
        assertEquals(List.of("A2", "I1", "I2", "O1", "O2"), record.signals().stream().map(Signal::name).toList());
        assertEquals(Unit.MILLIVOLT, record.signal(0).unit(), "the analog ECG stays signal 0");
        assertEquals(1, r.analogCount());
        for (int k = 1; k <= 4; k++) {
            assertTrue(r.isDigital(k));
            assertEquals(Unit.DIMENSIONLESS, record.signal(k).unit());
            assertEquals(SamplingRate.ofHertz(100), record.signal(k).rate());
            assertEquals(n, record.signal(k).length());
        }
        assertArrayEquals(Arrays.stream(i1).asDoubleStream().toArray(), record.signal(1).samples());
        assertArrayEquals(i1, r.rawSamples(1));
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, record.signal(2).samples());
        assertEquals(0, record.signal(3).sample(99));
        assertEquals(1, record.signal(3).sample(100));
        assertArrayEquals(new double[n], record.signal(4).samples());
        // the registry (what vagus import uses) gives the same signals
        assertEquals(5, FormatRegistry.builtIn().read(file).signals().size());
        // the ADC codes of A2 are unchanged by the digital columns next to them
        assertEquals(512 + 6, r.rawSamples(0)[6]);
    }

    @Test
    void aDigitalStateBeyondAnIntegerIsNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, OpenSignalsTextReader.MAGIC + "\n# " + HEADER + "\n# EndOfHeader\n"
                + "0\t0\t1\t0\t0\t512\t\n1\t99999999999\t1\t0\t0\t512\t\n");
        FormatException e = assertThrows(FormatException.class, () -> new OpenSignalsTextReader().read(file));
        assertEquals("line 5", e.location());
        assertTrue(e.problem().contains("column 2 (I1): digital state 99999999999"), e.problem());
    }

    /**
     * HDF5: a BITalino group with digital/digital_1..4 (unlabelled: named I1 I2 O1 O2 like the text columns) and
     * a biosignalsplux group whose digital_1 carries a label attribute; digital signals come after both devices'
     * analog channels, prefixed by the MAC address as there are two devices.
     */
    @Test
    void hdf5DigitalDatasetsAreSignalsAfterEveryAnalogChannel(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("two.h5");
        try (WritableHdfFile h = HdfFile.write(file)) {
            WritableGroup bit = device(h.putGroup("AA:BB:CC:DD:EE:01"), "bitalino", new int[] {4, 1, 1, 1, 1, 10});
            WritableGroup digital = bit.putGroup("digital");
            // written out of order: the reader orders by k
            digital.putDataset("digital_3", column(0, 0, 1, 1));
            digital.putDataset("digital_1", column(0, 1, 0, 1));
            digital.putDataset("digital_2", column(1, 1, 1, 1));
            digital.putDataset("digital_4", column(0, 0, 0, 0));
            WritableGroup plux = device(h.putGroup("AA:BB:CC:DD:EE:02"), "biosignalsplux", new int[] {16});
            plux.putGroup("digital").putDataset("digital_1", column(1, 0, 0, 1)).putAttribute("label", "TRIG");
        }
        OpenSignalsRecording r = new OpenSignalsH5Reader().readRecording(file);
        String a = "AA:BB:CC:DD:EE:01 ";
        String p = "AA:BB:CC:DD:EE:02 ";
        // jHDF lists the groups in its own order: expect the devices in the order the reader reports them
        List<String> order = r.devices().stream().map(d -> d.mac() + " ").toList();
        List<String> expected = new java.util.ArrayList<>();
        order.forEach(m -> expected.add(m + "CH1"));
        for (String m : order) {
            expected.addAll(m.equals(a) ? List.of(a + "I1", a + "I2", a + "O1", a + "O2") : List.of(p + "TRIG"));
        }
        List<String> names = r.record().signals().stream().map(Signal::name).toList();
        assertEquals(expected, names);
        assertEquals(2, r.analogCount());
        assertArrayEquals(new double[] {0, 1, 0, 1}, r.record().signal(names.indexOf(a + "I1")).samples());
        assertArrayEquals(new double[] {0, 0, 1, 1}, r.record().signal(names.indexOf(a + "O1")).samples());
        int trig = names.indexOf(p + "TRIG");
        assertArrayEquals(new double[] {1, 0, 0, 1}, r.record().signal(trig).samples());
        assertEquals("AA:BB:CC:DD:EE:02", r.deviceOf(trig).mac());
        assertTrue(r.transferOf(trig).isRaw());
        assertEquals(Unit.MILLIVOLT, r.record().signal(1).unit());
    }

    @Test
    void hdf5DigitalDatasetOfAnotherLengthIsNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("short.h5");
        try (WritableHdfFile h = HdfFile.write(file)) {
            WritableGroup g = device(h.putGroup("AA:BB:CC:DD:EE:01"), "bitalino", new int[] {10});
            g.putGroup("digital").putDataset("digital_1", column(0, 1, 0));
        }
        FormatException e = assertThrows(FormatException.class, () -> new OpenSignalsH5Reader().read(file));
        assertTrue(e.location().contains("digital/digital_1"), e.location());
        assertTrue(e.problem().contains("3 samples; expected 4"), e.problem());
    }

    /** A device group with one ECG channel CH1 of 4 samples at 1000 Hz. */
    private static WritableGroup device(WritableGroup g, String device, int[] resolution) {
        g.putAttribute("device", device);
        g.putAttribute("sampling rate", 1000);
        g.putAttribute("channels", new int[] {1});
        g.putAttribute("resolution", resolution);
        WritableGroup raw = g.putGroup("raw");
        raw.putDataset("nSeq", new int[] {0, 1, 2, 3});
        var ch = raw.putDataset("channel_1", column(512, 768, 256, 512));
        ch.putAttribute("sensor", "ECG");
        ch.putAttribute("label", "CH1");
        return g;
    }

    private static int[][] column(int... values) {
        int[][] c = new int[values.length][1];
        for (int i = 0; i < values.length; i++) {
            c[i][0] = values[i];
        }
        return c;
    }
}
