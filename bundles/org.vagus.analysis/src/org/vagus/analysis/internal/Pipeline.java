package org.vagus.analysis.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.RecipeException;
import org.vagus.core.units.SamplingRate;
import org.vagus.io.bids.EventSelector;
import org.vagus.signal.ArtefactCorrector;
import org.vagus.signal.PanTompkins;
import org.vagus.signal.PeakDetector;
import org.vagus.signal.Processors;
import org.vagus.signal.beats.EpochWindow;
import org.vagus.signal.beats.HeartRate;
import org.vagus.signal.beats.Interpolation;
import org.vagus.signal.hrv.Detrending;
import org.vagus.signal.hrv.EventEpochs;
import org.vagus.signal.hrv.FrequencyBands;
import org.vagus.signal.hrv.Resampler;
import org.vagus.signal.hrv.SmoothnessPriors;
import org.vagus.signal.hrv.TimeVaryingHrv;
import org.vagus.signal.hrv.TvarOptions;
import org.vagus.signal.hrv.ZeroPhaseHighPass;

/**
 * The processing steps a recipe names, built once and shared by every participant (they are immutable and
 * thread-safe): the detector and corrector chosen by id among the installed {@link Processors} and configured by
 * the recipe's settings, the event selection, the epoch window, the heart-rate grid and the HRV pipeline. Problems
 * that depend on the installed steps (an unknown id, a refused setting) are reported here with the recipe's JSON
 * path.
 *
 * @param recipe the recipe
 * @param detector the R-peak detector
 * @param corrector the artefact corrector
 * @param selector the events the epochs are locked to
 * @param window the epoch and baseline window
 * @param heartRate the heart-rate grid
 * @param hrv intervals to nHF over time
 * @param nhfEpochs the nHF epoch grid and baseline
 */
