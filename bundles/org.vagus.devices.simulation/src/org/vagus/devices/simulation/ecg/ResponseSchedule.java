package org.vagus.devices.simulation.ecg;

import java.util.ArrayList;
import java.util.List;

/**
 * The event responses scheduled on one simulator, evaluated at beat starts. Queries come in non-decreasing time,
 * so responses that are over are dropped as time passes. Not thread-safe (the simulator guards it).
 */
final class ResponseSchedule {
    private record Scheduled(double eventS, EventResponse response) {
    }

    private final List<Scheduled> active = new ArrayList<>();

    void add(double eventS, EventResponse response) {
        active.add(new Scheduled(eventS, response));
    }

    int size() {
        return active.size();
    }

    /** Drops the responses that have ended by time {@code t} (seconds). */
    void forgetBefore(double t) {
        active.removeIf(s -> t - s.eventS > s.response.extentS());
    }

    /** The heart-rate change at time {@code t}, in bpm: the sum of the active heart-rate responses. */
    double heartRateChangeBpm(double t) {
        double sum = 0;
        for (int i = 0; i < active.size(); i++) {
            Scheduled s = active.get(i);
            if (s.response instanceof HeartRateResponse hr) {
                sum += hr.valueAt(t - s.eventS);
            }
        }
        return sum;
    }

    /**
     * The LF and HF power factors at time {@code t}, written to {@code out[0]} and {@code out[1]}: the product of
     * {@code 1 + change * envelope} over the active variability responses.
     */
    void powerFactors(double t, double[] out) {
        double lf = 1;
        double hf = 1;
        for (int i = 0; i < active.size(); i++) {
            Scheduled s = active.get(i);
            if (s.response instanceof VariabilityResponse v) {
                double e = v.envelopeAt(t - s.eventS);
                lf *= 1 + v.lfPowerChange() * e;
                hf *= 1 + v.hfPowerChange() * e;
            }
        }
        out[0] = lf;
        out[1] = hf;
    }
}
