package org.vagus.signal.hrv;

import java.util.Locale;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Time-domain and Poincare measures of the NN intervals (Task Force of the ESC and NASPE, Heart rate
 * variability: standards of measurement, physiological interpretation and clinical use, Eur Heart J 17:354-381,
 * 1996, Table 1; Brennan, Palaniswami &amp; Kamen, Do existing measures of Poincare plot geometry reflect nonlinear
 * features of heart rate variability? IEEE Trans Biomed Eng 48:1342-1347, 2001: SD1 and SD2 as the spreads across
 * and along the line of identity).
 * <ul>
 * <li>NN intervals: the intervals flagged NN ({@link RrIntervals#isNn(int)}) that are not longer than the gap limit
 * (a longer "interval" is lost signal or missed beats, not a heartbeat).</li>
 * <li>Successive differences {@code d_i = NN_(i+1) - NN_i} only between two adjacent NN intervals (sharing a
 * beat), so an ectopic beat or a gap never yields a difference.</li>
 * <li>SDNN: sample standard deviation (n - 1); RMSSD: root mean square of the differences; pNN50: percentage of
 * differences with {@code |d| > 50 ms}; mean HR: mean of the instantaneous rates {@code 60000 / NN} in bpm.</li>
 * <li>Poincare: SD1 and SD2 are the sample standard deviations of {@code (NN_(i+1) - NN_i) / sqrt 2} and
 * {@code (NN_(i+1) + NN_i) / sqrt 2} over the same pairs.</li>
 * </ul>
 *
 * @param nnCount the number of NN intervals used
 * @param differenceCount the number of successive differences used
 * @param meanNnMs mean NN in ms
 * @param sdnnMs SDNN in ms
 * @param rmssdMs RMSSD in ms
 * @param pnn50Percent pNN50 in percent
 * @param meanHrBpm mean heart rate in bpm
 * @param sd1Ms Poincare SD1 in ms
 * @param sd2Ms Poincare SD2 in ms
 * @since 0.1.0
 */
public record TimeDomainHrv(int nnCount, int differenceCount, double meanNnMs, double sdnnMs, double rmssdMs,
        double pnn50Percent, double meanHrBpm, double sd1Ms, double sd2Ms) {

    /**
     * Computes the measures.
     *
     * @param rr the beats
     * @param maxIntervalS the longest interval that counts as a heartbeat, in seconds ({@link Resampler#maxGapS()})
     * @throws IllegalArgumentException with fewer than three NN intervals or fewer than two successive differences
     */
    public static TimeDomainHrv of(RrIntervals rr, double maxIntervalS) {
        int n = rr.size();
        double maxMs = maxIntervalS * 1000;
        double[] nn = new double[n];
        double[] hr = new double[n];
        boolean[] use = new boolean[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            use[i] = rr.isNn(i) && rr.interval(i) <= maxMs;
            if (use[i]) {
                nn[m] = rr.interval(i);
                hr[m] = 60000 / rr.interval(i);
                m++;
            }
        }
        double[] diff = new double[n];
        double[] sum = new double[n];
        int d = 0;
        int over50 = 0;
        double ss = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (use[i] && use[i + 1]) {
                double di = rr.interval(i + 1) - rr.interval(i);
                diff[d] = di / Math.sqrt(2);
                sum[d] = (rr.interval(i + 1) + rr.interval(i)) / Math.sqrt(2);
                ss += di * di;
                over50 += Math.abs(di) > 50 ? 1 : 0;
                d++;
            }
        }
        if (m < 3 || d < 2) {
            throw new IllegalArgumentException("too few beats: " + m + " NN interval(s) and " + d
                    + " successive difference(s); time-domain HRV needs at least 3 and 2");
        }
        StandardDeviation sd = new StandardDeviation(true);
        return new TimeDomainHrv(m, d, new Mean().evaluate(nn, 0, m), sd.evaluate(nn, 0, m), Math.sqrt(ss / d),
                100.0 * over50 / d, new Mean().evaluate(hr, 0, m), sd.evaluate(diff, 0, d), sd.evaluate(sum, 0, d));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TimeDomainHrv[%d NN, mean %.2f ms, SDNN %.2f ms, RMSSD %.2f ms,"
                + " pNN50 %.2f %%, HR %.2f bpm, SD1 %.2f ms, SD2 %.2f ms]", nnCount, meanNnMs, sdnnMs, rmssdMs,
                pnn50Percent, meanHrBpm, sd1Ms, sd2Ms);
    }
}
