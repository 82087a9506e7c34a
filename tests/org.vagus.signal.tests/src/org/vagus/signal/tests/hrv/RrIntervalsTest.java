package org.vagus.signal.tests.hrv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.RPeaks;
import org.vagus.signal.hrv.RrIntervals;

class RrIntervalsTest {

    @Test
    void fromIntervalList() {
        RrIntervals rr = RrIntervals.ofIntervalsMs(10, new double[] {800, 1000, 900});
        assertEquals(3, rr.size());
        assertArrayEquals(new double[] {10, 10.8, 11.8, 12.7}, rr.beatTimes(), 1e-12);
        assertEquals(1000, rr.interval(1));
        assertEquals(11.8, rr.intervalTime(1), 1e-12);
        assertEquals(2.7, rr.durationS(), 1e-12);
        assertEquals(3, rr.nnCount());
        assertEquals(Unit.SECOND, RrIntervals.TIME_UNIT);
        assertEquals(Unit.MILLISECOND, RrIntervals.INTERVAL_UNIT);
    }

    @Test
    void fromBeatsWithNormalFlags() {
        RrIntervals rr = RrIntervals.ofBeatTimes(new double[] {0, 0.8, 1.3, 2.4, 3.2},
                new boolean[] {true, true, false, true, true});
        assertArrayEquals(new double[] {800, 500, 1100, 800}, rr.intervals(), 1e-9);
        assertArrayEquals(new boolean[] {true, false, false, true}, rr.nnFlags());
    }

    @Test
    void fromPeaksExactIntervals() {
        RPeaks peaks = new RPeaks(SamplingRate.ofHertz(360), new int[] {100, 388, 676}, "test", Map.of());
        RrIntervals rr = RrIntervals.of(peaks);
        assertEquals(800, rr.interval(0), 0);
        assertEquals(100 / 360.0, rr.beatTime(0), 1e-15);
    }

    @Test
    void annotationsMarkNormalToNormal() throws Exception {
        RrIntervals rr = HrvData.nsr001();
        // 106,460 beat annotations (106,379 N, 68 V, 13 A): intervals touching a V or A beat are not NN
        assertEquals(106459, rr.size());
        assertEquals(106298, rr.nnCount());
        assertTrue(rr.durationS() > 22 * 3600);
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RrIntervals.ofIntervalsMs(0, new double[] {800, 0, 900}));
        assertTrue(e.getMessage().contains("RR interval 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RrIntervals.ofIntervalsMs(0, new double[] {800, -5}));
        assertThrows(IllegalArgumentException.class, () -> RrIntervals.ofIntervalsMs(0, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> RrIntervals.ofIntervalsMs(0, new double[0]));
        e = assertThrows(IllegalArgumentException.class, () -> RrIntervals.ofBeatTimes(new double[] {0, 1, 1}));
        assertTrue(e.getMessage().contains("beat 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RrIntervals.ofBeatTimes(new double[] {0}));
        assertFalse(RrIntervals.ofIntervalsMs(0, new double[] {1}).equals(RrIntervals.ofIntervalsMs(0, new double[] {2})));
    }
}
