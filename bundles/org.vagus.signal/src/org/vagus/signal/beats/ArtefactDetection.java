package org.vagus.signal.beats;

import java.util.Optional;

/**
 * One detection pass of Lipponen &amp; Tarvainen (J Med Eng Technol 43:173-181, 2019) over an
 * interval series: the time-varying thresholds, the normalised features and the class of every interval.
 * Interval {@code j} runs from beat {@code j} to beat {@code j + 1}.
 * <ul>
 * <li>dRR<sub>j</sub> = RR<sub>j</sub> - RR<sub>j-1</sub> (dRR<sub>0</sub> = 0), the second difference of the
 * beat times centred on beat {@code j};</li>
 * <li>Th1<sub>j</sub> = &alpha; QD, QD = (Q3 - Q1) / 2 of |dRR| over the centred 91-beat window (&alpha; =
 * 5.2); the feature is dRR / Th1;</li>
 * <li>mRR<sub>j</sub> = RR<sub>j</sub> - med<sub>11</sub>(RR)<sub>j</sub>, negative values doubled;
 * Th2 from |mRR| as Th1 from |dRR|; the feature is mRR / Th2;</li>
 * <li>S11 = dRR<sub>j</sub>; S12 = max(dRR<sub>j-1</sub>, dRR<sub>j+1</sub>) if dRR<sub>j</sub> &gt; 0, else
 * the min; S22 = min(dRR<sub>j+1</sub>, dRR<sub>j+2</sub>) if dRR<sub>j</sub> &ge; 0, else the max;
 * missing neighbours at the ends count as 0;</li>
 * <li>ectopic: (S11 &gt; 1 and S12 &lt; -c1 S11 - c2) or (S11 &lt; -1 and S12 &gt; -c1 S11 + c2), c1 = 0.13,
 * c2 = 0.17; otherwise long: (S11 &gt; 1 and S22 &lt; -1) or mRR/Th2 &gt; 3; short: (S11 &lt; -1 and
 * S22 &gt; 1) or mRR/Th2 &lt; -3 (if both hold, the sign of mRR decides);</li>
 * <li>a long interval is a missed beat if |RR<sub>j</sub>/2 - med<sub>j</sub>| &lt; Th2<sub>j</sub>; a short
 * one is an extra beat if |RR<sub>j</sub> + RR<sub>j+1</sub> - med<sub>j</sub>| &lt; Th2<sub>j</sub>, and then
 * interval {@code j + 1}, the other half of the split interval, is not classified on its own.</li>
 * </ul>
 * The beat each class points at: an ectopic interval {@code j} at beat {@code j} (the centre of the
 * short-long pattern), a long or short interval at beat {@code j + 1} (the beat that ends it, moved when it is
 * re-timed), an extra interval at beat {@code j + 1} (the detection that splits the interval); a missed
 * interval at the gap between beats {@code j} and {@code j + 1}.
 * <p>
 * Thresholds are never below {@link LipponenTarvainen.Settings#thresholdFloorMs()} nor
 * {@link LipponenTarvainen.Settings#thresholdFloorSamplePeriods()} (Vagus guards, not in the paper, against a
 * zero or rounding-dominated quartile deviation).
 *
 * @since 0.1.0
 */
public final class ArtefactDetection {
    private static final ArtefactType[] TYPES = ArtefactType.values();

    private final double[] rr;
    private final double[] median;
    private final double[] th1;
    private final double[] th2;
    private final double[] dn;
    private final double[] mn;
    /** 0 for a clean interval, else the ordinal + 1 of its {@link ArtefactType}. */
    private final byte[] type;
    private final int artefacts;

    private ArtefactDetection(double[] rr, double[] median, double[] th1, double[] th2, double[] dn, double[] mn,
            byte[] type, int artefacts) {
        this.rr = rr;
        this.median = median;
        this.th1 = th1;
        this.th2 = th2;
        this.dn = dn;
        this.mn = mn;
        this.type = type;
        this.artefacts = artefacts;
    }

