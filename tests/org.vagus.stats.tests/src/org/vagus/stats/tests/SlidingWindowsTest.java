package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vagus.stats.tests.Ref.near;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.stats.ClusterPermutationTest;
import org.vagus.stats.SlidingWindowResult;
import org.vagus.stats.SlidingWindows;

/** The seed's design: 500 ms windows in 50 ms steps over -1..6 s courses sampled at 20 Hz (141 samples). */
class SlidingWindowsTest {
    private static final SlidingWindows AUC = new SlidingWindows(20, -1, 0.5, 0.05, SlidingWindows.Measure.AUC);

    /** course(i, grp) of the reference script: sin(0.1 k + i) + 0.05 i + (0.8 exp(-(t-2)^2) in group 1). */
    private static double[] course(int i, int group) {
        double[] c = new double[141];
        for (int k = 0; k < c.length; k++) {
            double t = k / 20.0 - 1.0;
            c[k] = Math.sin(0.1 * k + i) + 0.05 * i + (group == 1 ? 0.8 * Math.exp(-(t - 2) * (t - 2)) : 0);
        }
        return c;
    }

    private static double[][] group(int offset, int group) {
        double[][] g = new double[5][];
        for (int i = 0; i < 5; i++) {
            g[i] = course(i + offset, group);
        }
        return g;
    }

    @Test
    void windowsOfTheSeedDesign() {
        List<SlidingWindows.Window> w = AUC.windows(141);
        // len(range(0, 141 - 10, 1)) == 131
        assertEquals(131, w.size());
        assertEquals(0, w.get(0).first());
        assertEquals(10, w.get(0).last());
        near(-1.0, w.get(0).start());
        near(-0.5, w.get(0).end());
        near(5.5, w.get(130).start());
        near(6.0, w.get(130).end());
        near(1.5, w.get(50).start());
    }

    @Test
    void windowValuesAreTrapezoidAreasOrTimeAverages() {
        double[] c = new double[141];
        for (int k = 0; k < c.length; k++) {
            double t = k / 20.0 - 1.0;
            c[k] = Math.sin(t) + 0.1 * t * t;
        }
        // numpy.trapezoid(course[0:11], dx=0.05), numpy.trapezoid(course[37:48], dx=0.05) (and / 0.5)
        double[][] auc = AUC.values(new double[][] {c});
        near(-0.3080224863742741, auc[0][0]);
        near(0.5024470848682104, auc[0][37]);
        double[][] mean = new SlidingWindows(20, -1, 0.5, 0.05, SlidingWindows.Measure.MEAN).values(new double[][] {c});
        near(1.0048941697364209, mean[0][37]);
    }

    @Test
    void comparisonPerWindowWithFdrClustersAndPlannedWindow() {
        SlidingWindowResult r = AUC.compare(group(0, 1), group(5, 2), 0.05, new ClusterPermutationTest(199, 7, 0.05),
                List.<double[]>of(new double[] {1.5, 2.5}));
        // scipy.stats.ttest_ind([auc(c, w) for c in g1], [auc(c, w) for c in g2]) for w = 0, 50, 60
        near(-0.7581379877088872, r.windows().get(0).test().t());
        near(0.47011029403521293, r.windows().get(0).test().p());
        near(1.4287534973127278, r.windows().get(50).test().t());
        near(0.19093374539824462, r.windows().get(50).test().p());
        near(1.0917519450538211, r.windows().get(60).test().t());
        near(0.30672724757891684, r.windows().get(60).test().p());
        // scipy.stats.false_discovery_control(p of all 131 windows)[60]
        near(0.9763905539804564, r.windows().get(60).q());
        // planned window 1.5..2.5 s = samples 50..70: scipy.stats.ttest_ind of numpy.trapezoid(c[50:71], dx=0.05)
        SlidingWindowResult.PlannedTest planned = r.planned().get(0);
        near(1.4422850948995245, planned.test().t());
        near(0.18720269717315666, planned.test().p());
        near(1.5, planned.start());
        near(2.5, planned.end());
        // the cluster test runs over the same window t values
        near(r.windows().get(50).test().t(), r.clusters().t()[50]);
        assertTrue(r.spans(SlidingWindowResult.Family.FDR).isEmpty());
        assertTrue(SlidingWindowResult.Family.CLUSTER.label().contains("Maris & Oostenveld 2007"));
    }

    @Test
    void spansMergeAdjacentSelectedWindows() {
        double[][] g1 = new double[6][141];
        double[][] g2 = new double[6][141];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int i = 0; i < 6; i++) {
            for (int k = 0; k < 141; k++) {
                double t = k / 20.0 - 1.0;
                g1[i][k] = rnd.nextGaussian() * 0.2 + (t >= 2 && t <= 3 ? 3 : 0);
                g2[i][k] = rnd.nextGaussian() * 0.2;
            }
        }
        SlidingWindowResult r = AUC.compare(g1, g2, 0.05, new ClusterPermutationTest(199, 1, 0.05), List.of());
        List<SlidingWindowResult.Span> spans = r.spans(SlidingWindowResult.Family.CLUSTER);
        assertEquals(1, spans.size(), spans.toString());
        assertTrue(spans.get(0).start() < 2.0 && spans.get(0).end() > 3.0, spans.toString());
        assertEquals(spans, r.spans(SlidingWindowResult.Family.CLUSTER));
        assertTrue(r.spans(SlidingWindowResult.Family.UNCORRECTED).size() >= 1);
    }

    @Test
    void badWindowsAreClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SlidingWindows(20, -1, 0.525, 0.05, SlidingWindows.Measure.AUC));
        assertTrue(e.getMessage().startsWith("window length 0.525 s is 10.5 samples at 20.0 Hz"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AUC.windows(10));
        assertThrows(IllegalArgumentException.class, () -> AUC.compare(group(0, 1), group(5, 2), 0.05,
                new ClusterPermutationTest(99, 1, 0.05), List.<double[]>of(new double[] {1.52, 2.5})));
        double[][] flat = new double[3][141];
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> AUC.compare(flat, flat, 0.05, new ClusterPermutationTest(99, 1, 0.05), List.of()));
        assertEquals("window -1.000--0.500 s: zero variance in both groups: t is undefined", zero.getMessage());
    }
}
