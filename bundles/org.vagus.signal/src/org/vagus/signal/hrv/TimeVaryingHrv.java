package org.vagus.signal.hrv;

import java.util.Objects;

/**
 * The seed study's time-varying HRV pipeline: NN intervals linearly interpolated to 4 Hz, detrended by a 0.02 Hz
 * zero-phase high-pass, a TVAR(12) model with a Kalman smoother ({@link TvarModel}), band powers and nHF at every
 * sample. Each step is configurable.
 *
 * @param resampler intervals to an evenly sampled series
 * @param detrending the detrending
 * @param tvar the TVAR settings
 * @since 0.1.0
 */
public record TimeVaryingHrv(Resampler resampler, Detrending detrending, TvarOptions tvar) {
    public TimeVaryingHrv {
        Objects.requireNonNull(resampler, "resampler");
        Objects.requireNonNull(detrending, "detrending");
        Objects.requireNonNull(tvar, "tvar");
    }

    /** 4 Hz linear, 0.02 Hz high-pass, {@link TvarOptions#defaults()}. */
    public static TimeVaryingHrv defaults() {
        return new TimeVaryingHrv(Resampler.defaults(), Detrending.defaults(), TvarOptions.defaults());
    }

    /** The detrended evenly sampled series the model is fitted to. */
    public UniformSeries series(RrIntervals rr) {
        return detrending.apply(resampler.resample(rr));
    }

    /** The fitted model. */
    public TvarFit fit(RrIntervals rr) {
        return new TvarModel(tvar).fit(series(rr));
    }

    /** Band powers and nHF over time. */
    public HrvTimeCourse analyse(RrIntervals rr) {
        return fit(rr).bandPowers();
    }
}
