package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.Parameters;
import org.vagus.signal.beats.BeatEditLayer;
import org.vagus.signal.beats.BeatTimes;
import org.vagus.signal.beats.EditedBeats;
import org.vagus.signal.beats.HeartRate;
import org.vagus.signal.beats.HeartRateSeries;
import org.vagus.signal.beats.Interpolation;
import org.vagus.signal.beats.RegularSeries;
import org.vagus.signal.beats.TimeSegment;

/**
 * BPM series on the 20 Hz grid against NumPy. The reference (python3, numpy 2.4), with t the beat times of
 * {@link #BEATS_MS} in seconds:
 *
 * <pre>
 * r = 60 / np.diff(t); hz = 20.0
 * k0 = int(np.ceil(t[0] * hz)); k1 = int(np.floor(t[-1] * hz)); tk = np.arange(k0, k1 + 1) / hz
 * step = r[np.clip(np.searchsorted(t, tk, side='right') - 1, 0, len(r) - 1)]
 * k0l = int(np.ceil(t[1] * hz)); tkl = np.arange(k0l, k1 + 1) / hz
 * lin = np.interp(tkl, t[1:], r)
 * bad = (t[:-1] &lt;= 15.0) &amp; (t[1:] &gt;= 14.0)        # intervals touching the unusable 14..15 s
 * </pre>
 *
 * values printed with repr().
 */
class HeartRateTest {
    /**
     * 51 beats (ms): from 500 ms, RR_k = round(1000 (0.8 + 0.1 sin(0.7 k) + 0.05 cos(1.3 k))) for k = 0..49.
     */
    static final long[] BEATS_MS = {500, 1350, 2228, 3084, 3934, 4791, 5605, 6321, 6975, 7684, 8518, 9429, 10320,
        11156, 11969, 12772, 13524, 14208, 14896, 15691, 16603, 17534, 18390, 19173, 19938, 20698, 21424, 22127,
        22889, 23771, 24720, 25617, 26403, 27127, 27861, 28613, 29357, 30116, 30957, 31889, 32817, 33636, 34345,
        35036, 35779, 36561, 37351, 38172, 39064, 39991, 40849};

    static BeatTimes beats() {
        double[] s = new double[BEATS_MS.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = BEATS_MS[i] / 1000.0;
        }
        return new BeatTimes(s, SamplingRate.ofHertz(1000), Parameters.empty().with("source", "hand-made"));
    }

    @Test
    void stepIsTheDefaultAndMatchesNumpy() {
        HeartRateSeries hr = HeartRate.of(beats());
        assertEquals(Interpolation.STEP, hr.interpolation());
        RegularSeries s = hr.bpm();
        assertEquals(Unit.BEATS_PER_MINUTE, s.unit());
        assertEquals(SamplingRate.ofHertz(20), s.rate());
        assertEquals(10, s.firstIndex());
        assertEquals(807, s.length());
        assertEquals(0.5, s.seconds(0));
        point(s, 0, 0.5, 70.58823529411764);
        point(s, 1, 0.55, 70.58823529411764);
        point(s, 17, 1.35, 68.3371298405467); // a grid point on a beat takes the interval the beat starts
        point(s, 100, 5.5, 73.7100737100737);
        point(s, 333, 17.15, 64.44683136412478);
        point(s, 806, 40.8, 69.93006993007018);
        assertEquals("20", s.parameters().get("bpm.grid_hz").orElseThrow());
        assertEquals("step", s.parameters().get("bpm.interpolation").orElseThrow());
        assertEquals("hand-made", s.parameters().get("source").orElseThrow());
        assertEquals(807, s.countAvailable());
    }

    @Test
    void linearOptionMatchesNumpyInterp() {
        HeartRateSeries hr = HeartRate.of(beats(), List.of(), HeartRate.Options.defaults().with(Interpolation.LINEAR));
        assertEquals(Interpolation.LINEAR, hr.interpolation());
        RegularSeries s = hr.bpm();
        assertEquals(27, s.firstIndex());
        assertEquals(790, s.length());
        point(s, 0, 1.35, 70.58823529411764);
        point(s, 1, 1.4, 70.46004022272977);
        point(s, 17, 2.2, 68.4089190805239);
        point(s, 100, 6.35, 84.15115005304786);
        point(s, 333, 18.0, 67.52081265639926);
        point(s, 789, 40.8, 69.63280607112527);
        assertEquals("linear", s.parameters().get("bpm.interpolation").orElseThrow());
    }

    /** Intervals 16, 17 and 18 (13.524 to 15.691 s) touch 14..15 s: NaN from 13.55 to 15.65 s, 43 points. */
    @Test
    void unusableSegmentGivesNaN() {
        EditedBeats edited = BeatEditLayer.empty().markUnusable(14.0, 15.0).apply(beats());
        HeartRateSeries hr = HeartRate.of(edited, HeartRate.Options.defaults());
        RegularSeries s = hr.bpm();
        assertEquals(List.of(new TimeSegment(14.0, 15.0)), hr.unusable());
        int nan = 0;
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < s.length(); i++) {
            if (Double.isNaN(s.value(i))) {
                nan++;
                first = Double.isNaN(first) ? s.seconds(i) : first;
                last = s.seconds(i);
            }
        }
        assertEquals(43, nan);
        assertEquals(13.55, first, 1e-12);
        assertEquals(15.65, last, 1e-12);
        assertEquals(s.length() - 43, s.countAvailable());
        point(s, 100, 5.5, 73.7100737100737);
        assertEquals("1", s.parameters().get("bpm.unusable_segments").orElseThrow());
        assertEquals("1", s.parameters().get("edits.unusable_segments").orElseThrow());
    }

    @Test
    void otherGridAndDegenerateInputs() {
        // a 4 Hz grid: the first point at or after 0.5 s is 0.5 s; beats not on the grid are never rounded
        RegularSeries s = HeartRate.of(beats(), List.of(), new HeartRate.Options(SamplingRate.ofHertz(4),
                Interpolation.STEP)).bpm();
        assertEquals(2, s.firstIndex());
        point(s, 4, 1.5, 60 / 0.878);
        assertEquals(0, HeartRate.of(BeatTimes.ofSeconds(new double[] {1.0}, Parameters.empty())).bpm().length());
        // two beats 0.8 s apart off the grid: 1.01 .. 1.81 s holds 1.05 .. 1.80 s (16 points at 75 bpm)
        RegularSeries two = HeartRate.of(BeatTimes.ofSeconds(new double[] {1.01, 1.81}, Parameters.empty())).bpm();
        assertEquals(16, two.length());
        assertEquals(21, two.firstIndex());
        for (int i = 0; i < two.length(); i++) {
            assertEquals(75.0, two.value(i), 1e-9);
        }
        assertTrue(HeartRate.of(BeatTimes.ofSeconds(new double[] {1.01, 1.81}, Parameters.empty()), List.of(),
                HeartRate.Options.defaults().with(Interpolation.LINEAR)).bpm().length() == 0);
    }

    private static void point(RegularSeries s, int i, double seconds, double bpm) {
        assertEquals(seconds, s.seconds(i), 1e-12, "time of point " + i);
        assertEquals(bpm, s.value(i), 1e-9, "bpm at " + seconds + " s");
    }
}
