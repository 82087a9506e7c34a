package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.core.model.Event;
import org.vagus.core.units.SamplingRate;
import org.vagus.io.bids.EventSelector;
import org.vagus.signal.beats.AreaUnderCurve;
import org.vagus.signal.beats.BeatEditLayer;
import org.vagus.signal.beats.Epoch;
import org.vagus.signal.beats.EpochAverage;
import org.vagus.signal.beats.EpochSet;
import org.vagus.signal.beats.EpochWindow;
import org.vagus.signal.beats.Epochs;
import org.vagus.signal.beats.HeartRate;
import org.vagus.signal.beats.HeartRateSeries;

/**
 * Epochs, baseline correction, NaN-aware trial averages and trapezoid areas against NumPy, on the step BPM
 * series of {@link HeartRateTest#BEATS_MS} with 14..15 s marked unusable. The reference (python3, numpy 2.4),
 * continuing the snippet of {@link HeartRateTest} with {@code stepu} the step series with its NaN:
 *
 * <pre>
 * def epoch(series, first, onset):                     # -1..6 s at 20 Hz: relative indices -20..120
 *     z = int(np.floor(onset * hz + 0.5))              # nearest grid point, halves up
 *     out = np.full(141, np.nan)
 *     for j, rel in enumerate(range(-20, 121)):
 *         p = z + rel - first
 *         if 0 &lt;= p &lt; len(series): out[j] = series[p]
 *     base = np.nanmean(out[0:21])                     # -1..0 s, both ends included
 *     return out - base, base
 * E = np.array([epoch(stepu, 10, o)[0] for o in [5.013, 12.987, 20.5, 38.2]])
 * cnt = (~np.isnan(E)).sum(axis=0); avg = np.nanmean(E, axis=0)
 * np.trapezoid(avg[20:141], dx=0.05)                   # 0..6 s (numpy.trapz in numpy 1.x)
 * </pre>
 *
 * The second trial reaches into the unusable segment (NaN 0.55..2.65 s after its event) and the fourth runs
 * past the end of the recording (NaN after 2.65 s), so the counts per time point vary between 2 and 4.
 */
class EpochsTest {
    private static final double EPS = 1e-9;

    private static List<Event> events() {
        List<Event> ev = new ArrayList<>();
        double[] wrong = {5.013, 12.987, 20.5, 38.2};
        int trial = 1;
        for (double onset : wrong) {
            ev.add(feedback(onset, trial++, "Wrong"));
            if (trial == 3) {
                ev.add(feedback(9.0, trial++, "Correct"));
            }
        }
        ev.add(new Event(2.0, 1.0, 2000, "fixation", 1, Map.of()));
        return ev;
    }

    private static Event feedback(double onset, int trial, String feedback) {
        return new Event(onset, 6.0, Math.round(onset * 1000), "feedback", trial, Map.of("feedback", feedback));
    }

    private static HeartRateSeries heartRate() {
        return HeartRate.of(BeatEditLayer.empty().markUnusable(14.0, 15.0).apply(HeartRateTest.beats()),
                HeartRate.Options.defaults());
    }

