package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vagus.stats.tests.Ref.near;

import org.junit.jupiter.api.Test;
import org.vagus.stats.Fdr;

class FdrTest {
    static final double[] P = {0.01, 0.04, 0.03, 0.005, 0.2, 0.6, 0.049, 0.001};

    @Test
    void benjaminiHochbergMatchesScipy() {
        // scipy.stats.false_discovery_control(P, method='bh')
        double[] expected = {0.026666666666666665, 0.064, 0.06, 0.02, 0.22857142857142856, 0.6, 0.06533333333333333,
                0.008};
        double[] q = Fdr.benjaminiHochberg(P);
        for (int i = 0; i < q.length; i++) {
            near(expected[i], q[i], "q " + i);
        }
        assertArrayEquals(new boolean[] {true, false, false, true, false, false, false, true}, Fdr.rejected(P, 0.05));
    }

    @Test
    void invalidInputIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> Fdr.benjaminiHochberg(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Fdr.benjaminiHochberg(new double[] {0.1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Fdr.rejected(P, 0));
    }
}
