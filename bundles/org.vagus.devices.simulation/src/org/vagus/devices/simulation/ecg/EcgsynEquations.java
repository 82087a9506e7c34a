package org.vagus.devices.simulation.ecg;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * The three coupled ordinary differential equations of ECGSYN (McSharry et al., IEEE Trans Biomed Eng
 * 50:289-294, 2003, eq. 1 and 2), with state {@code (x, y, z)}:
 *
 * <pre>
 * dx/dt = alpha x - omega y
 * dy/dt = alpha y + omega x
 * dz/dt = - sum_i a_i dtheta_i exp(-dtheta_i^2 / (2 b_i^2)) - (z - z0(t))
 * alpha = 1 - sqrt(x^2 + y^2),  theta = atan2(y, x),  dtheta_i = (theta - theta_i) wrapped to [-pi, pi)
 * z0(t) = A sin(2 pi f_resp t + phi)
 * </pre>
 *
 * The trajectory circles the unit limit cycle in the (x, y) plane once per RR interval ({@code omega = 2 pi / RR},
 * set per beat with {@link #setAngularSpeed(double)}); z, the ECG in model units, is pushed up or down as the angle
 * passes each wave's Gaussian event and relaxes towards the respiratory baseline {@code z0}. Terms of events more
 * than eight widths away ({@code exp(-32)}, below 1e-13 of the event) are skipped; the rest is the published system.
 * <p>
 * Not thread-safe: {@code omega} is state. Implements Commons Math's {@link FirstOrderDifferentialEquations} so its
 * integrators can be used; {@link #derivatives(double, double, double, double, double[])} is the allocation-free
 * form used by the fast fixed-step integrator.
 *
 * @since 0.1.0
 */
public final class EcgsynEquations implements FirstOrderDifferentialEquations {
    private static final double TWO_PI = 2 * Math.PI;
    /** Events are evaluated within this many widths of their angle. */
    private static final double CUTOFF_WIDTHS = 8;

    private final double[] theta = new double[WaveMorphology.WAVES];
    private final double[] a = new double[WaveMorphology.WAVES];
    private final double[] halfInvB2 = new double[WaveMorphology.WAVES];
    private final double[] cutoff2 = new double[WaveMorphology.WAVES];
    private final double baselineAmplitude;
    private final double respirationRadPerS;
    private final double respirationPhase;
    private double omega;

    /**
     * @param morphology the wave events (already scaled for the heart rate if wanted)
     * @param baselineAmplitude {@code A} of the respiratory baseline, in model units (0 for none)
     * @param respirationHz the respiration frequency {@code f_resp}, in Hz
     * @param respirationPhase the phase {@code phi} of the baseline, in radians
     * @param omega the initial angular speed, in rad/s
     */
    public EcgsynEquations(WaveMorphology morphology, double baselineAmplitude, double respirationHz,
            double respirationPhase, double omega) {
        for (int i = 0; i < WaveMorphology.WAVES; i++) {
            theta[i] = morphology.angleRad(i);
            a[i] = morphology.amplitude(i);
            double b = morphology.widthRad(i);
            halfInvB2[i] = 0.5 / (b * b);
            double c = CUTOFF_WIDTHS * b;
            cutoff2[i] = c * c;
        }
        this.baselineAmplitude = baselineAmplitude;
        this.respirationRadPerS = TWO_PI * respirationHz;
        this.respirationPhase = respirationPhase;
        setAngularSpeed(omega);
    }

    /** Sets {@code omega}, the angular speed on the limit cycle in rad/s ({@code 2 pi / RR}). */
    public void setAngularSpeed(double radPerS) {
        if (!(radPerS > 0) || Double.isInfinite(radPerS)) {
            throw new IllegalArgumentException("angular speed: " + radPerS + " rad/s, expected a finite value > 0");
        }
        omega = radPerS;
    }

    /** The current angular speed, in rad/s. */
    public double angularSpeed() {
        return omega;
    }

    /** The respiratory baseline {@code z0(t)}, in model units. */
    public double baseline(double t) {
        return baselineAmplitude == 0 ? 0 : baselineAmplitude * Math.sin(respirationRadPerS * t + respirationPhase);
    }

    @Override
    public int getDimension() {
        return 3;
    }

    @Override
    public void computeDerivatives(double t, double[] state, double[] derivative) {
        derivatives(t, state[0], state[1], state[2], derivative);
    }

    /** The derivatives at time {@code t} (s) and state {@code (x, y, z)}, written to {@code out[0..2]}. */
    public void derivatives(double t, double x, double y, double z, double[] out) {
        double alpha = 1 - Math.sqrt(x * x + y * y);
        out[0] = alpha * x - omega * y;
        out[1] = alpha * y + omega * x;
        double angle = Math.atan2(y, x);
        double force = 0;
        for (int i = 0; i < WaveMorphology.WAVES; i++) {
            double d = angle - theta[i];
            if (d < -Math.PI) {
                d += TWO_PI;
            } else if (d >= Math.PI) {
                d -= TWO_PI;
            }
            double d2 = d * d;
            if (d2 < cutoff2[i]) {
                force += a[i] * d * Math.exp(-d2 * halfInvB2[i]);
            }
        }
        out[2] = -force - (z - baseline(t));
    }
}