    @Test
    void epochsBaselineAverageAndArea() {
        EventSelector wrong = EventSelector.where("trial_type", "feedback").and("feedback", "Wrong");
        EpochSet set = Epochs.cut(heartRate(), events(), wrong, EpochWindow.defaults());
        assertEquals(4, set.size());
        assertEquals(141, set.length());
        assertEquals(-20, set.firstIndex());
        assertEquals(-1.0, set.seconds(0), 1e-12);
        assertEquals(6.0, set.seconds(140), 1e-12);
        assertEquals("bpm", set.unit().symbol());

        // trial: baseline, e[0] (-1 s), e[40] (+1 s), e[140] (+6 s), NaN count
        epoch(set.epochs().get(0), 70.89224125396818, -0.8805726425329539, 12.906641427596142, 0.8780936742614642, 0);
        epoch(set.epochs().get(1), 75.92633248418731, -1.2065317369893762, Double.NaN, 0.7020200062343633, 43);
        epoch(set.epochs().get(2), 78.72622733303838, -0.29485478401882403, 6.622279068099672, 4.1467008437571735, 0);
        epoch(set.epochs().get(3), 73.35084605101945, 2.5985210375882275, -8.62592695716829, Double.NaN, 68);
        assertEquals(-0.013, set.epochs().get(0).snapSeconds(), 1e-12, "5.013 s snaps to 5.0 s");
        assertEquals(0.013, set.epochs().get(1).snapSeconds(), 1e-12, "12.987 s snaps to 13.0 s");
        assertEquals(38.2, set.epochs().get(3).event().onset(), "the event is kept with its epoch");
        assertEquals(5, set.epochs().get(3).event().trial(), "trial 3 was a Correct feedback, not selected");

        EpochAverage avg = set.average();
        assertEquals(4, avg.trials());
        assertEquals(2, avg.minCount());
        int[] at = {20, 40, 60, 100, 140};
        int[] counts = {4, 3, 3, 3, 3};
        double[] mean = {0.20340076062433, 3.634331179509175, 3.4423823016467074, -10.670610823641146,
            1.9089381747510004};
        for (int k = 0; k < at.length; k++) {
            assertEquals(counts[k], avg.count(at[k]), "count at " + at[k]);
            assertEquals(mean[k], avg.mean().value(at[k]), EPS, "mean at " + at[k]);
        }
        assertEquals(0.0, avg.mean().seconds(20), 1e-12);

        AreaUnderCurve.Area auc = AreaUnderCurve.trapezoid(avg.mean(), 0, 6);
        assertEquals(-13.355852795657697, auc.area().value(), EPS);
        assertEquals("bpm*s", auc.area().unit().symbol());
        assertEquals(121, auc.points());
        assertEquals(6.682904995977138, AreaUnderCurve.trapezoid(avg.mean(), 0, 2).area().value(), EPS);
        assertEquals(27.723595062180152,
                AreaUnderCurve.trapezoid(set.epochs().get(0).values(), 0, 6).area().value(), EPS);
        assertTrue(Double.isNaN(AreaUnderCurve.trapezoid(set.epochs().get(1).values(), 0, 6).area().value()),
                "a gap is not bridged");

        // provenance from the beats to the area
        var p = auc.parameters().values();
        assertEquals("hand-made", p.get("source"));
        assertEquals("step", p.get("bpm.interpolation"));
        assertEquals("-1..6", p.get("epochs.window_s"));
        assertEquals("-1..0", p.get("epochs.baseline_s"));
        assertEquals("trial_type=feedback,feedback=Wrong", p.get("epochs.events"));
        assertEquals("4", p.get("average.trials"));
        assertEquals("0..6", p.get("auc.window_s"));
    }

    @Test
    void windowsAndErrors() {
        HeartRateSeries hr = heartRate();
        // a window that does not start on the grid point of the event still uses grid points only
        EpochSet set = Epochs.cut(hr.bpm(), List.of(feedback(20.5, 1, "Wrong")), new EpochWindow(-0.5, 2, -0.5, 0));
        assertEquals(51, set.length());
        assertEquals(-10, set.firstIndex());
        double b = set.epochs().get(0).baseline();
        assertEquals(0.0, set.epochs().get(0).values().value(10) + b - hr.bpm().value(410 - 10), EPS);
        // an epoch with no baseline value is all NaN
        EpochSet late = Epochs.cut(hr.bpm(), List.of(feedback(45.0, 1, "Wrong")), EpochWindow.defaults());
        assertEquals(0, late.epochs().get(0).values().countAvailable());
        assertTrue(Double.isNaN(late.epochs().get(0).baseline()));
        assertEquals(0, late.average().minCount());

        assertThrows(IllegalArgumentException.class, () -> new EpochWindow(1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new EpochWindow(-1, 6, -2, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AreaUnderCurve.trapezoid(set.average().mean(), 0, 6));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AreaUnderCurve.trapezoid(hr.bpm(), 5.0, 5.01));
        assertEquals(SamplingRate.ofHertz(20), set.rate());
    }

    private static void epoch(Epoch e, double baseline, double first, double atOne, double last, int nan) {
        assertEquals(baseline, e.baseline(), EPS, "baseline");
        check(first, e.values().value(0));
        check(atOne, e.values().value(40));
        check(last, e.values().value(140));
        assertEquals(141 - nan, e.values().countAvailable(), "NaN points");
    }

    private static void check(double expected, double actual) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), "expected NaN, got " + actual);
        } else {
            assertEquals(expected, actual, EPS);
        }
    }
}
