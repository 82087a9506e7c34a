package org.vagus.signal;

import java.util.Arrays;

/**
 * The decision rules of Pan &amp; Tompkins (1985), as a single pass over the candidate peaks of the integrated
 * signal. Levels and thresholds (paper's notation):
 * <ul>
 * <li>learning phase: over the first {@code learningS} seconds, SPKI = max/3 and NPKI = mean/2 of the
 * integrated signal, SPKF and NPKF alike from the absolute band-passed signal;</li>
 * <li>a signal peak updates SPK = 0.125 PEAK + 0.875 SPK, a noise peak NPK = 0.125 PEAK + 0.875 NPK, a peak
 * found by search-back SPK = 0.25 PEAK + 0.75 SPK;</li>
 * <li>THRESHOLD1 = NPK + 0.25 (SPK - NPK), THRESHOLD2 = 0.5 THRESHOLD1, on both signals; a candidate is a QRS
 * when both its integrated peak and its band-passed peak exceed THRESHOLD1;</li>
 * <li>RR AVERAGE1: mean of the last 8 RR; RR AVERAGE2: mean of the last 8 RR within 92-116 % of RR AVERAGE2.
 * When 8 intervals in a row fall outside those limits, RR AVERAGE2 restarts from the last 8 RR (so that a
 * lasting change of rate cannot lock the average); the rhythm counts as irregular unless the last 8 RR all lie
 * within the limits, and then THRESHOLD1 is halved;</li>
 * <li>no candidate is considered within the refractory period (200 ms) after a QRS; a candidate within 360 ms
 * whose maximal slope is under half that of the preceding QRS is a T wave (a noise peak);</li>
 * <li>when no QRS came within 166 % of RR AVERAGE2, the largest candidate since the last QRS above THRESHOLD2
 * (both signals, the T-wave test applied) is taken as a QRS. Before the first RR the average is taken as 1 s,
 * and the search-back runs from the start of the signal.</li>
 * </ul>
 * The band-passed peak of a candidate is the extreme of the band-passed signal over the integration window that
 * produced it; its slope is the largest absolute derivative there ({@link PanTompkinsFrontEnd} measures both).
 * <p>
 * The pass is incremental: candidates arrive in order while the signal is still being filtered, and
 * {@link #run()} applies the rules to those that came since its last call (once the learning-phase levels are
 * known), which gives the same detections as one pass over all candidates at the end, because every rule looks
 * only at the current candidate and the ones before it. {@link #finish(int)} runs the last search-back.
 */
final class PanTompkinsDecision {
    private static final int RR_COUNT = 8;

    private final int refractory;
    private final int tWave;
    private final double searchBackFactor;
    private final double tWaveSlopeRatio;
    private final boolean halveThresholdsWhenIrregular;

    /** The candidates so far: position, integrated peak, band-passed peak and its index, slope. */
    private int[] pos = new int[64];
    private double[] peakI = new double[64];
    private double[] peakF = new double[64];
    private int[] peakFIndex = new int[64];
    private double[] slope = new double[64];
    private int count;
    /** Candidates before this one have been through the rules. */
    private int next;
    private boolean learned;

    private double spki, npki, spkf, npkf;
    private int lastQrs = -1;
    private int lastQrsCandidate = -1;
    private double lastSlope;
    private final double[] rr1 = new double[RR_COUNT];
    private final double[] rr2 = new double[RR_COUNT];
    private int rr1Count, rr2Count, rr1Next, rr2Next, outsideInRow;
    private double rrAverage1, rrAverage2;
    private int[] detected = new int[64];
    private int detectedCount;

    PanTompkinsDecision(PanTompkins.Parameters p, double fs) {
        this.refractory = (int) Math.round(p.refractoryS() * fs);
        this.tWave = (int) Math.round(p.tWaveWindowS() * fs);
        this.searchBackFactor = p.searchBackFactor();
        this.tWaveSlopeRatio = p.tWaveSlopeRatio();
        this.halveThresholdsWhenIrregular = p.halveThresholdsWhenIrregular();
        double second = fs;
        rrAverage1 = second;
        rrAverage2 = second;
    }

    /**
     * The learning-phase levels, from the maximum and the sum of the integrated signal and of the absolute
     * band-passed signal over its first {@code learn} samples.
     */
    void levels(double maxI, double sumI, double maxF, double sumF, int learn) {
        spki = maxI / 3;
        npki = sumI / learn / 2;
        spkf = maxF / 3;
        npkf = sumF / learn / 2;
        learned = true;
    }

