package org.vagus.devices.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.Unit;
import org.vagus.devices.simulation.ecg.EcgSimulator;
import org.vagus.devices.simulation.ecg.EcgsynParameters;
import org.vagus.devices.simulation.ecg.HeartRateResponse;
import org.vagus.io.Signal;
import org.vagus.signal.PanTompkins;
import org.vagus.signal.RPeaks;
import org.vagus.signal.validation.BeatMatching;
import org.vagus.signal.validation.MatchCounts;

/**
 * The existing Pan-Tompkins detector finds the simulator's true R peaks (EC57 matching within 150 ms, whole
 * recordings): F1 of at least 99.5 % at 1000 Hz and at 360 Hz with moderate noise (white noise of 0.1 mV SD against
 * a 1.2 mV R wave, plus the respiratory baseline wander), and the detected peaks lie on the true ones.
 */
class DetectorOnSimulatedEcgTest {

    private static MatchCounts detect(EcgsynParameters p, double seconds, double[] offsetsMs) {
        Sim.Run run = Sim.run(p, seconds);
        RPeaks peaks = new PanTompkins().detect(run.ecg());
        long[] detected = Arrays.stream(peaks.samples()).asLongStream().toArray();
        MatchCounts m = BeatMatching.match(run.beatSamples(), detected, p.rate(), BeatMatching.DEFAULT_WINDOW_S, 0);
        if (offsetsMs != null) {
            // median and largest distance from each true beat to its nearest detection
            double[] d = new double[run.beatSamples().length];
            for (int i = 0; i < d.length; i++) {
                long b = run.beatSamples()[i];
                int j = Arrays.binarySearch(detected, b);
                int k = j >= 0 ? j : -j - 1;
                long best = Long.MAX_VALUE;
                for (int q = Math.max(0, k - 1); q <= Math.min(detected.length - 1, k); q++) {
                    best = Math.min(best, Math.abs(detected[q] - b));
                }
                d[i] = best * 1000 / p.rate().hertz();
            }
            Arrays.sort(d);
            offsetsMs[0] = d[d.length / 2];
            offsetsMs[1] = d[(int) (0.99 * (d.length - 1))];
        }
        return m;
    }

    @Test
    void f1AtLeast995At1000HzWithModerateNoise() {
        double[] offsets = new double[2];
        MatchCounts m = detect(EcgsynParameters.builder().rateHz(1000).noiseSdMv(0.1).seed(11).build(), 600, offsets);
        System.out.printf("1000 Hz, noise 0.1 mV, 600 s: %s, F1 %.3f %%, |detected - true| median %.1f ms, "
                + "99th percentile %.1f ms%n", m, m.f1Percent(), offsets[0], offsets[1]);
        assertTrue(m.f1Percent() >= 99.5, m + " F1 " + m.f1Percent());
        assertTrue(offsets[0] <= 4 && offsets[1] <= 15, "detections off the true R peaks: median " + offsets[0]
                + " ms, 99th percentile " + offsets[1] + " ms");
    }

    @Test
    void f1AtLeast995At360HzWithModerateNoise() {
        double[] offsets = new double[2];
        MatchCounts m = detect(EcgsynParameters.builder().rateHz(360).noiseSdMv(0.1).seed(12).build(), 600, offsets);
        System.out.printf("360 Hz, noise 0.1 mV, 600 s: %s, F1 %.3f %%, |detected - true| median %.1f ms, "
                + "99th percentile %.1f ms%n", m, m.f1Percent(), offsets[0], offsets[1]);
        assertTrue(m.f1Percent() >= 99.5, m + " F1 " + m.f1Percent());
        assertTrue(offsets[0] <= 5 && offsets[1] <= 20, "detections off the true R peaks: median " + offsets[0]
                + " ms, 99th percentile " + offsets[1] + " ms");
    }

    @Test
    void f1AtLeast995AtHighHeartRateWithEventResponses() {
        EcgsynParameters p = EcgsynParameters.builder().rateHz(1000).meanHeartRateBpm(100).rrSdMs(30)
                .noiseSdMv(0.1).seed(13).build();
        EcgSimulator s = new EcgSimulator(p);
        for (int e = 0; e < 10; e++) {
            s.schedule(20_000 + 25_000L * e, new HeartRateResponse(8, 0.5, 1, 3));
        }
        Sim.Run run = new Sim.Run(new Signal("ECG", Unit.MILLIVOLT, p.rate(), s.next(300_000).samplesMv()),
                s.beatSamples(), s.beatTimesS());
        RPeaks peaks = new PanTompkins().detect(run.ecg());
        MatchCounts m = BeatMatching.match(run.beatSamples(), Arrays.stream(peaks.samples()).asLongStream().toArray(),
                p.rate(), BeatMatching.DEFAULT_WINDOW_S, 0);
        // with this seed the only miss is the last beat, 5 samples before the end, which no detector can confirm
        System.out.printf("1000 Hz, 100 bpm with +8 bpm responses, noise 0.1 mV, 300 s: %s, F1 %.3f %%%n", m,
                m.f1Percent());
        assertTrue(m.f1Percent() >= 99.5, m + " F1 " + m.f1Percent());
    }
}
