package org.vagus.devices.simulation.ecg;

/**
 * An event-locked heart-rate change: after {@code latencyS} the heart rate rises by up to {@code peakBpm} with
 * the time constant {@code riseS} and returns with {@code decayS}. With {@code s} the time since onset
 * ({@code s = t - event - latency}), the change in beats per minute is
 *
 * <pre>
 * dHR(s) = peakBpm * (exp(-s / decayS) - exp(-s / riseS - s / decayS)) / norm    for s &gt; 0, else 0,
 * </pre>
 *
 * a rising exponential {@code 1 - exp(-s / rise)} multiplied by a decaying one, normalised so its maximum is
 * {@code peakBpm}; the maximum is reached at {@link #peakTimeS()} after onset. A negative {@code peakBpm} is a
 * deceleration. An infinite {@code decayS} gives a sustained change {@code peakBpm * (1 - exp(-s / rise))}.
 * <p>
 * The change is added to the instantaneous heart rate {@code 60 / RR} of the RR process at each beat's start, so a
 * beat that started before the onset keeps its interval.
 *
 * @param peakBpm the largest change, in bpm (for example 3 for the acceleration after negative feedback)
 * @param latencyS onset after the event, in seconds, &gt;= 0
 * @param riseS rise time constant, in seconds, &gt; 0
 * @param decayS decay time constant, in seconds, &gt; 0 (may be infinite)
 * @since 0.1.0
 */
public record HeartRateResponse(double peakBpm, double latencyS, double riseS, double decayS)
        implements EventResponse {

    /** Beyond this many decay time constants after its peak the response is treated as over (e^-12 of it left). */
    private static final double DECAY_CONSTANTS = 12;

    /**
     * @throws IllegalArgumentException if a value is out of range
     */
    public HeartRateResponse {
        if (!Double.isFinite(peakBpm) || Math.abs(peakBpm) > 100) {
            throw new IllegalArgumentException("heart-rate response peak: " + peakBpm + " bpm, expected -100 to 100");
        }
        if (!(latencyS >= 0) || Double.isInfinite(latencyS)) {
            throw new IllegalArgumentException("heart-rate response latency: " + latencyS + " s, expected >= 0");
        }
        if (!(riseS > 0) || Double.isInfinite(riseS)) {
            throw new IllegalArgumentException("heart-rate response rise time constant: " + riseS + " s, expected > 0");
        }
        if (!(decayS > 0)) {
            throw new IllegalArgumentException("heart-rate response decay time constant: " + decayS
                    + " s, expected > 0");
        }
    }

    /** Time of the maximum after onset, in seconds: {@code rise * ln(1 + decay / rise)} (infinite if sustained). */
    public double peakTimeS() {
        return Double.isInfinite(decayS) ? Double.POSITIVE_INFINITY : riseS * Math.log1p(decayS / riseS);
    }

    /** The heart-rate change in bpm at {@code s} seconds after the event (not after onset). */
    public double valueAt(double s) {
        double u = s - latencyS;
        if (!(u > 0)) {
            return 0;
        }
        if (Double.isInfinite(decayS)) {
            return peakBpm * -Math.expm1(-u / riseS);
        }
        double shape = Math.exp(-u / decayS) * -Math.expm1(-u / riseS);
        double tPeak = peakTimeS();
        double norm = Math.exp(-tPeak / decayS) * -Math.expm1(-tPeak / riseS);
        return peakBpm * shape / norm;
    }

    @Override
    public double extentS() {
        return Double.isInfinite(decayS) ? Double.POSITIVE_INFINITY
                : latencyS + peakTimeS() + DECAY_CONSTANTS * Math.max(decayS, riseS);
    }
}
