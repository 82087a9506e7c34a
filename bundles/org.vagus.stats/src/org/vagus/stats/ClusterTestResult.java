package org.vagus.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a {@link ClusterPermutationTest}.
 *
 * @param t the observed t statistic at each point (group 1 minus group 2)
 * @param df degrees of freedom of the point-wise t-tests, n1 + n2 - 2
 * @param threshold the cluster-forming threshold: points with |t| above it form clusters
 * @param clusters the observed clusters in time order, each with its permutation p value
 * @param permutations the number of random permutations drawn
 * @param seed the seed of the random generator; the same seed gives the same result
 * @since 0.1.0
 */
public record ClusterTestResult(double[] t, double df, double threshold, List<Cluster> clusters, int permutations,
        long seed) {

    /**
     * A run of adjacent points whose t exceeds the threshold with one sign.
     *
     * @param first index of the first point (0-based)
     * @param last index of the last point, inclusive
     * @param mass the sum of t over the cluster (negative for group 1 below group 2)
     * @param p the permutation p value: (1 + number of permutations whose largest |mass| is at least this
     *        |mass|) / (1 + permutations)
     */
    public record Cluster(int first, int last, double mass, double p) {
        public int size() {
            return last - first + 1;
        }
    }

    public ClusterTestResult {
        t = t.clone();
        clusters = List.copyOf(clusters);
    }

    @Override
    public double[] t() {
        return t.clone();
    }

    /** The clusters whose p is below {@code alpha}: the family-wise-error-controlled findings. */
    public List<Cluster> significant(double alpha) {
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.p() < alpha) {
                out.add(c);
            }
        }
        return out;
    }

    /** The smallest cluster p, or 1 when there is no cluster. */
    public double minP() {
        double m = 1;
        for (Cluster c : clusters) {
            m = Math.min(m, c.p());
        }
        return m;
    }
}