    /** Adds the next candidate (in order of position). */
    void candidate(int position, double integrated, double bandPassed, int bandPassedIndex, double maxSlope) {
        if (count == pos.length) {
            int capacity = 2 * count;
            pos = Arrays.copyOf(pos, capacity);
            peakI = Arrays.copyOf(peakI, capacity);
            peakF = Arrays.copyOf(peakF, capacity);
            peakFIndex = Arrays.copyOf(peakFIndex, capacity);
            slope = Arrays.copyOf(slope, capacity);
        }
        pos[count] = position;
        peakI[count] = integrated;
        peakF[count] = bandPassed;
        peakFIndex[count] = bandPassedIndex;
        slope[count++] = maxSlope;
    }

    /** The number of QRS complexes detected so far. */
    int detectedCount() {
        return detectedCount;
    }

    /** The index of the band-passed extreme of QRS {@code k}. */
    int detected(int k) {
        return detected[k];
    }

    /** Applies the rules to the candidates added since the last call, once the levels are known. */
    void run() {
        if (!learned) {
            return;
        }
        for (int c = next; c < count; c++) {
            searchBack(pos[c], c);
            if (lastQrs >= 0 && pos[c] - lastQrs < refractory) {
                continue;
            }
            boolean irregular = halveThresholdsWhenIrregular && irregular();
            double thi1 = npki + 0.25 * (spki - npki);
            double thf1 = npkf + 0.25 * (spkf - npkf);
            if (irregular) {
                thi1 *= 0.5;
                thf1 *= 0.5;
            }
            double v = peakI[c];
            if (v > thi1 && peakF[c] > thf1 && !isTWave(c)) {
                accept(c, false);
            } else {
                npki = 0.125 * v + 0.875 * npki;
                npkf = 0.125 * peakF[c] + 0.875 * npkf;
            }
        }
        next = count;
    }

    /** Applies the rules to the last candidates and searches back from the end of a signal of {@code n} samples. */
    void finish(int n) {
        run();
        searchBack(n - 1, count);
    }

    /** While no QRS came within the missed-beat limit before {@code now}, take the best candidate before {@code end}. */
    private void searchBack(int now, int end) {
        while (now - Math.max(lastQrs, 0) > searchBackFactor * rrAverage2) {
            double thi2 = 0.5 * (npki + 0.25 * (spki - npki));
            double thf2 = 0.5 * (npkf + 0.25 * (spkf - npkf));
            int best = -1;
            for (int c = lastQrsCandidate + 1; c < end; c++) {
                if (lastQrs >= 0 && pos[c] - lastQrs < refractory) {
                    continue;
                }
                double v = peakI[c];
                if (v > thi2 && peakF[c] > thf2 && (best < 0 || v > peakI[best]) && !isTWave(c)) {
                    best = c;
                }
            }
            if (best < 0) {
                return;
            }
            accept(best, true);
        }
    }

    private boolean isTWave(int c) {
        return lastQrs >= 0 && pos[c] - lastQrs < tWave && slope[c] < tWaveSlopeRatio * lastSlope;
    }

    private boolean irregular() {
        if (rr1Count < RR_COUNT) {
            return false;
        }
        double low = 0.92 * rrAverage2;
        double high = 1.16 * rrAverage2;
        for (double rr : rr1) {
            if (rr < low || rr > high) {
                return true;
            }
        }
        return false;
    }

    private void accept(int c, boolean searchBack) {
        double v = peakI[c];
        double weight = searchBack ? 0.25 : 0.125;
        spki = weight * v + (1 - weight) * spki;
        spkf = weight * peakF[c] + (1 - weight) * spkf;
        if (lastQrs >= 0) {
            updateRr(pos[c] - lastQrs);
        }
        lastQrs = pos[c];
        lastQrsCandidate = c;
        lastSlope = slope[c];
        if (detectedCount == detected.length) {
            detected = Arrays.copyOf(detected, detectedCount * 2);
        }
        detected[detectedCount++] = peakFIndex[c];
    }

    private void updateRr(double rr) {
        rr1[rr1Next] = rr;
        rr1Next = (rr1Next + 1) % RR_COUNT;
        rr1Count = Math.min(RR_COUNT, rr1Count + 1);
        rrAverage1 = mean(rr1, rr1Count);
        if (rr2Count == 0 || (rr >= 0.92 * rrAverage2 && rr <= 1.16 * rrAverage2)) {
            rr2[rr2Next] = rr;
            rr2Next = (rr2Next + 1) % RR_COUNT;
            rr2Count = Math.min(RR_COUNT, rr2Count + 1);
            rrAverage2 = mean(rr2, rr2Count);
            outsideInRow = 0;
        } else if (++outsideInRow >= RR_COUNT) {
            System.arraycopy(rr1, 0, rr2, 0, RR_COUNT);
            rr2Count = rr1Count;
            rr2Next = rr1Next;
            rrAverage2 = rrAverage1;
            outsideInRow = 0;
        }
    }

    private static double mean(double[] a, int count) {
        double s = 0;
        for (int i = 0; i < count; i++) {
            s += a[i];
        }
        return s / count;
    }
}
