package org.vagus.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.vagus.report.figure.LinearFit;

/**
 * The least-squares line against numpy. Reference (numpy 2.4.6, scipy 1.17.1):
 *
 * <pre>
 * x = np.array([14, 16, 17, 19, 20, 22, 23, 25, 27, 28, 31, 33], dtype=float)
 * y = np.array([0.081, 0.052, 0.066, 0.030, 0.047, 0.012, 0.035, -0.004, 0.018, -0.021, -0.009, -0.038])
 * np.polyfit(x, y, 1)     # slope -0.00556869673664519, intercept 0.1500326335481189
 * stats.pearsonr(x, y)    # r -0.9299893069404656, p 1.176821720397641e-05
 * np.polyfit(x + 1e6 - 1e6, y, 1) -> intercept for x + 1e6: 0.1500326335481189 + 0.00556869673664519 * 1e6
 *                                   = 5568.846769278738
 * </pre>
 */
class LinearFitTest {
    static final double[] X_HIGH = {14, 16, 17, 19, 20, 22};
    static final double[] Y_HIGH = {0.081, 0.052, 0.066, 0.030, 0.047, 0.012};
    static final double[] X_LOW = {23, 25, 27, 28, 31, 33};
    static final double[] Y_LOW = {0.035, -0.004, 0.018, -0.021, -0.009, -0.038};
    static final double[] X = {14, 16, 17, 19, 20, 22, 23, 25, 27, 28, 31, 33};
    static final double[] Y = {0.081, 0.052, 0.066, 0.030, 0.047, 0.012, 0.035, -0.004, 0.018, -0.021, -0.009,
        -0.038};
    static final double SLOPE = -0.00556869673664519;
    static final double INTERCEPT = 0.1500326335481189;

    @Test
    void slopeAndInterceptMatchNumpy() {
        LinearFit f = LinearFit.of(X, Y);
        assertEquals(SLOPE, f.slope(), 1e-15);
        assertEquals(INTERCEPT, f.intercept(), 1e-13);
        assertEquals(12, f.n());
        assertEquals(14, f.xMin(), 0);
        assertEquals(33, f.xMax(), 0);
        assertEquals(INTERCEPT + SLOPE * 20, f.at(20), 1e-13);
    }

    @Test
    void largeOffsetsKeepPrecision() {
        double[] shifted = X.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 1e6;
        }
        LinearFit f = LinearFit.of(shifted, Y);
        assertEquals(SLOPE, f.slope(), 1e-12);
        assertEquals(5568.846769278738, f.intercept(), 1e-6);
    }

    @Test
    void undefinedFitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LinearFit.of(new double[] {1, 1, 1}, new double[] {1, 2,
            3}));
        assertThrows(IllegalArgumentException.class, () -> LinearFit.of(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LinearFit.of(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LinearFit.of(new double[] {1, Double.NaN},
                new double[] {1, 2}));
    }
}
