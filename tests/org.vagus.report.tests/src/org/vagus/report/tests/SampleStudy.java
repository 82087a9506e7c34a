package org.vagus.report.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.distribution.TDistribution;
import org.vagus.core.units.Unit;
import org.vagus.report.figure.Axis;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.Figure;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.Marker;
import org.vagus.report.figure.Palette;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.figure.TimeCoursePanel;
import org.vagus.stats.Apa;
import org.vagus.stats.ClusterPermutationTest;
import org.vagus.stats.MedianSplit;
import org.vagus.stats.SlidingWindowResult;
import org.vagus.stats.SlidingWindows;
import org.vagus.stats.Stars;
import org.vagus.stats.TTestResult;
import org.vagus.stats.TTests;

/**
 * A synthetic study shaped like the seed paper's (77 adults with GAD split at the SCS median; state anxiety
 * before and after the stress task; event-related HR at 20 Hz and nHF at 4 Hz, -1..6 s around 'Wrong'
 * feedback; HAMA), seeded so that every run draws the same figures. The numbers are invented; only their
 * shapes follow the paper.
 */
final class SampleStudy {
    static final String HIGH = "High SC";
    static final String LOW = "Low SC";
    static final double HR_RATE = 20;
    static final double NHF_RATE = 4;
    static final double START = -1;

    final int n = 77;
    final double[] scs = new double[n];
    final boolean[] high;
    final double median;
    final double[] age = new double[n];
    final String[] gender = new String[n];
    final String[] married = new String[n];
    final double[] hama = new double[n];
    final double[] hamd = new double[n];
    final double[] staiPre = new double[n];
    final double[] staiPost = new double[n];
    final double[][] hr = new double[n][];
    final double[][] nhf = new double[n][];
    final double[] hrAuc = new double[n];
    final double[] nhfChange = new double[n];

