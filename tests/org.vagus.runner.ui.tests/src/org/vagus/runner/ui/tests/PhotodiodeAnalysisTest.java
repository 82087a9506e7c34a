package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.runner.TimingAudit;
import org.vagus.runner.ui.photodiode.Flip;
import org.vagus.runner.ui.photodiode.FlipDetector;
import org.vagus.runner.ui.photodiode.LightSignal;
import org.vagus.runner.ui.photodiode.PhotodiodeAnalysis;
import org.vagus.runner.ui.photodiode.PhotodiodeAnalysis.ReportedOnset;
import org.vagus.runner.ui.photodiode.PhotodiodePatch;

/**
 * The photodiode analysis on synthetic light channels: a patch flipping at known times after known reported onsets,
 * seen by a sensor with a rise time, noise and a PWM-dimmed backlight's ripple, at the BITalino's 1000 Hz.
 */
class PhotodiodeAnalysisTest {
    private static final SamplingRate RATE = SamplingRate.ofHertz(1000);
    private static final double DARK = 4;
    private static final double LIGHT = 78;

    /** Screens every 200-260 ms from 0.5 s; flip latency 8-24 ms after each reported onset (known per screen). */
    private record Truth(List<TimingAudit.Row> audit, double[] flipSeconds) {
    }

    private static Truth truth(int screens, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<TimingAudit.Row> rows = new ArrayList<>();
        double[] flips = new double[screens];
        double t = 0.5;
        for (int k = 0; k < screens; k++) {
            long errorNanos = 2_000_000 + r.nextLong(3_000_000);
            double scheduled = t;
            double actual = scheduled + errorNanos / 1e9;
            rows.add(new TimingAudit.Row(1, k + 1, k % 2 == 0 ? "fixation" : "item", k / 2 + 1, scheduled,
                    Math.round(actual * 1000) / 1000.0, errorNanos));
            flips[k] = actual + (8 + 16 * r.nextDouble()) / 1e3;
            t += 0.2 + 0.06 * r.nextDouble();
        }
        return new Truth(rows, flips);
    }

    /**
     * The light under the patch: dark before the first flip, toggling at each flip time, approached exponentially
     * with time constant {@code tau} (0: ideal steps, integrated over each sample), plus noise and ripple.
     */
    private static LightSignal light(double[] flips, double seconds, double tau, double noise, double rippleHz,
            double rippleDepth, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = (int) Math.round(seconds * RATE.hertz());
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double ti = i / RATE.hertz();
            int state = 0;
            double since = 0;
            for (double f : flips) {
                if (f <= ti) {
                    state++;
                    since = ti - f;
                }
            }
            boolean lightNow = state % 2 == 1;
            double target = lightNow ? LIGHT : DARK;
            double from = lightNow ? DARK : LIGHT;
            double v;
            if (state == 0) {
                v = DARK;
            } else if (tau == 0) {
                v = target;
            } else {
                v = target + (from - target) * Math.exp(-since / tau);
            }
            if (lightNow && rippleDepth > 0) {
                v *= 1 - rippleDepth * (0.5 + 0.5 * Math.sin(2 * Math.PI * rippleHz * ti));
            }
            x[i] = v + noise * gaussian(r);
        }
        return new LightSignal(x, RATE, 0, Unit.of("%"));
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void idealStepsGiveTheLatenciesToWithinASample() {
        Truth t = truth(60, 1);
        LightSignal s = light(t.flipSeconds(), 16, 0, 0, 0, 0, 2);
        List<Flip> flips = FlipDetector.defaults().detect(s);
        assertEquals(60, flips.size());
        for (int k = 0; k < 60; k++) {
            assertEquals(k % 2 == 0, flips.get(k).toLight(), "flips alternate, the first to light");
            // an ideal step lies between two samples: the interpolated crossing is within one sample of it
            assertEquals(t.flipSeconds()[k], flips.get(k).seconds(), 1.0e-3, "flip " + k);
        }
        PhotodiodeAnalysis.Result r = PhotodiodeAnalysis.analyse(s, t.audit(), 1, FlipDetector.defaults(),
                PhotodiodeAnalysis.Window.DEFAULT);
        assertEquals(60, r.pairs().size(), r.describe());
        assertTrue(r.unpairedOnsets().isEmpty() && r.unpairedFlips().isEmpty(), r.describe());
        double[] expected = new double[60];
        for (int k = 0; k < 60; k++) {
            ReportedOnset o = r.pairs().get(k).onset();
            expected[k] = (t.flipSeconds()[k] - o.seconds()) * 1e3;
            assertEquals(expected[k], r.pairs().get(k).latencyMillis(), 1.0, "latency of screen " + (k + 1));
        }
        TimingAudit.Summary want = TimingAudit.summarize(expected);
        assertEquals(want.median(), r.latency().median(), 1.0);
        assertEquals(want.max(), r.latency().max(), 1.0);
        assertTrue(r.latency().min() >= 7 && r.latency().max() <= 25, r.describe());
    }