public record Pipeline(Recipe recipe, PeakDetector detector, ArtefactCorrector corrector, EventSelector selector,
        EpochWindow window, HeartRate.Options heartRate, TimeVaryingHrv hrv, EventEpochs nhfEpochs) {

    public Pipeline {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(corrector, "corrector");
    }

    /**
     * Builds the steps.
     *
     * @throws RecipeException for an unknown detector or corrector id or a setting the step refuses
     */
    public static Pipeline of(Recipe r, Processors processors) throws RecipeException {
        Recipe.StepSpec d = r.beats().detector();
        PeakDetector detector = processors.detector(d.id()).orElseThrow(() -> new RecipeException("recipe",
                "$.beats.detector.id", "'" + d.id() + "' is not an installed R-peak detector; installed: "
                        + String.join(", ", processors.detectorIds())));
        detector = configure(detector, d);
        Recipe.StepSpec c = r.beats().corrector();
        ArtefactCorrector corrector = processors.corrector(c.id()).orElseThrow(() -> new RecipeException("recipe",
                "$.beats.corrector.id", "'" + c.id() + "' is not an installed artefact corrector; installed: "
                        + String.join(", ", processors.correctorIds())));
        try {
            corrector = corrector.withParameters(c.settings());
        } catch (IllegalArgumentException e) {
            throw new RecipeException("recipe", "$.beats.corrector.settings", e.getMessage(), e);
        }
        EventSelector selector = new EventSelector(r.events().select());
        Recipe.EpochSpec e = r.epochs();
        EpochWindow window = new EpochWindow(e.startS(), e.endS(), e.baselineStartS(), e.baselineEndS());
        HeartRate.Options hr = new HeartRate.Options(SamplingRate.ofHertz(r.heartRate().gridHz()),
                r.heartRate().interpolation().equals("linear") ? Interpolation.LINEAR : Interpolation.STEP);
        Recipe.HrvSpec h = r.hrv();
        Resampler resampler = new Resampler(h.resampleHz(), h.interpolation().equals("cubic_spline")
                ? Resampler.Interpolation.CUBIC_SPLINE : Resampler.Interpolation.LINEAR, h.maxGapS(),
                Resampler.GapPolicy.MASK);
        Detrending detrending = switch (h.detrending()) {
            case "highpass" -> new ZeroPhaseHighPass(h.detrendingValue());
            case "smoothness_priors" -> new SmoothnessPriors(h.detrendingValue());
            default -> Detrending.NONE;
        };
        TvarOptions tvar = new TvarOptions(h.order(), h.q(), h.qRelative(), h.initialCovariance(),
                h.varianceTimeConstantS(), new FrequencyBands(h.vlfUpperHz(), h.lfUpperHz(), h.hfUpperHz()),
                h.spectralStepHz());
        EventEpochs nhf = new EventEpochs(e.startS(), e.endS(), h.epochStepS(), e.baselineStartS(), e.baselineEndS());
        return new Pipeline(r, detector, corrector, selector, window, hr, new TimeVaryingHrv(resampler, detrending,
                tvar), nhf);
    }

    /** The settings the detector ran with, by the recipe's names (empty for a detector without settings). */
    public Map<String, String> detectorSettings() {
        return detector instanceof PanTompkins pt ? describe(pt.parameters()) : Map.of();
    }

    /**
     * Configures the detector. Detectors have no common way to take settings ({@link PeakDetector} has no
     * {@code withParameters}); Pan-Tompkins takes its {@link PanTompkins.Parameters} by the names below, a
     * contributed detector runs with its defaults and accepts no settings.
     */
    private static PeakDetector configure(PeakDetector detector, Recipe.StepSpec spec) throws RecipeException {
        if (!(detector instanceof PanTompkins pt)) {
            if (!spec.settings().isEmpty()) {
                throw new RecipeException("recipe", "$.beats.detector.settings", "detector '" + spec.id()
                        + "' takes no settings in this version of Vagus; expected {}");
            }
            return detector;
        }
        Map<String, String> m = describe(pt.parameters());
        for (Map.Entry<String, String> s : spec.settings().entrySet()) {
            if (!m.containsKey(s.getKey())) {
                throw new RecipeException("recipe", "$.beats.detector.settings." + s.getKey(), "unknown setting;"
                        + " expected one of " + String.join(", ", m.keySet()));
            }
            m.put(s.getKey(), s.getValue());
        }
        String key = null;
        try {
            double[] v = new double[9];
            String[] names = m.keySet().toArray(new String[0]);
            for (int i = 0; i < 9; i++) {
                key = names[i];
                v[i] = Double.parseDouble(m.get(key));
            }
            key = names[9];
            String b = m.get(key);
            if (!b.equals("true") && !b.equals("false")) {
                throw new IllegalArgumentException("'" + b + "', expected true or false");
            }
            key = null;
            return new PanTompkins(new PanTompkins.Parameters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                    Boolean.parseBoolean(b)));
        } catch (IllegalArgumentException e) {
            String path = "$.beats.detector.settings" + (key == null ? "" : "." + key);
            String detail = e instanceof NumberFormatException ? "'" + m.get(key) + "', expected a number"
                    : e.getMessage();
            throw new RecipeException("recipe", path, detail, e);
        }
    }

    /** Pan-Tompkins parameters by name, in the order of the record (nine numbers, then one flag). */
    static Map<String, String> describe(PanTompkins.Parameters p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("low_cut_hz", num(p.lowCutHz()));
        m.put("high_cut_hz", num(p.highCutHz()));
        m.put("integration_window_s", num(p.integrationWindowS()));
        m.put("refractory_s", num(p.refractoryS()));
        m.put("t_wave_window_s", num(p.tWaveWindowS()));
        m.put("t_wave_slope_ratio", num(p.tWaveSlopeRatio()));
        m.put("search_back_factor", num(p.searchBackFactor()));
        m.put("learning_s", num(p.learningS()));
        m.put("peak_search_s", num(p.peakSearchS()));
        m.put("halve_thresholds_when_irregular", Boolean.toString(p.halveThresholdsWhenIrregular()));
        return m;
    }

    private static String num(double v) {
        return org.vagus.signal.Parameters.format(v);
    }
}
