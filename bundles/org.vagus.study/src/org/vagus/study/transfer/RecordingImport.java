package org.vagus.study.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.io.bids.PhysioWriter;
import org.vagus.study.AtomicFiles;
import org.vagus.study.StudyFolder;

/**
 * Imports a recording read by any {@link org.vagus.io.FormatRegistry format} into a study session as BIDS physio
 * ({@code sub-P_ses-S_task-T_physio.tsv.gz} and {@code .json}), optionally aligning the session's runner events
 * ({@code sub-P_ses-S_task-T_events.tsv}) with it.
 * <p>
 * A failed import leaves the study as it was: everything is first written into a temporary folder under
 * {@code .vagus/} (same file system), the events are aligned there, and only then are the participant and session
 * added if missing and the files moved into the session folder with atomic renames (the events file last, replacing
 * the runner's, whose original is first copied to {@code sourcedata/sub-P/ses-S/}, which BIDS tools ignore). An
 * existing physio file is never overwritten, and events already aligned once (an original in sourcedata) are not
 * aligned again. The caller holds the study's write lock by having opened the {@link StudyFolder} for writing.
 *
 * @since 0.1.0
 */
public final class RecordingImport {
    /** The folder under the study that holds the temporary import folders. */
    public static final String TEMP_PARENT = ".vagus";
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]+");

    /**
     * What to import.
     *
     * @param participant the participant label (without {@code sub-})
     * @param session the session label (without {@code ses-})
     * @param task the BIDS task label
     * @param channels the channel names to keep, matched case-insensitively, in this order; empty for all
     * @param align how to align the session's events, or null to leave them alone
     * @param toleranceS the match tolerance of trigger alignment, seconds
     */
    public record Request(String participant, String session, String task, List<String> channels,
            AlignmentRequest align, double toleranceS) {
        /** @throws IllegalArgumentException naming a malformed label */
        public Request {
            for (String[] l : new String[][] {{"participant", participant}, {"session", session}, {"task", task}}) {
                if (l[1] == null || !LABEL.matcher(l[1]).matches()) {
                    throw new IllegalArgumentException(l[0] + " label '" + l[1] + "': expected letters and digits");
                }
            }
            channels = List.copyOf(channels);
        }
    }

    /**
     * An alignment method: {@code trigger:CHANNEL} or {@code clock:OFFSET_S}.
     *
     * @param method {@link Alignment#TRIGGER} or {@link Alignment#CLOCK}
     * @param channel the trigger channel's name, for trigger
     * @param recordingStartSeconds the recording's start after the runner's time zero, for clock
     */
    public record AlignmentRequest(String method, String channel, double recordingStartSeconds) {
        /**
         * Parses {@code trigger:CHANNEL} or {@code clock:OFFSET_S}.
         *
         * @throws IllegalArgumentException naming what was expected
         */
        public static AlignmentRequest parse(String text) {
            int colon = text.indexOf(':');
            String kind = colon < 0 ? text : text.substring(0, colon);
            String value = colon < 0 ? "" : text.substring(colon + 1).strip();
            if (kind.equals(Alignment.TRIGGER) && !value.isEmpty()) {
                return new AlignmentRequest(Alignment.TRIGGER, value, Double.NaN);
            }
            if (kind.equals(Alignment.CLOCK)) {
                try {
                    double offset = Double.parseDouble(value);
                    if (Double.isFinite(offset)) {
                        return new AlignmentRequest(Alignment.CLOCK, null, offset);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw new IllegalArgumentException("alignment '" + text + "': expected trigger:CHANNEL (a channel with a"
                    + " pulse per onset) or clock:OFFSET_S (seconds the recording started after the runner's time 0)");
        }
    }

    /**
     * What an import wrote.
     *
     * @param physio the data file in the session folder
     * @param sidecar its final sidecar
     * @param events the aligned events file, or null
     * @param alignment the alignment, or null
     * @param participantAdded whether the participant was new
     * @param sessionAdded whether the session was new
     */
    public record Result(Path physio, PhysioSidecar sidecar, Path events, Alignment alignment,
            boolean participantAdded, boolean sessionAdded) {
    }

    private RecordingImport() {
    }

    /**
     * Imports a recording.
     *
     * @param study a study open for writing (holding its lock)
     * @param record the recording, as a format reader returned it
     * @param formatName the reader's format, written to the sidecar's {@code VagusSource}
     * @param request what to import
     * @return what was written
     * @throws IllegalArgumentException for a channel that is missing, channels of different rates or lengths, an
     *             alignment that finds no match or an event before the recording
     * @throws IOException if writing fails; the study is then unchanged
     */
    public static Result run(StudyFolder study, SignalRecord record, String formatName, Request request)
            throws IOException {
        Objects.requireNonNull(record, "record");
        String prefix = "sub-" + request.participant() + "_ses-" + request.session() + "_task-" + request.task();
        Path sessionDir = study.sessionDirectory(request.participant(), request.session());
        Path physioTarget = sessionDir.resolve(prefix + "_physio.tsv.gz");
        Path sidecarTarget = PhysioSidecar.sidecarOf(physioTarget);
        Path eventsTarget = sessionDir.resolve(prefix + "_events.tsv");
        Path original = study.directory().resolve("sourcedata").resolve("sub-" + request.participant())
                .resolve("ses-" + request.session()).resolve(eventsTarget.getFileName());
        for (Path p : List.of(physioTarget, sidecarTarget)) {
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString(), null,
                        "the session already holds this recording; a recording is never overwritten");
            }
        }
        List<Signal> signals = select(record, request.channels());
        SamplingRate rate = signals.get(0).rate();
        String eventsText = null;
        if (request.align() != null) {
            if (!Files.isRegularFile(eventsTarget)) {
                throw new IllegalArgumentException("alignment needs the runner's events " + eventsTarget
                        + ", which does not exist; run the task into this session first or import without --align");
            }
            if (Files.exists(original)) {
                throw new IllegalArgumentException("events " + eventsTarget + " were already aligned (the runner's"
                        + " original is " + original + "); restore the original to align again");
            }
            eventsText = Files.readString(eventsTarget, StandardCharsets.UTF_8);
        }
        Path temp = study.directory().resolve(TEMP_PARENT)
                .resolve("import-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        Files.createDirectories(temp);
        try {
            Alignment alignment = null;
            String alignedText = null;
            if (eventsText != null) {
                alignment = align(request, record, eventsText, eventsTarget);
                alignedText = AlignedEvents.rewrite(eventsText, eventsTarget, alignment, rate, signals.get(0).length());
                Files.writeString(temp.resolve(eventsTarget.getFileName()), alignedText, StandardCharsets.UTF_8);
            }
            PhysioSidecar finished = writePhysio(temp.resolve(physioTarget.getFileName()), signals, formatName,
                    alignment);
            boolean participantAdded = false;
            boolean sessionAdded = false;
            var existing = study.study().participant(request.participant());
            if (existing.isEmpty()) {
                study.addParticipant(new Participant(request.participant(), Map.of(),
                        List.of(Session.of(request.session()))));
                participantAdded = true;
                sessionAdded = true;
            } else if (existing.get().session(request.session()).isEmpty()) {
                study.addSession(request.participant(), Session.of(request.session()));
                sessionAdded = true;
            }
            Files.createDirectories(sessionDir);
            // the files go in one by one; if one fails, those already moved are taken back out, so that a retry
            // meets the study as it was (only a participant or session row added above stays: it is harmless)
            List<Path> placed = new java.util.ArrayList<>();
            try {
                move(temp.resolve(sidecarTarget.getFileName()), sidecarTarget);
                placed.add(sidecarTarget);
                move(temp.resolve(physioTarget.getFileName()), physioTarget);
                placed.add(physioTarget);
                if (alignedText != null) {
                    Files.createDirectories(original.getParent());
                    Files.copy(eventsTarget, original, StandardCopyOption.COPY_ATTRIBUTES);
                    placed.add(original);
                    move(temp.resolve(eventsTarget.getFileName()), eventsTarget);
                }
            } catch (IOException | RuntimeException e) {
                for (Path p : placed) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                throw e;
            }
            AtomicFiles.forceDirectory(sessionDir);
            return new Result(physioTarget, finished, alignedText == null ? null : eventsTarget, alignment,
                    participantAdded, sessionAdded);
        } finally {
            deleteTree(temp);
        }
    }

    private static Alignment align(Request request, SignalRecord record, String eventsText, Path eventsFile)
            throws IOException {
        AlignmentRequest a = request.align();
        if (a.method().equals(Alignment.CLOCK)) {
            return Alignment.clock(a.recordingStartSeconds(), AlignedEvents.count(eventsText, eventsFile));
        }
        Signal trigger = find(record, a.channel());
        double[] pulses = PulseAlignment.risingEdges(trigger.samples(), trigger.rate().hertz());
        if (pulses.length == 0) {
            throw new IllegalArgumentException("trigger channel " + trigger.name() + " of " + record.source()
                    + " is flat: no pulses to align with");
        }
        return PulseAlignment.align(AlignedEvents.pulsedOnsets(eventsText, eventsFile), pulses, request.toleranceS());
    }

    private static PhysioSidecar writePhysio(Path data, List<Signal> signals, String formatName, Alignment alignment)
            throws IOException {
        List<String> names = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Signal s : signals) {
            String name = s.name().replaceAll("[\\t\\r\\n]", " ").strip();
            String unique = name;
            for (int k = 2; !used.add(unique.toLowerCase(Locale.ROOT)); k++) {
                unique = name + "_" + k;
            }
            names.add(unique);
            units.add(s.unit());
        }
        double[][] columns = new double[signals.size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = signals.get(c).samples();
        }
        try (PhysioWriter writer = PhysioWriter.create(data, PhysioSidecar.of(signals.get(0).rate(), names, units),
                PhysioWriter.DEFAULT_CHUNK.multipliedBy(2))) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("Format", formatName);
            source.put("Channels", signals.stream().map(Signal::name).toList());
            writer.putExtra("VagusSource", source);
            if (alignment != null) {
                writer.putExtra(Alignment.SIDECAR_FIELD, alignment.toSidecar());
            }
            writer.append(columns, 0, columns[0].length);
            return writer.finish();
        }
    }

    private static List<Signal> select(SignalRecord record, List<String> channels) {
        List<Signal> chosen = channels.isEmpty() ? record.signals()
                : channels.stream().map(c -> find(record, c)).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("recording " + record.source() + " has no signals");
        }
        Signal first = chosen.get(0);
        for (Signal s : chosen) {
            if (!s.rate().equals(first.rate()) || s.length() != first.length()) {
                throw new IllegalArgumentException("channels " + first.name() + " (" + first.rate() + ", "
                        + first.length() + " samples) and " + s.name() + " (" + s.rate() + ", " + s.length()
                        + " samples) of " + record.source() + " differ; a BIDS physio file has one rate: choose"
                        + " channels of one rate with --channels");
            }
        }
        return chosen;
    }

    private static Signal find(SignalRecord record, String channel) {
        return record.signals().stream().filter(s -> s.name().equalsIgnoreCase(channel.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("channel '" + channel + "' is not in "
                        + record.source() + "; its channels: "
                        + String.join(", ", record.signals().stream().map(Signal::name).toList())));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
