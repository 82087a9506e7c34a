package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.io.FormatException;
import org.vagus.io.wfdb.WfdbHeader;
import org.vagus.io.wfdb.WfdbSignalSpec;

class WfdbHeaderTest {

    @Test
    void mitdbHeaderFields() throws IOException {
        WfdbHeader h = WfdbHeader.read(TestData.file("mitdb/100.hea"));
        assertEquals("100", h.recordName());
        assertEquals(2, h.signalCount());
        assertEquals(360.0, h.samplingFrequency());
        assertEquals(650_000L, h.samplesPerSignal());
        WfdbSignalSpec s = h.signals().get(0);
        assertEquals("100.dat", s.fileName());
        assertEquals(212, s.format());
        assertEquals(200.0, s.gain());
        assertEquals(1024, s.baseline(), "baseline defaults to the ADC zero");
        assertEquals("mV", s.units());
        assertEquals(11, s.adcResolution());
        assertEquals(1024, s.adcZero());
        assertEquals(995, s.initialValue());
        assertEquals(-22131, s.checksum().getAsInt());
        assertEquals(0, s.blockSize());
        assertEquals("MLII", s.description());
        assertEquals("V5", h.signals().get(1).description());
        assertTrue(h.comments().contains("69 M 1085 1629 x1"));
    }

    @Test
    void ptbHeaderHasFifteenFormat16Leads() throws IOException {
        WfdbHeader h = WfdbHeader.read(TestData.file("ptb/s0010_re.hea"));
        assertEquals(15, h.signalCount());
        assertEquals(1000.0, h.samplingFrequency());
        assertEquals(38_400L, h.samplesPerSignal());
        for (WfdbSignalSpec s : h.signals()) {
            assertEquals(16, s.format());
            assertEquals(2000.0, s.gain());
        }
        assertEquals("s0010_re.xyz", h.signals().get(12).fileName());
        assertEquals("vz", h.signals().get(14).description());
        assertEquals(-8337, h.signals().get(0).checksum().getAsInt());
    }

    @Test
    void headerWithoutSignalsAndDefaults() throws IOException {
        WfdbHeader h = WfdbHeader.read(TestData.file("rr/nsr001.hea"));
        assertEquals(0, h.signalCount());
        assertEquals(128.0, h.samplingFrequency());
        assertEquals(-1L, h.samplesPerSignal(), "0 samples means unknown");

        WfdbHeader d = WfdbHeader.parse(Path.of("x.hea"), List.of("x 1", "x.dat 16+24 0(5)/uV 12 3 7 -1 0 lead I long"));
        assertEquals(WfdbHeader.DEFAULT_FREQUENCY, d.samplingFrequency());
        WfdbSignalSpec s = d.signals().get(0);
        assertEquals(24L, s.byteOffset());
        assertEquals(WfdbSignalSpec.DEFAULT_GAIN, s.gain(), "gain 0 means the default 200");
        assertEquals(5, s.baseline());
        assertEquals("uV", s.units());
        assertEquals("lead I long", s.description());
    }

    @Test
    void errorsNameTheFileLineAndExpectation() {
        Path f = Path.of("bad.hea");
        FormatException multi = assertThrows(FormatException.class,
                () -> WfdbHeader.parse(f, List.of("# c", "rec/2 2 360 100")));
        assertEquals("line 2", multi.location());
        assertTrue(multi.getMessage().startsWith("bad.hea: line 2: "), multi.getMessage());
        assertTrue(multi.getMessage().contains("multi-segment"), multi.getMessage());

        FormatException gain = assertThrows(FormatException.class,
                () -> WfdbHeader.parse(f, List.of("rec 1 360 100", "rec.dat 212 abc")));
        assertEquals("line 2", gain.location());
        assertTrue(gain.problem().contains("gain field 'abc'"), gain.problem());

        FormatException count = assertThrows(FormatException.class,
                () -> WfdbHeader.parse(f, List.of("rec 2 360 100", "rec.dat 212 200")));
        assertTrue(count.problem().contains("declares 2 signal(s) but the header has 1"), count.problem());

        FormatException empty = assertThrows(FormatException.class, () -> WfdbHeader.parse(f, List.of("# only")));
        assertTrue(empty.problem().contains("no record line"), empty.problem());

        FormatException nsig = assertThrows(FormatException.class,
                () -> WfdbHeader.parse(f, List.of("rec two 360")));
        assertTrue(nsig.problem().contains("number of signals 'two' is not an integer"), nsig.problem());
    }
}
