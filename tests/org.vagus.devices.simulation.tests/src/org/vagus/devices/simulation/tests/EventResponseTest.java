package org.vagus.devices.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vagus.devices.simulation.ecg.EcgSimulator;
import org.vagus.devices.simulation.ecg.EcgsynParameters;
import org.vagus.devices.simulation.ecg.HeartRateResponse;
import org.vagus.devices.simulation.ecg.VariabilityResponse;

/**
 * Event-locked responses are in the generated beats: averaged over trials, the heart-rate response recovers its
 * amplitude and latency; an HF power change shows in the variability of the beats inside its window; and a
 * response scheduled while streaming changes nothing before its first affected beat.
 */
class EventResponseTest {
    private static final double EPOCH_FROM_S = -2;
    private static final double EPOCH_TO_S = 12;
    private static final double STEP_S = 0.05;

    /**
     * The heart rate {@code 60 / RR} of the beat in progress, sampled every {@link #STEP_S} from
     * {@link #EPOCH_FROM_S} to {@link #EPOCH_TO_S} around each event, baseline-corrected on -2..0 s, averaged.
     */
    private static double[] eventAverage(double[] beats, double[] eventsS) {
        int n = (int) Math.round((EPOCH_TO_S - EPOCH_FROM_S) / STEP_S) + 1;
        double[] avg = new double[n];
        for (double e : eventsS) {
            double[] hr = new double[n];
            double base = 0;
            int baseCount = 0;
            for (int i = 0; i < n; i++) {
                double t = e + EPOCH_FROM_S + i * STEP_S;
                int k = Arrays.binarySearch(beats, t);
                int start = k >= 0 ? k : -k - 2;
                hr[i] = 60 / (beats[start + 1] - beats[start]);
                if (t < e) {
                    base += hr[i];
                    baseCount++;
                }
            }
            base /= baseCount;
            for (int i = 0; i < n; i++) {
                avg[i] += (hr[i] - base) / eventsS.length;
            }
        }
        return avg;
    }

    @Test
    void averagedHeartRateResponseRecoversAmplitudeAndLatency() {
        HeartRateResponse response = new HeartRateResponse(3, 1.0, 0.8, 2.5);
        EcgsynParameters p = EcgsynParameters.builder().meanHeartRateBpm(70).rrSdMs(40).noiseSdMv(0.05).seed(31).build();
        EcgSimulator s = new EcgSimulator(p);
        SplittableRandom jitter = new SplittableRandom(5);
        int trials = 100;
        double[] events = new double[trials];
        double t = 10;
        for (int i = 0; i < trials; i++) {
            events[i] = t;
            // random spacing, so the LF and HF phases at the events are independent
            t += 20 + 8 * jitter.nextDouble();
        }
        for (double e : events) {
            s.schedule(p.rate().secondsToSample(e), response);
        }
        s.next((int) p.rate().secondsToSample(t + 5));
        double[] avg = eventAverage(s.beatTimesS(), snapToSamples(events, p));
        int top = 0;
        for (int i = 0; i < avg.length; i++) {
            if (avg[i] > avg[top]) {
                top = i;
            }
        }
        double peak = avg[top];
        double peakTime = EPOCH_FROM_S + top * STEP_S;
        int half = 0;
        while (avg[half] < peak / 2 || EPOCH_FROM_S + half * STEP_S < 0) {
            half++;
        }
        double halfTime = EPOCH_FROM_S + half * STEP_S;
        // the model: onset at latency, half the peak when exp(-u/decay)(1 - exp(-u/rise)) reaches half its maximum;
        // the beat-held heart rate lags the continuous one by about half an RR interval
        double modelHalf = response.latencyS() + halfRise(response) + 0.5 * p.meanRrS();
        double modelPeak = response.latencyS() + response.peakTimeS() + 0.5 * p.meanRrS();
        System.out.printf("HR response (%d trials): peak %.2f bpm at %.2f s, half-peak at %.2f s; "
                + "model %.2f bpm at %.2f s, half-peak at %.2f s%n", trials, peak, peakTime, halfTime,
                response.peakBpm(), modelPeak, modelHalf);
        assertEquals(response.peakBpm(), peak, 0.15 * response.peakBpm(), "peak of the averaged response");
        assertEquals(modelHalf, halfTime, 0.4, "latency (time to half the peak)");
        assertEquals(modelPeak, peakTime, 1.0, "time of the peak");
    }

    private static double[] snapToSamples(double[] eventsS, EcgsynParameters p) {
        return Arrays.stream(eventsS).map(e -> p.rate().sampleToSeconds(p.rate().secondsToSample(e))).toArray();
    }

