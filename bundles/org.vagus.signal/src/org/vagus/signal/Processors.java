package org.vagus.signal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.vagus.signal.beats.LipponenTarvainen;

/**
 * The swappable processing steps an analysis can choose from by id: R-peak detectors and artefact correctors.
 * Plain Java and immutable: {@link #builtIn()} holds this bundle's steps; the registry reader of the extension
 * point {@code org.vagus.signal.processors} ({@link org.vagus.signal.registry.ProcessorExtensionReader}) adds the
 * contributed ones at the edge, and the result is passed to the code that runs an analysis.
 *
 * @since 0.1.0
 */
public final class Processors {
    /** The id of the built-in detector, {@link PanTompkins}. */
    public static final String PAN_TOMPKINS = "org.vagus.signal.pan-tompkins";

    private final Map<String, PeakDetector> detectors;
    private final Map<String, ArtefactCorrector> correctors;

    private Processors(Map<String, PeakDetector> detectors, Map<String, ArtefactCorrector> correctors) {
        this.detectors = detectors;
        this.correctors = correctors;
    }

    /** No steps at all. */
    public static Processors empty() {
        return new Processors(Map.of(), Map.of());
    }

    /** Pan-Tompkins ({@value #PAN_TOMPKINS}) and Lipponen &amp; Tarvainen ({@value LipponenTarvainen#ID}). */
    public static Processors builtIn() {
        return empty().withDetector(PAN_TOMPKINS, new PanTompkins()).withCorrector(new LipponenTarvainen());
    }

    /**
     * A copy with one more detector.
     *
     * @throws IllegalArgumentException if the id is blank or already taken
     */
    public Processors withDetector(String id, PeakDetector detector) {
        Objects.requireNonNull(detector, "detector");
        checkId(id, detectors.containsKey(id) || correctors.containsKey(id));
        Map<String, PeakDetector> d = new LinkedHashMap<>(detectors);
        d.put(id, detector);
        return new Processors(d, correctors);
    }

    /**
     * A copy with one more artefact corrector, registered under its {@link ArtefactCorrector#id()}.
     *
     * @throws IllegalArgumentException if the id is blank or already taken
     */
    public Processors withCorrector(ArtefactCorrector corrector) {
        String id = Objects.requireNonNull(corrector, "corrector").id();
        checkId(id, detectors.containsKey(id) || correctors.containsKey(id));
        Map<String, ArtefactCorrector> c = new LinkedHashMap<>(correctors);
        c.put(id, corrector);
        return new Processors(detectors, c);
    }

    private static void checkId(String id, boolean taken) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a processing step needs a non-blank id");
        }
        if (taken) {
            throw new IllegalArgumentException("a processing step with id '" + id + "' is already registered");
        }
    }

    public Optional<PeakDetector> detector(String id) {
        return Optional.ofNullable(detectors.get(id));
    }

    public Optional<ArtefactCorrector> corrector(String id) {
        return Optional.ofNullable(correctors.get(id));
    }

    /** The detector ids in registration order. */
    public List<String> detectorIds() {
        return List.copyOf(detectors.keySet());
    }

    /** The corrector ids in registration order. */
    public List<String> correctorIds() {
        return List.copyOf(correctors.keySet());
    }

    @Override
    public String toString() {
        return "Processors[detectors " + detectors.keySet() + ", correctors " + correctors.keySet() + "]";
    }
}
