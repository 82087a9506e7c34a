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
 * @param durable whether every chunk is forced to disk as it is written (crash-safe against power loss; the
 *            default); false only for recordings that can be regenerated, such as a simulated sensor paced faster
 *            than real time, where thousands of disk syncs would dominate (a killed process still keeps every
 *            finished chunk)
 * @since 0.1.0
 */
public record RecordingTarget(Path dataFile, Path markersFile, Map<String, Object> metadata, boolean durable) {
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

    /** A durable target (every chunk forced to disk). */
    public RecordingTarget(Path dataFile, Path markersFile, Map<String, Object> metadata) {
        this(dataFile, markersFile, metadata, true);
    }

    /**
     * @param on whether chunks are forced to disk
     * @return a copy with this durability
     */
    public RecordingTarget withDurable(boolean on) {
        return new RecordingTarget(dataFile, markersFile, metadata, on);
    }

    /**
     * @param file the markers file
     * @return a copy that writes the markers to this file
     */
    public RecordingTarget withMarkersFile(Path file) {
        return new RecordingTarget(dataFile, file, metadata, durable);
    }
}
