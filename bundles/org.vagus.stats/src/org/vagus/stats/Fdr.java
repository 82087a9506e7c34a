package org.vagus.stats;

/**
 * False discovery rate control by the step-up procedure of Benjamini &amp; Hochberg (1995): with the m p
 * values sorted, p_(1) &le; ... &le; p_(m), the adjusted value (q value) of p_(i) is min over j &ge; i of
 * m p_(j) / j, capped at 1; hypotheses with q &le; alpha are rejected, which controls the FDR at alpha for
 * independent or positively dependent tests.
 *
 * @since 0.1.0
 */
public final class Fdr {
    private Fdr() {
    }

    /** Benjamini-Hochberg adjusted p values, in the input order. */
    public static double[] benjaminiHochberg(double[] p) {
        if (p == null || p.length == 0) {
            throw new IllegalArgumentException("no p values to adjust");
        }
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p value " + (i + 1) + " is " + p[i] + "; p must lie in [0, 1]");
            }
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] q = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            q[i] = running;
        }
        return q;
    }

    /** Which hypotheses the procedure rejects at FDR level {@code alpha}. */
    public static boolean[] rejected(double[] p, double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie strictly between 0 and 1, got " + alpha);
        }
        double[] q = benjaminiHochberg(p);
        boolean[] out = new boolean[q.length];
        for (int i = 0; i < q.length; i++) {
            out[i] = q[i] <= alpha;
        }
        return out;
    }
}