    SampleStudy(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < n; i++) {
            scs[i] = Math.round(clip(2.83 + 0.62 * rnd.nextGaussian(), 1.2, 4.8) * 100) / 100.0;
        }
        MedianSplit.Result split = MedianSplit.split(scs);
        high = split.isHigh();
        median = split.median();
        for (int i = 0; i < n; i++) {
            boolean h = high[i];
            age[i] = Math.round(clip((h ? 41 : 33.7) + 12.3 * rnd.nextGaussian(), 18, 65));
            gender[i] = rnd.nextDouble() < (h ? 0.64 : 0.74) ? "Female" : "Male";
            married[i] = rnd.nextDouble() < (h ? 0.79 : 0.47) ? "Married" : "Unmarried";
            hama[i] = Math.round(clip((h ? 20.8 : 24.7) + 5.7 * rnd.nextGaussian(), 14, 45));
            hamd[i] = Math.round(clip((h ? 14 : 16.3) + 4.6 * rnd.nextGaussian(), 3, 22));
            staiPre[i] = Math.round(clip(45 + 9 * rnd.nextGaussian(), 20, 80));
            staiPost[i] = Math.round(clip(staiPre[i] + (h ? 2 : 5.5) + 6 * rnd.nextGaussian(), 20, 80));
            hr[i] = hrCourse(rnd, h);
            nhf[i] = nhfCourse(rnd, h, hama[i]);
            hrAuc[i] = trapezoid(hr[i], HR_RATE, 0, 0.85);
            nhfChange[i] = mean(nhf[i], NHF_RATE, 0.75, 3.5);
        }
    }

    /** Baseline-corrected HR change: an early acceleration, larger in the Low group, then a slow deceleration. */
    private static double[] hrCourse(Random rnd, boolean high) {
        int len = (int) Math.round(7 * HR_RATE) + 1;
        double amp = (high ? 1.3 : 2.9) + 2.0 * rnd.nextGaussian();
        double[] phase = {rnd.nextDouble() * 6.3, rnd.nextDouble() * 6.3, rnd.nextDouble() * 6.3};
        double[] c = new double[len];
        for (int k = 0; k < len; k++) {
            double t = START + k / HR_RATE;
            // a gamma-shaped acceleration peaking at 0.4 s, zero before the event so the baseline is clean
            double bump = t > 0 ? t / 0.4 * Math.exp(1 - t / 0.4) : 0;
            double decel = t > 0 ? -1.6 * (1 - Math.exp(-t / 1.8)) : 0;
            double noise = 0.3 * Math.sin(1.1 * t + phase[0]) + 0.2 * Math.sin(2.3 * t + phase[1])
                    + 0.15 * Math.sin(4.1 * t + phase[2]);
            c[k] = amp * bump + decel + noise;
        }
        return baseline(c, HR_RATE);
    }

    /** Baseline-corrected nHF change: higher in the High group from about 0.7 to 3.4 s, lower with more anxiety. */
    private static double[] nhfCourse(Random rnd, boolean high, double hama) {
        int len = (int) Math.round(7 * NHF_RATE) + 1;
        double amp = (high ? 0.03 : 0.0) - 0.0025 * (hama - 22.7) + 0.05 * rnd.nextGaussian();
        double phase = rnd.nextDouble() * 6.3;
        double[] c = new double[len];
        for (int k = 0; k < len; k++) {
            double t = START + k / NHF_RATE;
            c[k] = amp * Math.exp(-Math.pow((t - 2.0) / 1.1, 2)) + 0.012 * Math.sin(1.7 * t + phase);
        }
        return baseline(c, NHF_RATE);
    }

    private static double[] baseline(double[] c, double rate) {
        int nb = (int) Math.round(-START * rate) + 1;
        double b = 0;
        for (int k = 0; k < nb; k++) {
            b += c[k];
        }
        b /= nb;
        for (int k = 0; k < c.length; k++) {
            c[k] -= b;
        }
        return c;
    }

    static double trapezoid(double[] c, double rate, double from, double to) {
        int a = (int) Math.round((from - START) * rate);
        int b = (int) Math.round((to - START) * rate);
        double s = 0;
        for (int k = a; k < b; k++) {
            s += (c[k] + c[k + 1]) / 2 / rate;
        }
        return s;
    }

    static double mean(double[] c, double rate, double from, double to) {
        return trapezoid(c, rate, from, to) / (Math.round((to - START) * rate) - Math.round((from - START) * rate))
                * rate;
    }

    private static double clip(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    double[] of(double[] v, boolean highGroup) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (high[i] == highGroup) {
                out.add(v[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    List<String> of(String[] v, boolean highGroup) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (high[i] == highGroup) {
                out.add(v[i]);
            }
        }
        return out;
    }

    double[][] courses(double[][] c, boolean highGroup) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (high[i] == highGroup) {
                out.add(c[i]);
            }
        }
        return out.toArray(double[][]::new);
    }

    double[] change() {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = staiPost[i] - staiPre[i];
        }
        return d;
    }

    /** Mean and 95 % CI (t quantile with n - 1 df) of a group's courses at every point: {mean, lower, upper}. */
    static double[][] meanAndCi(double[][] courses) {
        int len = courses[0].length;
        int k = courses.length;
        double q = new TDistribution(k - 1).inverseCumulativeProbability(0.975);
        double[][] out = new double[3][len];
        for (int j = 0; j < len; j++) {
            double m = 0;
            for (double[] c : courses) {
                m += c[j];
            }
            m /= k;
            double ss = 0;
            for (double[] c : courses) {
                ss += (c[j] - m) * (c[j] - m);
            }
            double half = q * Math.sqrt(ss / (k - 1)) / Math.sqrt(k);
            out[0][j] = m;
            out[1][j] = m - half;
            out[2][j] = m + half;
        }
        return out;
    }

    // ---- figures

    HistogramPanel scsDistribution() {
        return HistogramPanel.of("Self-compassion", Axis.of("SCS score", Unit.DIMENSIONLESS),
                Axis.of("Participants", Unit.DIMENSIONLESS), 0.25,
                List.of(new HistogramPanel.Group(HIGH, Palette.group(0), of(scs, true)),
                        new HistogramPanel.Group(LOW, Palette.group(1), of(scs, false))),
                List.of(Marker.median(median)));
    }

    BarPanel anxietyChange() {
        double[] d = change();
        TTestResult t = TTests.student(of(d, true), of(d, false));
        return BarPanel.single("State anxiety", Axis.of("STAI-S change, post - pre", Unit.DIMENSIONLESS),
                "Change", bars(d), "SEM", Stars.of(t.p()));
    }

    BarPanel anxietyPrePost() {
        return new BarPanel("State anxiety, pre and post", Axis.of("STAI-S", Unit.DIMENSIONLESS), "Time",
                List.of("Pre", "Post"),
                List.of(BarPanel.BarGroup.meanAndSem(HIGH, Palette.group(0), List.of(of(staiPre, true),
                        of(staiPost, true))),
                        BarPanel.BarGroup.meanAndSem(LOW, Palette.group(1), List.of(of(staiPre, false),
                                of(staiPost, false)))),
                "SEM", List.of());
    }

    private List<BarPanel.BarGroup> bars(double[] v) {
        return List.of(BarPanel.BarGroup.meanAndSem(HIGH, Palette.group(0), List.of(of(v, true))),
                BarPanel.BarGroup.meanAndSem(LOW, Palette.group(1), List.of(of(v, false))));
    }

    /** The group courses with the windows where the groups differ (p < .05, uncorrected) shaded. */
    TimeCoursePanel course(String title, String measure, Unit unit, double[][] c, double rate, double window,
            double step, SlidingWindows.Measure how) {
        double[][] h = courses(c, true);
        double[][] l = courses(c, false);
        double[][] mh = meanAndCi(h);
        double[][] ml = meanAndCi(l);
        SlidingWindowResult r = new SlidingWindows(rate, START, window, step, how).compare(h, l, 0.05,
                new ClusterPermutationTest(500, 11, 0.05), List.of());
        TimeCoursePanel.Builder b = TimeCoursePanel.builder(title, Axis.of("Time from feedback onset", Unit.SECOND),
                Axis.of(measure, unit))
                .course(TimeCoursePanel.Course.onGrid(HIGH, Palette.group(0), START, rate, mh[0], mh[1], mh[2]))
                .course(TimeCoursePanel.Course.onGrid(LOW, Palette.group(1), START, rate, ml[0], ml[1], ml[2]));
        // the seed paper shades uncorrected windows; the label says so
        for (SlidingWindowResult.Span s : r.spans(SlidingWindowResult.Family.UNCORRECTED)) {
            b.shade(TimeCoursePanel.Shade.significant(s.start(), s.end(), "p < .05, uncorrected"));
        }
        return b.build();
    }

    TimeCoursePanel hrCourse() {
        return course("Heart rate", "HR change", Unit.BEATS_PER_MINUTE, hr, HR_RATE, 0.5, 0.05,
                SlidingWindows.Measure.AUC);
    }

    TimeCoursePanel nhfCourse() {
        return course("HF-HRV", "nHF change", Unit.DIMENSIONLESS, nhf, NHF_RATE, 0.5, 0.25,
                SlidingWindows.Measure.MEAN);
    }

    BarPanel hrBars() {
        TTestResult t = TTests.student(of(hrAuc, true), of(hrAuc, false));
        return BarPanel.single("HR response", Axis.of("HR AUC 0-0.85 s", new Unit("bpm*s")), "0-0.85 s",
                bars(hrAuc), "SEM", Stars.of(t.p()));
    }

    BarPanel nhfBars() {
        TTestResult t = TTests.student(of(nhfChange, true), of(nhfChange, false));
        return BarPanel.single("nHF response", Axis.of("Mean nHF change", Unit.DIMENSIONLESS), "0.75-3.5 s",
                bars(nhfChange), "SEM", Stars.of(t.p()));
    }

    ScatterPanel nhfVsHama() {
        return new ScatterPanel("nHF and anxiety", Axis.of("HAMA score", Unit.DIMENSIONLESS),
                Axis.of("Mean nHF change", Unit.DIMENSIONLESS),
                List.of(new ScatterPanel.PointGroup(HIGH, Palette.group(0), of(hama, true), of(nhfChange, true)),
                        new ScatterPanel.PointGroup(LOW, Palette.group(1), of(hama, false), of(nhfChange, false))),
                true);
    }

    Figure figure2() {
        return Figure.builder("figure2", "Distribution of self-compassion and change in state anxiety")
                .caption("(A) Participants were split into " + HIGH + " (n = " + of(scs, true).length + ") and " + LOW
                        + " (n = " + of(scs, false).length + ") at the median SCS score (Median = "
                        + Apa.two(median) + "). (B) Change in state anxiety from before to after the stress task. "
                        + "Columns show means, error bars the standard error of the mean; * p < .05.")
                .panel(scsDistribution()).panel(anxietyChange()).build();
    }

    Figure figure3() {
        return Figure.builder("figure3", "Heart rate response to negative feedback")
                .caption("(A) HR change from the pre-feedback baseline (-1 to 0 s); lines are group means, bands "
                        + "their 95 % confidence intervals; the pink column marks the 0.5 s windows where the groups "
                        + "differ at p < .05 without correction for multiple comparisons. (B) Area under the HR change curve from 0 to 0.85 s, mean "
                        + "and SEM.")
                .panel(hrCourse()).panel(hrBars()).build();
    }

    Figure figure4() {
        return Figure.builder("figure4", "HF-HRV response to negative feedback")
                .caption("(A) nHF change with 95 % confidence bands and the windows where the groups differ (p < .05, "
                        + "uncorrected). "
                        + "(B) Mean nHF change from 0.75 to 3.5 s, mean and SEM. (C) Mean nHF change against HAMA "
                        + "score with the least-squares line.")
                .columns(3).panel(nhfCourse()).panel(nhfBars()).panel(nhfVsHama()).build();
    }
}
