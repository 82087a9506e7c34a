package org.vagus.demo;

/**
 * A simulated participant's heart: the resting rhythm of the ECG simulator (ECGSYN) and the responses every 'Wrong'
 * feedback triggers, as {@link ResponseDesign} derives them from the participant's traits.
 *
 * @param heartRateBpm mean resting heart rate, bpm
 * @param rrSdMs SD of the RR process, ms (30-60: realistic short-term SDNN, and enough beat-to-beat variability for
 *            the artefact corrector's thresholds, which trim steep rises when the RR SD is 12 ms or less)
 * @param lfHfRatio LF/HF power ratio of the RR process at rest
 * @param hfHz centre of the HF (respiratory) peak, Hz
 * @param hrPeakBpm peak heart-rate increase after each 'Wrong' feedback, bpm
 * @param hfWithdrawal fraction of HF power removed after each 'Wrong' feedback (0 none, 1 all): vagal withdrawal
 * @since 0.1.0
 */
public record Physiology(double heartRateBpm, double rrSdMs, double lfHfRatio, double hfHz, double hrPeakBpm,
        double hfWithdrawal) {
    public Physiology {
        if (!(heartRateBpm >= 30 && heartRateBpm <= 200) || !(rrSdMs >= 0) || !(lfHfRatio > 0)
                || !(hfHz > 0.15 && hfHz < 0.5) || !(hfWithdrawal >= 0 && hfWithdrawal <= 1)
                || !Double.isFinite(hrPeakBpm)) {
            throw new IllegalArgumentException("physiology out of range: " + heartRateBpm + " bpm, RR SD " + rrSdMs
                    + " ms, LF/HF " + lfHfRatio + ", HF " + hfHz + " Hz, HF withdrawal " + hfWithdrawal);
        }
    }
}
