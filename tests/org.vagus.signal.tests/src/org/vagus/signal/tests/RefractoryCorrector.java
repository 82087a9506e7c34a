package org.vagus.signal.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vagus.signal.ArtefactCorrector;
import org.vagus.signal.Parameters;
import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.ArtefactType;
import org.vagus.signal.beats.BeatAction;
import org.vagus.signal.beats.BeatReport;
import org.vagus.signal.beats.BeatTimes;

/**
 * The third-party corrector of the example in {@code schema/processors.exsd}, compiled and run here so the
 * example stays true ({@link ProcessorsTest} checks that the schema shows this code).
 */
public final class RefractoryCorrector implements ArtefactCorrector {
    private final double minIntervalMs;

    public RefractoryCorrector() { this(250); }
    public RefractoryCorrector(double minIntervalMs) { this.minIntervalMs = minIntervalMs; }

    public String id() { return "org.example.vagus.refractory"; }
    public String name() { return "Refractory filter"; }
    public Parameters parameters() { return Parameters.empty().with("min_interval_ms", minIntervalMs); }

    public RefractoryCorrector withParameters(Map<String, String> values) {
        for (String k : values.keySet()) {
            if (!k.equals("min_interval_ms")) throw new IllegalArgumentException("unknown parameter " + k);
        }
        return new RefractoryCorrector(Double.parseDouble(values.getOrDefault("min_interval_ms", "" + minIntervalMs)));
    }

    public ArtefactCorrection correct(BeatTimes beats) {
        double[] kept = new double[beats.count()];
        List<BeatReport> report = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < beats.count(); i++) {
            double t = beats.seconds(i);
            boolean extra = n > 0 && (t - kept[n - 1]) * 1000 < minIntervalMs;
            if (!extra) kept[n++] = t;
            report.add(new BeatReport(i, t, extra ? Double.NaN : t, extra ? Set.of(ArtefactType.EXTRA) : Set.of(),
                    extra ? BeatAction.DELETED : BeatAction.KEPT, extra ? 1 : 0));
        }
        Parameters p = beats.parameters().with("artefacts.method", id())
                .with("artefacts.min_interval_ms", minIntervalMs);
        BeatTimes corrected = new BeatTimes(Arrays.copyOf(kept, n), beats.sourceRate().orElse(null), p);
        return new ArtefactCorrection(beats, corrected, report, List.of(beats.count() - n), beats.count() > n ? 1 : 0);
    }
}
