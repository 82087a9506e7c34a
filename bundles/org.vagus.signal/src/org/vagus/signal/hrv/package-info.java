/**
 * Heart rate variability: standard measures and the time-varying nHF course of the seed study.
 * <ul>
 * <li>{@link org.vagus.signal.hrv.RrIntervals}: beats (times in s) and intervals (ms) with NN flags, from an RR list,
 * R peaks or beat annotations.</li>
 * <li>{@link org.vagus.signal.hrv.Resampler}: to an evenly sampled series (4 Hz, linear or cubic spline) with gaps
 * masked; {@link org.vagus.signal.hrv.Detrending}: 0.02 Hz zero-phase high-pass or smoothness priors.</li>
 * <li>{@link org.vagus.signal.hrv.TvarModel}: time-varying AR model, Kalman filter and RTS smoother (Tarvainen et al.
 * 2006); {@link org.vagus.signal.hrv.HrvTimeCourse}: VLF, LF, HF, nHF over time;
 * {@link org.vagus.signal.hrv.TimeVaryingHrv}: the whole pipeline.</li>
 * <li>{@link org.vagus.signal.hrv.EventEpochs}: event-locked, baseline-corrected epochs on the 50 ms grid and
 * per-participant averages.</li>
 * <li>{@link org.vagus.signal.hrv.StandardHrv}: time domain, Poincare, Welch and Burg spectra (Task Force 1996).</li>
 * </ul>
 * Plain Java on EJML (matrix work) and Commons Math (FFT, interpolation, statistics); no OSGi API. Absolute powers
 * are in ms^2, normalised powers are fractions 0..1.
 *
 * @since 0.1.0
 */
package org.vagus.signal.hrv;