    /**
     * Runs one detection pass over the first {@code nBeats} beat times (seconds) of {@code t}, with thresholds
     * not below {@code floor} seconds.
     */
    static ArtefactDetection run(double[] t, int nBeats, LipponenTarvainen.Settings s, double floor) {
        int n = Math.max(0, nBeats - 1);
        double[] rr = new double[n];
        for (int j = 0; j < n; j++) {
            rr[j] = t[j + 1] - t[j];
        }
        double[] drr = new double[n];
        double[] abs = new double[n];
        for (int j = 1; j < n; j++) {
            drr[j] = rr[j] - rr[j - 1];
            abs[j] = Math.abs(drr[j]);
        }
        int halfTh = s.thresholdWindowBeats() / 2;
        double[] th1 = RollingQuantile.quartileDeviation(abs, halfTh);
        double[] median = RollingQuantile.centred(rr, s.medianWindowBeats() / 2, 0.5);
        double[] mrr = new double[n];
        for (int j = 0; j < n; j++) {
            double m = rr[j] - median[j];
            mrr[j] = m < 0 ? 2 * m : m;
            abs[j] = Math.abs(mrr[j]);
        }
        double[] th2 = RollingQuantile.quartileDeviation(abs, halfTh);
        double[] dn = new double[n];
        double[] mn = new double[n];
        for (int j = 0; j < n; j++) {
            th1[j] = Math.max(s.alpha() * th1[j], floor);
            th2[j] = Math.max(s.alpha() * th2[j], floor);
            dn[j] = drr[j] / th1[j];
            mn[j] = mrr[j] / th2[j];
        }
        byte[] type = new byte[n];
        int count = classify(rr, median, th2, dn, mn, s, type);
        return new ArtefactDetection(rr, median, th1, th2, dn, mn, type, count);
    }

    private static int classify(double[] rr, double[] median, double[] th2, double[] dn, double[] mn,
            LipponenTarvainen.Settings s, byte[] type) {
        int n = rr.length;
        double c1 = s.c1();
        double c2 = s.c2();
        double limit = s.medianLimit();
        int count = 0;
        for (int j = 0; j < n; j++) {
            double s11 = dn[j];
            double prev = j > 0 ? dn[j - 1] : 0;
            double next = j + 1 < n ? dn[j + 1] : 0;
            double next2 = j + 2 < n ? dn[j + 2] : 0;
            double s12 = s11 > 0 ? Math.max(prev, next) : Math.min(prev, next);
            double s22 = s11 >= 0 ? Math.min(next, next2) : Math.max(next, next2);
            if ((s11 > 1 && s12 < -c1 * s11 - c2) || (s11 < -1 && s12 > -c1 * s11 + c2)) {
                type[j] = code(ArtefactType.ECTOPIC);
                count++;
                continue;
            }
            boolean isLong = (s11 > 1 && s22 < -1) || mn[j] > limit;
            boolean isShort = (s11 < -1 && s22 > 1) || mn[j] < -limit;
            if (isLong && isShort) {
                isLong = mn[j] > 0;
                isShort = !isLong;
            }
            if (isLong) {
                type[j] = code(Math.abs(rr[j] / 2 - median[j]) < th2[j] ? ArtefactType.MISSED : ArtefactType.LONG);
                count++;
            } else if (isShort) {
                if (j + 1 < n && Math.abs(rr[j] + rr[j + 1] - median[j]) < th2[j]) {
                    type[j] = code(ArtefactType.EXTRA);
                    j++; // the second half of the split interval belongs to the same artefact
                } else {
                    type[j] = code(ArtefactType.SHORT);
                }
                count++;
            }
        }
        return count;
    }

    private static byte code(ArtefactType t) {
        return (byte) (t.ordinal() + 1);
    }

    /** The number of intervals (one less than the number of beats). */
    public int intervalCount() {
        return rr.length;
    }

    /** The number of intervals classified as an artefact. */
    public int artefactCount() {
        return artefacts;
    }

    /** The class of interval {@code j}, empty if it is clean. */
    public Optional<ArtefactType> type(int j) {
        return type[j] == 0 ? Optional.empty() : Optional.of(TYPES[type[j] - 1]);
    }

    /** Interval {@code j} in milliseconds. */
    public double rrMillis(int j) {
        return rr[j] * 1000;
    }

    /** The 11-beat running median of the intervals at {@code j}, in milliseconds. */
    public double medianMillis(int j) {
        return median[j] * 1000;
    }

    /** Th1 at {@code j} in milliseconds (&alpha; times the quartile deviation of |dRR|, at least the floor). */
    public double threshold1Millis(int j) {
        return th1[j] * 1000;
    }

    /** Th2 at {@code j} in milliseconds (&alpha; times the quartile deviation of |mRR|, at least the floor). */
    public double threshold2Millis(int j) {
        return th2[j] * 1000;
    }

    /** dRR / Th1 at {@code j} (dimensionless; |value| &gt; 1 is a suspicious jump). */
    public double dRRNormalised(int j) {
        return dn[j];
    }

    /** mRR / Th2 at {@code j} (dimensionless; |value| &gt; 3 is far from the local median). */
    public double mRRNormalised(int j) {
        return mn[j];
    }

    /** dRR / Th1 without a bounds check on the class, for the correction in this package. */
    double rawDn(int j) {
        return dn[j];
    }

    /** The byte codes, for the correction in this package. */
    byte rawType(int j) {
        return type[j];
    }
}