    @Test
    void riseTimeNoiseAndRippleAreHandledWithSmoothingAndHysteresis() {
        Truth t = truth(80, 3);
        double tau = 0.0015;
        // ripple: a PWM backlight at 240 Hz dimming the white by up to 30 %; noise 1.5 % of full scale
        LightSignal s = light(t.flipSeconds(), 21, tau, 1.5, 240, 0.3, 4);
        FlipDetector detector = FlipDetector.defaults().withSmoothing(Duration.ofMillis(5))
                .withMinInterval(Duration.ofMillis(20));
        List<Flip> flips = detector.detect(s);
        assertEquals(80, flips.size(), "no chatter from noise or ripple");
        PhotodiodeAnalysis.Result r = PhotodiodeAnalysis.analyse(s, t.audit(), 1, detector,
                PhotodiodeAnalysis.Window.DEFAULT);
        assertEquals(80, r.pairs().size(), r.describe());
        // the half-way point of an exponential rise lies tau * ln 2 after the flip; ripple shifts the light level
        double shift = tau * Math.log(2) * 1e3;
        for (int k = 0; k < 80; k++) {
            double want = (t.flipSeconds()[k] - r.pairs().get(k).onset().seconds()) * 1e3 + shift;
            assertEquals(want, r.pairs().get(k).latencyMillis(), 2.5, "screen " + (k + 1));
        }
        System.out.println("[runner.ui] synthetic photodiode: " + r.describe());
    }

    @Test
    void aMissingFlipLeavesItsOnsetUnpairedWithoutShiftingTheOthers() {
        Truth t = truth(20, 5);
        double[] flips = t.flipSeconds();
        // screen 8 never reached the panel, and the patch stayed: drop its flip and invert the rest
        double[] seen = new double[flips.length - 1];
        for (int k = 0, j = 0; k < flips.length; k++) {
            if (k != 7) {
                seen[j++] = flips[k];
            }
        }
        LightSignal s = light(seen, 6, 0, 0.5, 0, 0, 6);
        PhotodiodeAnalysis.Result r = PhotodiodeAnalysis.analyse(s, t.audit(), 1, FlipDetector.defaults(),
                PhotodiodeAnalysis.Window.DEFAULT);
        assertEquals(19, r.pairs().size(), r.describe());
        assertEquals(1, r.unpairedOnsets().size());
        assertEquals(8, r.unpairedOnsets().get(0).screen());
        assertEquals(9, r.pairs().get(7).onset().screen(), "screen 9 keeps its own flip");
        assertTrue(r.pairs().get(7).latencyMillis() < 25, r.describe());
    }

    @Test
    void aFlipOfTheClosingBlankScreenIsUnpairedAndOtherRunsAreIgnored() {
        Truth t = truth(10, 7);
        double[] flips = java.util.Arrays.copyOf(t.flipSeconds(), 11);
        flips[10] = t.flipSeconds()[9] + 0.3;
        LightSignal s = light(flips, 4, 0, 0, 0, 0, 8);
        List<TimingAudit.Row> audit = new ArrayList<>(t.audit());
        audit.add(new TimingAudit.Row(2, 1, "fixation", 1, 0.1, 0.1, 1_000_000));
        PhotodiodeAnalysis.Result r = PhotodiodeAnalysis.analyse(s, audit, 1, FlipDetector.defaults(),
                PhotodiodeAnalysis.Window.DEFAULT);
        assertEquals(10, r.pairs().size());
        assertEquals(1, r.unpairedFlips().size(), r.describe());
        assertTrue(r.describe().startsWith("10 of 10 onsets paired with a flip (1 flip unpaired): latency"),
                r.describe());
    }

    @Test
    void noiseNearTheMiddleLevelMakesNoFlipsThanksToHysteresis() {
        SplittableRandom r = new SplittableRandom(9);
        double mid = (DARK + LIGHT) / 2;
        double[] x = new double[4000];
        for (int i = 0; i < x.length; i++) {
            // dark, then 1 s hovering around the mid level with noise of 5 % of the range (sd), then light
            x[i] = i < 1000 ? DARK : i < 2000 ? mid + 0.05 * (LIGHT - DARK) * gaussian(r) : LIGHT;
        }
        LightSignal s = new LightSignal(x, RATE, 0, Unit.of("%"));
        FlipDetector.Levels levels = new FlipDetector.Levels(DARK, LIGHT);
        List<Flip> flips = FlipDetector.defaults().detect(s, levels);
        assertTrue(flips.size() <= 1, "at most one flip to light, no chatter: " + flips.size());
        assertTrue(flips.isEmpty() || flips.get(0).toLight());
        List<Flip> narrow = new FlipDetector(0.49, 0.51, Duration.ZERO, Duration.ZERO).detect(s, levels);
        assertTrue(narrow.size() > 20, "a band of 2 % chatters: " + narrow.size());
    }

    @Test
    void aFlatChannelIsRejectedWithAHint() {
        double[] x = new double[1000];
        java.util.Arrays.fill(x, 12.5);
        LightSignal s = new LightSignal(x, RATE, 0, Unit.of("%"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FlipDetector.defaults().detect(s));
        assertTrue(e.getMessage().contains("does not change"), e.getMessage());
    }

    @Test
    void thePatchSitsInItsCorner() {
        assertEquals(List.of(0, 964, 60, 60), box(new PhotodiodePatch(PhotodiodePatch.Corner.BOTTOM_LEFT, 60)));
        assertEquals(List.of(1220, 0, 60, 60), box(new PhotodiodePatch(PhotodiodePatch.Corner.TOP_RIGHT, 60)));
        assertEquals(PhotodiodePatch.Corner.BOTTOM_RIGHT, PhotodiodePatch.Corner.parse("bottom-right"));
        assertThrows(IllegalArgumentException.class, () -> PhotodiodePatch.Corner.parse("middle"));
        assertThrows(IllegalArgumentException.class, () -> new PhotodiodePatch(PhotodiodePatch.Corner.TOP_LEFT, 4));
    }

    private static List<Integer> box(PhotodiodePatch p) {
        int[] b = p.bounds(1280, 1024);
        return List.of(b[0], b[1], b[2], b[3]);
    }
}
