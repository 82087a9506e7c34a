package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.vagus.signal.filter.Biquad;

/** References from python3 with scipy 1.17: {@code scipy.signal.butter(2, fc, btype, fs=fs)} and {@code lfilter}. */
class BiquadTest {

    @Test
    void butterworthMatchesScipy() {
        // butter(2, 15, 'low', fs=360)
        assertCoefficients(Biquad.butterworthLowPass(15, 360), new double[] {0.014401440346511215,
                0.02880288069302243, 0.014401440346511215, -1.632993161855452, 0.6905989232414969});
        // butter(2, 5, 'high', fs=360)
        assertCoefficients(Biquad.butterworthHighPass(5, 360), new double[] {0.9401569638962208,
                -1.8803139277924417, 0.9401569638962208, -1.876729526839776, 0.8838983287451071});
        // butter(2, 15, 'low', fs=1000) and butter(2, 5, 'high', fs=1000)
        assertCoefficients(Biquad.butterworthLowPass(15, 1000), new double[] {0.0020805671354922925,
                0.004161134270984585, 0.0020805671354922925, -1.866892279711715, 0.875214548253684});
        assertCoefficients(Biquad.butterworthHighPass(5, 1000), new double[] {0.9780304792065599,
                -1.9560609584131199, 0.9780304792065599, -1.9555782403150352, 0.9565436765112031});
    }

    @Test
    void filterMatchesLfilter() {
        // x = np.sin(np.arange(20) * 0.3) + (np.arange(20) == 5); lfilter(*butter(2, 15, 'low', fs=360), x)
        double[] x = new double[20];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i * 0.3) + (i == 5 ? 1 : 0);
        }
        double[] y = new double[20];
        Biquad.butterworthLowPass(15, 360).filter(x, y);
        assertArrayEquals(new double[] {0.0, 0.24549301167932233, 0.7777581844442276, -0.44241653722881147},
                new double[] {y[0], y[5], y[10], y[19]}, 1e-12);
    }

    @Test
    void gainAndGroupDelay() {
        Biquad lp = Biquad.butterworthLowPass(15, 360);
        assertEquals(Math.sqrt(0.5), lp.gain(15, 360), 1e-12, "-3 dB at the cut-off");
        assertEquals(1.0, lp.gain(0, 360), 1e-12);
        // scipy.signal.group_delay(butter(2, 15, 'low', fs=360), w=[10], fs=360) -> 6.52890202 samples
        assertEquals(6.52890202, lp.groupDelay(10, 360), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> Biquad.butterworthLowPass(200, 360));
    }

    private static void assertCoefficients(Biquad q, double[] expected) {
        assertArrayEquals(expected, new double[] {q.b0(), q.b1(), q.b2(), q.a1(), q.a2()}, 1e-14);
    }
}
