package org.vagus.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;
import org.vagus.stats.internal.Checks;

/**
 * Cluster-based permutation test of two independent groups over a series of points (time points or
 * sliding windows), after Maris &amp; Oostenveld (2007, J Neurosci Methods 164:177-190):
 * <ol>
 * <li>Student's t at every point; points with |t| above the two-sided {@code clusterAlpha} critical value
 * of t(n1 + n2 - 2) form clusters of adjacent points of one sign; a cluster's mass is its sum of t.</li>
 * <li>The participants' group labels are permuted at random {@code permutations} times; each permutation
 * contributes the largest |mass| of its clusters (0 without one) to the null distribution.</li>
 * <li>An observed cluster's p value is (1 + number of permutation maxima &ge; its |mass|) / (1 +
 * permutations) (Phipson &amp; Smyth 2010), which controls the family-wise error over all points.</li>
 * </ol>
 * Random numbers come from a {@link Well19937c} generator seeded with {@code seed}: the same data and
 * seed give the same result on every machine.
 *
 * @since 0.1.0
 */
public final class ClusterPermutationTest {
    private final int permutations;
    private final long seed;
    private final double clusterAlpha;

    /**
     * @param permutations number of random permutations, at least 19 (1000 or more for reports)
     * @param seed seed of the random generator
     * @param clusterAlpha two-sided point-wise level that forms clusters, e.g. 0.05
     */
    public ClusterPermutationTest(int permutations, long seed, double clusterAlpha) {
        if (permutations < 19) {
            throw new IllegalArgumentException("at least 19 permutations are needed (p >= 1/20), got " + permutations);
        }
        if (!(clusterAlpha > 0 && clusterAlpha < 1)) {
            throw new IllegalArgumentException("cluster-forming alpha must lie strictly between 0 and 1, got "
                    + clusterAlpha);
        }
        this.permutations = permutations;
        this.seed = seed;
        this.clusterAlpha = clusterAlpha;
    }

    public int permutations() {
        return permutations;
    }

    public long seed() {
        return seed;
    }

    public double clusterAlpha() {
        return clusterAlpha;
    }

    /**
     * @param group1 {@code group1[participant][point]}
     * @param group2 {@code group2[participant][point]}, the same number of points
     */
    public ClusterTestResult run(double[][] group1, double[][] group2) {
        int n1 = group1.length;
        int n2 = group2.length;
        Checks.atLeast(n1, 2, "group 1", "the cluster permutation test");
        Checks.atLeast(n2, 2, "group 2", "the cluster permutation test");
        int points = group1[0].length;
        if (points < 1) {
            throw new IllegalArgumentException("the series have no points");
        }
        int n = n1 + n2;
        double[][] data = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] row = i < n1 ? group1[i] : group2[i - n1];
            String who = (i < n1 ? "group 1 participant " + (i + 1) : "group 2 participant " + (i - n1 + 1));
            if (row.length != points) {
                throw new IllegalArgumentException(who + " has " + row.length + " points; the first has " + points);
            }
            Checks.finite(row, who);
            data[i] = row.clone();
        }
        // centre each point on its grand mean: t is unchanged and the sums of squares below stay accurate
        double[] total = new double[points];
        double[] totalSq = new double[points];
        for (int k = 0; k < points; k++) {
            double m = 0;
            for (double[] row : data) {
                m += row[k];
            }
            m /= n;
            for (double[] row : data) {
                row[k] -= m;
                total[k] += row[k];
                totalSq[k] += row[k] * row[k];
            }
        }
        double df = n - 2;
        double threshold = new TDistribution(null, df).inverseCumulativeProbability(1 - clusterAlpha / 2);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] t = new double[points];
        tStatistics(data, order, n1, total, totalSq, t);
        for (int k = 0; k < points; k++) {
            if (constant(group1, k) && constant(group2, k)) {
                throw new IllegalArgumentException("point " + (k + 1) + ": zero variance in both groups: t is undefined");
            }
        }
        List<double[]> observed = clusters(t, threshold);
        double[] nullMax = new double[permutations];
        RandomGenerator rng = new Well19937c(seed);
        double[] tp = new double[points];
        for (int b = 0; b < permutations; b++) {
            MathArrays.shuffle(order, rng);
            tStatistics(data, order, n1, total, totalSq, tp);
            double max = 0;
            for (double[] c : clusters(tp, threshold)) {
                max = Math.max(max, Math.abs(c[2]));
            }
            nullMax[b] = max;
        }
        List<ClusterTestResult.Cluster> out = new ArrayList<>();
        for (double[] c : observed) {
            double mass = Math.abs(c[2]);
            int exceed = 0;
            for (double m : nullMax) {
                // relative tolerance: the same partition summed in another order may differ in the last bits
                if (m >= mass * (1 - 1e-12)) {
                    exceed++;
                }
            }
            out.add(new ClusterTestResult.Cluster((int) c[0], (int) c[1], c[2], (1.0 + exceed) / (1.0 + permutations)));
        }
        return new ClusterTestResult(t, df, threshold, out, permutations, seed);
    }

    /** Student's t per point for the split order[0..n1) versus the rest, from running sums. */
    private static void tStatistics(double[][] data, int[] order, int n1, double[] total, double[] totalSq,
            double[] t) {
        int points = t.length;
        int n = order.length;
        int n2 = n - n1;
        double[] s1 = new double[points];
        double[] q1 = new double[points];
        for (int i = 0; i < n1; i++) {
            double[] row = data[order[i]];
            for (int k = 0; k < points; k++) {
                s1[k] += row[k];
                q1[k] += row[k] * row[k];
            }
        }
        double scale = 1.0 / n1 + 1.0 / n2;
        for (int k = 0; k < points; k++) {
            double s2 = total[k] - s1[k];
            double q2 = totalSq[k] - q1[k];
            double m1 = s1[k] / n1;
            double m2 = s2 / n2;
            double ss = Math.max(0, q1[k] - s1[k] * m1) + Math.max(0, q2 - s2 * m2);
            double pooled = ss / (n - 2);
            double diff = m1 - m2;
            if (pooled <= 1e-300) {
                t[k] = diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff);
            } else {
                t[k] = diff / Math.sqrt(pooled * scale);
            }
        }
    }

    private static boolean constant(double[][] group, int k) {
        for (double[] row : group) {
            if (row[k] != group[0][k]) {
                return false;
            }
        }
        return true;
    }

    /** Clusters as {first, last, mass}: maximal runs of one sign beyond the threshold. */
    private static List<double[]> clusters(double[] t, double threshold) {
        List<double[]> out = new ArrayList<>();
        int k = 0;
        while (k < t.length) {
            int sign = t[k] > threshold ? 1 : t[k] < -threshold ? -1 : 0;
            if (sign == 0) {
                k++;
                continue;
            }
            int first = k;
            double mass = 0;
            while (k < t.length && (sign > 0 ? t[k] > threshold : t[k] < -threshold)) {
                mass += t[k];
                k++;
            }
            out.add(new double[] {first, k - 1, mass});
        }
        return out;
    }
}
