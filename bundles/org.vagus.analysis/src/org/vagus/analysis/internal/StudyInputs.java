package org.vagus.analysis.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.vagus.core.model.Participant;

/**
 * Finds what an analysis reads in a study folder: for every participant, its physio recordings
 * ({@code *_physio.tsv.gz} with the {@code *_physio.json} sidecar) anywhere below {@code sub-<label>/} up to a
 * datatype folder ({@code sub-01/ses-01/}, {@code sub-01/ses-01/beh/}, or {@code sub-01/} without sessions), and
 * beside each recording its events file and its manual edit layer:
 * <ul>
 * <li>events: {@code X_events.tsv} for {@code X_physio.tsv.gz}; if {@code X} ends in a {@code _recording-<label>}
 * entity (BIDS names several physio files of one run that way) and no such file exists, the events file of the
 * run without it;</li>
 * <li>manual edits: {@code X_beatedits.tsv} ({@link org.vagus.signal.beats.BeatEditsTsv}).</li>
 * </ul>
 * Recordings are listed in path order, so the order (and every result built from it) does not depend on the
 * file system.
 */
public final class StudyInputs {
    /** The suffix of a BIDS physio data file. */
    public static final String PHYSIO_SUFFIX = "_physio.tsv.gz";
    /** The suffix of a BIDS events file. */
    public static final String EVENTS_SUFFIX = "_events.tsv";
    /** The suffix of a manual edit layer. */
    public static final String BEAT_EDITS_SUFFIX = "_beatedits.tsv";
    /** sub-X / ses-Y / datatype / file. */
    private static final int MAX_DEPTH = 3;

    private StudyInputs() {
    }

    /**
     * One physio recording with the files beside it.
     *
     * @param physio the data file
     * @param events the events file, or null if there is none
     * @param beatEdits the manual edit layer, or null if there is none
     */
    public record RecordingInput(Path physio, Path events, Path beatEdits) {
        public RecordingInput {
            Objects.requireNonNull(physio, "physio");
        }
    }

    /**
     * A participant with its recordings.
     *
     * @param participant the participant as participants.tsv and the folders describe it
     * @param recordings its recordings, in path order
     */
    public record ParticipantInput(Participant participant, List<RecordingInput> recordings) {
        public ParticipantInput {
            Objects.requireNonNull(participant, "participant");
            recordings = List.copyOf(recordings);
        }
    }

    /**
     * The inputs of every participant.
     *
     * @param studyDir the study folder
     * @param participants the study's participants, in participants.tsv order
     * @param task the BIDS task label a recording must carry, or null for all
     */
    public static List<ParticipantInput> scan(Path studyDir, List<Participant> participants, String task)
            throws IOException {
        List<ParticipantInput> out = new ArrayList<>();
        for (Participant p : participants) {
            out.add(new ParticipantInput(p, recordings(studyDir.resolve(p.bidsName()), task)));
        }
        return out;
    }

    /** The recordings below one participant folder. */
    public static List<RecordingInput> recordings(Path participantDir, String task) throws IOException {
        if (!Files.isDirectory(participantDir)) {
            return List.of();
        }
        List<Path> physio;
        try (Stream<Path> files = Files.walk(participantDir, MAX_DEPTH)) {
            physio = files.filter(f -> f.getFileName().toString().endsWith(PHYSIO_SUFFIX))
                    .filter(f -> task == null || hasTask(f.getFileName().toString(), task))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        List<RecordingInput> out = new ArrayList<>();
        for (Path f : physio) {
            out.add(new RecordingInput(f, eventsFor(f), beatEditsFor(f)));
        }
        return out;
    }

    private static boolean hasTask(String name, String task) {
        return name.startsWith("task-" + task + "_") || name.contains("_task-" + task + "_");
    }

    /** The stem {@code X} of {@code X_physio.tsv.gz}. */
    static String stem(Path physio) {
        String name = physio.getFileName().toString();
        return name.substring(0, name.length() - PHYSIO_SUFFIX.length());
    }

    /** The events file of a recording, or null if there is none. */
    public static Path eventsFor(Path physio) {
        String stem = stem(physio);
        Path same = physio.resolveSibling(stem + EVENTS_SUFFIX);
        if (Files.isRegularFile(same)) {
            return same;
        }
        int r = stem.lastIndexOf("_recording-");
        if (r >= 0 && stem.indexOf('_', r + 1) < 0) {
            Path run = physio.resolveSibling(stem.substring(0, r) + EVENTS_SUFFIX);
            if (Files.isRegularFile(run)) {
                return run;
            }
        }
        return null;
    }

    /** The manual edit layer of a recording, or null if there is none. */
    public static Path beatEditsFor(Path physio) {
        Path edits = physio.resolveSibling(stem(physio) + BEAT_EDITS_SUFFIX);
        return Files.isRegularFile(edits) ? edits : null;
    }

    /** A path relative to the study folder with '/' separators, as results and provenance name files. */
    public static String relative(Path studyDir, Path file) {
        Path rel = studyDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return rel.toString().replace(java.io.File.separatorChar, '/');
    }
}