    /** Time after onset at which the normalised response first reaches half its peak (bisection). */
    private static double halfRise(HeartRateResponse r) {
        double lo = 0;
        double hi = r.peakTimeS();
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (r.valueAt(r.latencyS() + mid) < 0.5 * r.peakBpm()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Test
    void hfPowerReductionShowsInTheBeatsInsideItsWindow() {
        // almost pure HF variability, so the variance of RR is HF power
        EcgsynParameters p = EcgsynParameters.builder().meanHeartRateBpm(65).rrSdMs(40).lfHfRatio(0.01).seed(41)
                .rateHz(250).internalRateHz(250).build();
        EcgSimulator s = new EcgSimulator(p);
        VariabilityResponse withdrawal = VariabilityResponse.hf(-0.75, 0, 30, 2);
        int trials = 30;
        for (int i = 0; i < trials; i++) {
            s.schedule(p.rate().secondsToSample(20 + 60 * i), withdrawal);
        }
        s.next((int) p.rate().secondsToSample(20 + 60 * trials));
        double[] beats = s.beatTimesS();
        double inside = 0;
        double outside = 0;
        for (int i = 0; i < trials; i++) {
            double e = 20 + 60 * i;
            inside += rrVariance(beats, e + 4, e + 28);
            outside += rrVariance(beats, e + 34, e + 58);
        }
        double ratio = inside / outside;
        System.out.printf("HF power -75 %% for 30 s: RR variance inside / outside the window = %.3f (expected 0.25)%n",
                ratio);
        assertEquals(0.25, ratio, 0.07);
    }

    /** Variance of the RR intervals of the beats starting in {@code [from, to)}. */
    private static double rrVariance(double[] beats, double from, double to) {
        double[] rr = Arrays.stream(Sim.diff(beats)).toArray();
        double sum = 0;
        double ss = 0;
        int n = 0;
        for (int k = 0; k < rr.length; k++) {
            if (beats[k] >= from && beats[k] < to) {
                sum += rr[k];
                ss += rr[k] * rr[k];
                n++;
            }
        }
        double m = sum / n;
        return ss / n - m * m;
    }

    @Test
    void eventScheduledWhileStreamingChangesNothingBeforeItsFirstBeat() {
        EcgsynParameters p = EcgsynParameters.builder().seed(51).build();
        EcgSimulator plain = new EcgSimulator(p);
        EcgSimulator live = new EcgSimulator(p);
        double[] a = plain.next(60_000).samplesMv();
        double[] b1 = live.next(20_000).samplesMv();
        live.schedule(25_000, new HeartRateResponse(10, 0, 0.5, 5));
        double[] b2 = live.next(40_000).samplesMv();
        double[] b = new double[60_000];
        System.arraycopy(b1, 0, b, 0, 20_000);
        System.arraycopy(b2, 0, b, 20_000, 40_000);
        double firstAffectedS = Arrays.stream(plain.beatTimesS()).filter(x -> x > 25.0).findFirst().orElseThrow();
        int firstDiff = 0;
        while (firstDiff < a.length && a[firstDiff] == b[firstDiff]) {
            firstDiff++;
        }
        // the beat that starts at the first R peak after the event is the first one shortened: samples up to that
        // R peak are untouched, the first one after it changes
        assertTrue(firstDiff / 1000.0 > firstAffectedS, "samples differ from " + firstDiff + ", before the first R "
                + "peak after the event (" + firstAffectedS + " s)");
        assertTrue(firstDiff / 1000.0 < firstAffectedS + 0.002, "first change at sample " + firstDiff
                + ", expected right after the R peak at " + firstAffectedS + " s");
        assertTrue(firstDiff < 60_000, "the response changed nothing");
        assertTrue(live.beatCount() > plain.beatCount(), "a heart-rate increase gives more beats");
        assertThrows(IllegalArgumentException.class, () -> live.schedule(59_999, new HeartRateResponse(1, 0, 1, 1)));
    }

    @Test
    void eventScheduledBeforeStartOrWhileStreamingGivesTheSameSamples() {
        EcgsynParameters p = EcgsynParameters.builder().seed(61).build();
        HeartRateResponse hr = new HeartRateResponse(4, 0.3, 1, 3);
        VariabilityResponse hf = VariabilityResponse.hf(-0.5, 0.5, 3, 0.5);
        EcgSimulator early = new EcgSimulator(p);
        early.schedule(30_000, hr);
        early.schedule(30_000, hf);
        double[] a = early.next(50_000).samplesMv();
        EcgSimulator late = new EcgSimulator(p);
        double[] b = new double[50_000];
        late.next(b, 0, 29_990);
        late.schedule(30_000, hr);
        late.next(b, 29_990, 5);
        late.schedule(30_000, hf);
        late.next(b, 29_995, 20_005);
        assertArrayEquals(a, b);
        assertArrayEquals(early.beatSamples(), late.beatSamples());
        assertNotEquals(new EcgSimulator(p).next(50_000).samplesMv()[49_999], a[49_999]);
    }
}
