package org.vagus.signal.hrv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Standard short- and long-term HRV of a beat series (Task Force 1996): the time-domain and Poincare measures of
 * {@link TimeDomainHrv}, and the VLF, LF, HF powers (absolute in ms^2, relative, normalised, LF/HF) of a Welch
 * spectrum and of a stationary Burg AR spectrum, both of the evenly resampled NN series. A spectrum that cannot be
 * computed (a recording too short for one Welch segment) is absent and the reason is in {@link #notes()}; nothing is
 * ever NaN.
 *
 * @param timeDomain the time-domain and Poincare measures
 * @param welch the Welch spectrum, if computed
 * @param ar the Burg AR model of the resampled series, if computed
 * @param bands the bands used
 * @param notes why a part is missing, and how many samples were masked
 * @since 0.1.0
 */
public record StandardHrv(TimeDomainHrv timeDomain, Optional<WelchPsd.Spectrum> welch, Optional<ArModel> ar,
        FrequencyBands bands, List<String> notes) {

    public StandardHrv {
        Objects.requireNonNull(timeDomain, "timeDomain");
        Objects.requireNonNull(welch, "welch");
        Objects.requireNonNull(ar, "ar");
        Objects.requireNonNull(bands, "bands");
        notes = List.copyOf(notes);
    }

    /** The Welch band powers, if the spectrum was computed. */
    public Optional<BandPowers> welchPowers() {
        return welch.map(s -> s.bandPowers(bands));
    }

    /** The AR (Burg) band powers, if the model was computed. */
    public Optional<BandPowers> arPowers() {
        return ar.map(m -> m.bandPowers(bands));
    }

    /**
     * The settings of the standard analysis.
     *
     * @param resampler NN series to an evenly sampled series (default: 4 Hz linear, gaps over 4 s masked)
     * @param detrending applied before both spectra (default none: each Welch segment and the AR fit remove the
     *        mean, and VLF stays)
     * @param welch the Welch settings (default 256 s segments, 50 % overlap)
     * @param arOrder the Burg order (default 16)
     * @param bands the bands (default Task Force)
     */
    public record Options(Resampler resampler, Detrending detrending, WelchPsd welch, int arOrder,
            FrequencyBands bands) {
        public Options {
            Objects.requireNonNull(resampler, "resampler");
            Objects.requireNonNull(detrending, "detrending");
            Objects.requireNonNull(welch, "welch");
            Objects.requireNonNull(bands, "bands");
            if (arOrder < 1) {
                throw new IllegalArgumentException("AR order " + arOrder + ": expected >= 1");
            }
        }

        public static Options defaults() {
            return new Options(Resampler.defaults(), Detrending.NONE, WelchPsd.defaults(), Burg.DEFAULT_ORDER,
                    FrequencyBands.taskForce());
        }
    }

    /** Standard HRV with {@link Options#defaults()}. */
    public static StandardHrv of(RrIntervals rr) {
        return of(rr, Options.defaults());
    }

    /**
     * @throws IllegalArgumentException if there are too few beats for the time-domain measures
     */
    public static StandardHrv of(RrIntervals rr, Options options) {
        TimeDomainHrv td = TimeDomainHrv.of(rr, options.resampler().maxGapS());
        List<String> notes = new ArrayList<>();
        Optional<WelchPsd.Spectrum> welch = Optional.empty();
        Optional<ArModel> ar = Optional.empty();
        UniformSeries series = null;
        try {
            series = options.detrending().apply(options.resampler().resample(rr));
            int masked = series.length() - series.validCount();
            if (masked > 0) {
                notes.add(String.format(java.util.Locale.ROOT, "%d of %d resampled samples (%.1f s) lie in gaps"
                        + " longer than %.1f s and are left out of the spectra", masked, series.length(),
                        masked / series.rate().hertz(), options.resampler().maxGapS()));
            }
        } catch (IllegalArgumentException e) {
            notes.add("no spectra: " + e.getMessage());
        }
        if (series != null) {
            try {
                welch = Optional.of(options.welch().estimate(series));
            } catch (IllegalArgumentException e) {
                notes.add("no Welch spectrum: " + e.getMessage());
            }
            try {
                ar = Optional.of(Burg.fit(series, options.arOrder()));
            } catch (IllegalArgumentException e) {
                notes.add("no AR spectrum: " + e.getMessage());
            }
        }
        return new StandardHrv(td, welch, ar, options.bands(), notes);
    }
}
