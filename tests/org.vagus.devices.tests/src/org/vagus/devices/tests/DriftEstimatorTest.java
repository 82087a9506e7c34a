package org.vagus.devices.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.acquisition.ClockFit;
import org.vagus.devices.acquisition.DriftEstimator;

class DriftEstimatorTest {
    private static final double PERIOD = 1e6; // 1000 Hz

    /**
     * Fixed data: block ends x = 10 i + 9, arrivals t = round(x * 1e6 * (1 + 50e-6)) + ((7919 i) mod 1000) us +
     * 123456789 ns, i = 0..499. Reference from numpy.polyfit(x - x0, t - t0, 1):
     * slope 1000051.6404065612 ns/sample (51.6404 ppm), RMS residual 289097.98 ns, max |residual| 500279.84 ns,
     * intercept 496407.19 ns and min residual -500279.84 ns (lowered offset -3872.66 ns); over the last 200 points
     * (window 1990 samples): slope 1000057.1026775668, RMS 287361.16 ns.
     */
    private static void feed(DriftEstimator d) {
        for (int i = 0; i < 500; i++) {
            long x = 10L * i + 9;
            d.add(x, Math.round(x * PERIOD * (1 + 50e-6)) + ((7919L * i) % 1000) * 1000 + 123456789L);
        }
    }

    @Test
    void leastSquaresMatchesNumpyOnFixedData() {
        DriftEstimator d = new DriftEstimator(PERIOD, 1_000_000, 1000, 0, 0);
        feed(d);
        ClockFit f = d.fit(null);
        assertTrue(f.fitted());
        assertEquals(500, f.points());
        assertEquals(9, f.refIndex());
        assertEquals(1000051.6404065612, f.slopeNanos(), 1e-6);
        assertEquals(51.64040656113755, f.driftPpm(), 1e-6);
        assertEquals(289097.9832350452, f.rmsResidualNanos(), 1e-3);
        assertEquals(500279.8411178589, f.maxResidualNanos(), 1e-3);
        assertEquals(-3872.6554891577107, f.offsetNanos(), 1e-3);
    }

    @Test
    void theWindowSlides() {
        DriftEstimator d = new DriftEstimator(PERIOD, 1990, 1000, 0, 0);
        feed(d);
        ClockFit f = d.fit(null);
        assertEquals(200, f.points());
        assertEquals(3009, f.refIndex());
        assertEquals(1990, f.spanSamples());
        assertEquals(1000057.1026775668, f.slopeNanos(), 1e-6);
        assertEquals(287361.1567537611, f.rmsResidualNanos(), 1e-3);
    }

    @Test
    void aShortWindowUsesTheNominalPeriod() {
        DriftEstimator d = new DriftEstimator(PERIOD, 60_000, 1000, 5000, 0);
        d.add(9, 10_000_000);
        d.add(19, 20_300_000);
        d.add(29, 30_000_000);
        ClockFit f = d.fit(null);
        assertFalse(f.fitted());
        assertEquals(PERIOD, f.slopeNanos());
        assertEquals(0, f.driftPpm(), 1e-12);
        // nominal line through the means: t = 20.1 ms + 1e6 (x - 19); residuals -0.1, +0.2, -0.1 ms; lowered by
        // 0.1 ms onto the earliest arrivals, so sample 9 maps to 10.0 ms
        assertEquals(10_000_000, f.hostNanosAt(9));
    }

    @Test
    void fixedSlopeOffsetIsTheEarliestArrival() {
        DriftEstimator d = new DriftEstimator(PERIOD, 60_000, 1000, 1_000_000, 250_000);
        d.add(0, 5_000_000);
        d.add(10, 15_400_000);
        d.add(20, 25_100_000);
        ClockFit f = d.fit(null);
        // t - 1e6 x = 5.0, 5.4, 5.1 ms: the earliest is 5.0 ms, minus the 0.25 ms latency
        assertEquals(4_750_000, f.hostNanosAt(0));
        assertEquals(30, f.nearestSample(34_750_000));
    }

    /**
     * A simulated device 50 ppm slow, 10-frame blocks, arrival 1 ms + uniform 0..3 ms jitter after the last
     * frame, through the engine on a simulated clock (two minutes in well under a second).
     */
    @Test
    void engineEstimatesFiftyPpmWithinAFewPpm() throws Exception {
        SimulatedClock clock = new SimulatedClock(7_000_000_000L);
        Random random = new Random(42);
        SyntheticSensor s = new SyntheticSensor(clock, 1000, 50, b -> 1_000_000 + random.nextInt(3_000_000), 10);
        SensorConfiguration cfg = SensorConfiguration.of(SamplingRate.ofHertz(1000), "ECG", "RAW");
        Acquisition a = Acquisition.start(s, cfg, clock, AcquisitionOptions.defaults(), null, null);
        s.pump(12_000);
        ClockFit f = a.stop().clockFit();
        assertTrue(f.fitted());
        System.out.printf("drift estimate %.3f ppm (true 50), residual %.3f ms rms, %d points%n", f.driftPpm(),
                f.rmsResidualNanos() / 1e6, f.points());
        assertEquals(50, f.driftPpm(), 3);
        // uniform jitter over 3 ms has a standard deviation of 3 / sqrt(12) = 0.866 ms
        assertEquals(0.866, f.rmsResidualNanos() / 1e6, 0.05);
        assertEquals(6000, f.points(), 1);
    }
}
