package org.vagus.devices.acquisition;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where an acquisition is recorded.
 *
 * @param dataFile the BIDS physio data file to create, {@code *_physio.tsv.gz} (its sidecar {@code *_physio.json}
 *            goes beside it); must not exist
 * @param markersFile an events-compatible TSV for the markers ({@code *_events.tsv}), written on finish, or null
 * @param metadata extra sidecar fields (by convention named {@code Vagus...}), copied
 * @since 0.1.0
 */
public record RecordingTarget(Path dataFile, Path markersFile, Map<String, Object> metadata) {
    /** Checks and copies. */
    public RecordingTarget {
        Objects.requireNonNull(dataFile, "data file");
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metadata)));
    }

    /**
     * @param dataFile the physio data file
     * @return a target without a markers file or metadata
     */
    public static RecordingTarget of(Path dataFile) {
        return new RecordingTarget(dataFile, null, Map.of());
    }

    /**
     * @param file the markers file
     * @return a copy that writes the markers to this file
     */
    public RecordingTarget withMarkersFile(Path file) {
        return new RecordingTarget(dataFile, file, metadata);
    }
}
