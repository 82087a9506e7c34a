package org.vagus.devices.simulation.ecg;

import java.util.Arrays;

/**
 * The PQRST morphology of the ECGSYN model (McSharry et al., A dynamical model for generating synthetic
 * electrocardiogram signals, IEEE Trans Biomed Eng 50:289-294, 2003, Table I): for each of the five waves P, Q,
 * R, S and T, its angle on the limit cycle (R at 0), the amplitude {@code a_i} and the width {@code b_i} of its
 * Gaussian event in the z equation. Immutable.
 * <p>
 * Amplitudes are in the model's own units (the z equation is scaled to millivolts afterwards, see
 * {@link EcgsynParameters#rPeakMv()}); angles and widths are in radians on the limit cycle, where one turn is one
 * RR interval.
 *
 * @since 0.1.0
 */
public final class WaveMorphology {
    /** The number of waves: P, Q, R, S, T. */
    public static final int WAVES = 5;

    /** Wave names in the order of the arrays. */
    public static final String[] NAMES = {"P", "Q", "R", "S", "T"};

    private static final WaveMorphology STANDARD = ofDegrees(new double[] {-70, -15, 0, 15, 100},
            new double[] {1.2, -5, 30, -7.5, 0.75}, new double[] {0.25, 0.1, 0.1, 0.1, 0.4});

    private final double[] anglesRad;
    private final double[] amplitudes;
    private final double[] widthsRad;

    private WaveMorphology(double[] anglesRad, double[] amplitudes, double[] widthsRad) {
        this.anglesRad = anglesRad;
        this.amplitudes = amplitudes;
        this.widthsRad = widthsRad;
    }

    /**
     * The published normal-sinus-rhythm morphology at 60 bpm: angles -70, -15, 0, 15, 100 degrees, amplitudes 1.2,
     * -5, 30, -7.5, 0.75 and widths 0.25, 0.1, 0.1, 0.1, 0.4 rad.
     */
    public static WaveMorphology standard() {
        return STANDARD;
    }

    /**
     * A morphology from angles in degrees (each in (-180, 180]), amplitudes and widths in radians, each array
     * holding P, Q, R, S, T in that order.
     *
     * @throws IllegalArgumentException if an array does not hold five finite values, an angle is out of range or
     *             a width is not positive
     */
    public static WaveMorphology ofDegrees(double[] anglesDeg, double[] amplitudes, double[] widthsRad) {
        double[] rad = check("angles", anglesDeg).clone();
        for (int i = 0; i < WAVES; i++) {
            if (!(rad[i] > -180 && rad[i] <= 180)) {
                throw new IllegalArgumentException("angle of the " + NAMES[i] + " wave: " + rad[i]
                        + " degrees, expected a value in (-180, 180]");
            }
            rad[i] = Math.toRadians(rad[i]);
        }
        double[] a = check("amplitudes", amplitudes).clone();
        double[] b = check("widths", widthsRad).clone();
        for (int i = 0; i < WAVES; i++) {
            if (!(b[i] > 0)) {
                throw new IllegalArgumentException("width of the " + NAMES[i] + " wave: " + b[i]
                        + " rad, expected a value > 0");
            }
        }
        return new WaveMorphology(rad, a, b);
    }

    private static double[] check(String what, double[] values) {
        if (values == null || values.length != WAVES) {
            throw new IllegalArgumentException(what + ": expected 5 values (P, Q, R, S, T), got "
                    + (values == null ? "none" : values.length));
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + ": " + Arrays.toString(values) + " holds a non-finite value");
            }
        }
        return values;
    }

    /**
     * This morphology adapted to a mean heart rate as ECGSYN does, so that the waves keep realistic durations in
     * seconds (QT shortening less than RR): with {@code alpha = sqrt(bpm / 60)} the widths are multiplied by
     * {@code alpha}, the Q and S angles by {@code alpha}, the P and T angles by {@code sqrt(alpha)}; R stays at its
     * angle. At 60 bpm this is the identity.
     *
     * @throws IllegalArgumentException if {@code bpm} is not in (0, 300]
     */
    public WaveMorphology scaledForHeartRate(double bpm) {
        if (!(bpm > 0 && bpm <= 300)) {
            throw new IllegalArgumentException("heart rate " + bpm + " bpm, expected a value in (0, 300]");
        }
        double alpha = Math.sqrt(bpm / 60);
        double sqrtAlpha = Math.sqrt(alpha);
        double[] angleFactor = {sqrtAlpha, alpha, 1, alpha, sqrtAlpha};
        double[] rad = new double[WAVES];
        double[] b = new double[WAVES];
        for (int i = 0; i < WAVES; i++) {
            rad[i] = wrap(anglesRad[i] * angleFactor[i]);
            b[i] = widthsRad[i] * alpha;
        }
        return new WaveMorphology(rad, amplitudes.clone(), b);
    }

    private static double wrap(double angle) {
        double a = angle;
        while (a > Math.PI) {
            a -= 2 * Math.PI;
        }
        while (a <= -Math.PI) {
            a += 2 * Math.PI;
        }
        return a;
    }

    /** Wave {@code i}'s angle in radians, in (-pi, pi]. */
    public double angleRad(int i) {
        return anglesRad[i];
    }

    /** Wave {@code i}'s amplitude {@code a_i}, in model units. */
    public double amplitude(int i) {
        return amplitudes[i];
    }

    /** Wave {@code i}'s width {@code b_i}, in radians. */
    public double widthRad(int i) {
        return widthsRad[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaveMorphology m && Arrays.equals(anglesRad, m.anglesRad)
                && Arrays.equals(amplitudes, m.amplitudes) && Arrays.equals(widthsRad, m.widthsRad);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(anglesRad) + Arrays.hashCode(amplitudes)) + Arrays.hashCode(widthsRad);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("WaveMorphology[");
        for (int i = 0; i < WAVES; i++) {
            s.append(i == 0 ? "" : ", ").append(NAMES[i]).append(": ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f deg, a=%.3g, b=%.3g rad",
                            Math.toDegrees(anglesRad[i]), amplitudes[i], widthsRad[i]));
        }
        return s.append(']').toString();
    }
}
