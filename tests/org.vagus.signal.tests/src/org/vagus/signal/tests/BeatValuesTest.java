package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.Parameters;
import org.vagus.signal.RPeaks;
import org.vagus.signal.beats.BeatTimes;
import org.vagus.signal.beats.InterBeatIntervals;
import org.vagus.signal.beats.RegularSeries;
import org.vagus.signal.beats.TimeSegment;

/** The value types: beats from R peaks, inter-beat intervals, parameters. */
class BeatValuesTest {

    @Test
    void beatsAndIntervalsFromPeaks() {
        RPeaks peaks = new RPeaks(SamplingRate.ofHertz(360), new int[] {90, 378, 702, 1000}, "pan-tompkins",
                Map.of("band", "5-15 Hz"));
        BeatTimes beats = BeatTimes.of(peaks);
        assertEquals(4, beats.count());
        assertEquals(0.25, beats.seconds(0));
        assertEquals(702 / 360.0, beats.seconds(2));
        assertEquals(Unit.SECOND, beats.unit());
        assertEquals(SamplingRate.ofHertz(360), beats.sourceRate().orElseThrow());
        assertEquals("pan-tompkins", beats.parameters().get("peaks.method").orElseThrow());
        assertEquals("360", beats.parameters().get("peaks.rate_hz").orElseThrow());
        assertEquals("5-15 Hz", beats.parameters().get("peaks.band").orElseThrow());

        InterBeatIntervals ibi = InterBeatIntervals.of(beats);
        assertEquals(3, ibi.count());
        assertEquals(Unit.MILLISECOND, ibi.unit());
        assertEquals(Unit.SECOND, ibi.timeUnit());
        // (378 - 90) / 360 s = 800 ms, placed at the second beat
        assertEquals(800.0, ibi.millis(0), 1e-9);
        assertEquals(900.0, ibi.millis(1), 1e-9);
        assertEquals((1000 - 702) / 0.36, ibi.millis(2), 1e-9);
        assertEquals(378 / 360.0, ibi.endSeconds(0));
        assertEquals(0.25, ibi.startSeconds(0));
        assertTrue(ibi.usable(2));
        assertEquals(SamplingRate.ofHertz(360), ibi.sourceRate().orElseThrow());
        assertEquals("end beat", ibi.parameters().get("ibi.placed_at").orElseThrow());

        InterBeatIntervals cut = InterBeatIntervals.of(beats, List.of(new TimeSegment(1.5, 1.6)));
        assertEquals(List.of(true, false, true), List.of(cut.usable(0), cut.usable(1), cut.usable(2)));
        assertEquals(0, InterBeatIntervals.of(BeatTimes.ofSeconds(new double[] {1}, Parameters.empty())).count());
    }

    @Test
    void beatTimesAreCheckedAndImmutable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BeatTimes.ofSeconds(new double[] {1, 2, 2}, Parameters.empty()));
        assertTrue(e.getMessage().contains("beat 2 at 2.0 s follows 2.0 s"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BeatTimes.ofSeconds(new double[] {1, Double.NaN}, Parameters.empty()));
        double[] t = {1, 2, 3};
        BeatTimes b = BeatTimes.ofSeconds(t, Parameters.empty());
        t[0] = 99;
        b.secondsArray()[1] = 99;
        assertEquals(1.0, b.seconds(0));
        assertEquals(2.0, b.seconds(1));
        assertEquals(1, b.nearest(2.004, 0.005));
        assertEquals(-1, b.nearest(2.5, 0.1));
        assertEquals(0, b.nearest(-5, 10));
        assertEquals(1, b.nearest(2.5, 0.5), "a tie goes to the earlier beat");
    }

    @Test
    void parametersKeepOrderAndFormatNumbers() {
        Parameters p = Parameters.empty().with("b", 20.0).with("a", 0.13).with("c", -1.0).with("b", 5.2);
        assertEquals(List.of("b", "a", "c"), List.copyOf(p.values().keySet()));
        assertEquals("5.2", p.get("b").orElseThrow());
        assertEquals("-1", p.get("c").orElseThrow());
        assertEquals("0.13", p.get("a").orElseThrow());
        assertEquals("1.0E-9", Parameters.format(1e-9));
        assertThrows(UnsupportedOperationException.class, () -> p.values().put("x", "y"));
        assertThrows(IllegalArgumentException.class, () -> Parameters.empty().with(" ", 1));
        Parameters chained = p.withAll("peaks", Map.of("k", "v"));
        assertEquals("v", chained.get("peaks.k").orElseThrow());
        assertEquals(4, chained.size());
    }

    @Test
    void regularSeriesTimes() {
        RegularSeries s = new RegularSeries(SamplingRate.ofHertz(20), -20, new double[141], Unit.BEATS_PER_MINUTE,
                Parameters.empty());
        assertEquals(-1.0, s.seconds(0));
        assertEquals(6.0, s.seconds(140));
        assertEquals(20, s.positionOf(0.0));
        assertEquals(21, s.positionOf(0.025), "halves round up");
        assertThrows(IllegalArgumentException.class, () -> new TimeSegment(2, 1));
    }
}
