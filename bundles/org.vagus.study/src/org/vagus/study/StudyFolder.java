package org.vagus.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.core.model.Study;
import org.vagus.study.internal.Migrations;
import org.vagus.study.internal.StudyJson;
import org.vagus.study.internal.StudyReader;
import org.vagus.study.internal.StudyWriter;

/**
 * A study folder in BIDS layout (BIDS 1.10): {@code dataset_description.json}, {@code participants.tsv} and
 * {@code .json}, {@code README.md}, {@code sub-<label>/ses-<label>/} folders with {@code sub-<label>_sessions.tsv},
 * and Vagus's own {@code .vagus/} folder (ignored by the BIDS validator) holding {@code study.json} with the
 * {@link #FORMAT_VERSION} and the write {@link StudyLock}.
 * <p>
 * Opened for writing ({@link #create}, {@link #open}), a folder holds the study's write lock until
 * {@link #close()}; opened with {@link #openReadOnly} it takes no lock and refuses writes. A folder without
 * {@code .vagus/study.json} is a plain BIDS dataset, which this class reads but never writes. Every file is
 * written atomically ({@link AtomicFiles}).
 * <p>
 * participants.tsv holds participant codes and study variables, never names or contact details:
 * identifying column names are refused ({@link ParticipantColumns#check}). Thread-safe.
 *
 * @since 0.1.0
 */
public final class StudyFolder implements AutoCloseable {
    /** The study folder format this Vagus writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** The BIDS version written into dataset_description.json. */
    public static final String BIDS_VERSION = StudyJson.BIDS_VERSION;

    private final Path dir;
    private final int formatVersion;
    private final StudyLock lock;
    private volatile Study study;
    private List<String> columns;
    private boolean closed;

    private StudyFolder(Path dir, int formatVersion, StudyLock lock, StudyReader.Contents contents) {
        this.dir = dir;
        this.formatVersion = formatVersion;
        this.lock = lock;
        this.study = contents.study();
        this.columns = contents.columns();
    }

    /**
     * Creates a new study with the default participant columns ({@link ParticipantColumns#DEFAULTS}) and opens it
     * for writing.
     *
     * @see #create(Path, String, List)
     */
    public static StudyFolder create(Path dir, String name) throws IOException {
        return create(dir, name, ParticipantColumns.DEFAULTS);
    }

    /**
     * Creates a new study in a new or empty folder and opens it for writing.
     *
     * @param dir the folder; created if missing, must be empty if present
     * @param name the study name (dataset_description.json {@code Name})
     * @param participantColumns the participants.tsv columns after participant_id, such as age, sex, group
     * @throws IllegalArgumentException if the name is blank or a column is refused ({@link ParticipantColumns#check})
     * @throws IOException if the folder is not empty or cannot be written
     */
    public static StudyFolder create(Path dir, String name, List<String> participantColumns) throws IOException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("study name: expected a non-blank name");
        }
        List<String> columns = ParticipantColumns.checkAll(participantColumns);
        Path folder = dir.toAbsolutePath().normalize();
        if (Files.exists(folder)) {
            try (Stream<Path> children = Files.list(folder)) {
                if (children.findAny().isPresent()) {
                    throw new IOException("folder " + folder + " is not empty; a new study needs a new or empty folder");
                }
            }
        }
        Files.createDirectories(folder);
        StudyLock lock = StudyLock.acquire(folder);
        try {
            StudyWriter.writeNewStudy(folder, name, columns, FORMAT_VERSION);
            return new StudyFolder(folder, FORMAT_VERSION, lock, StudyReader.read(folder, name));
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a Vagus study for writing, taking its lock.
     *
     * @throws StudyLockedException if it is open for writing elsewhere; the message names the holder
     * @throws StudyVersionException if a newer Vagus wrote it
     * @throws StudyFormatException if a file is malformed (naming file and line), or the folder is a plain BIDS
     *             dataset, which is only opened with {@link #openReadOnly}
     * @throws IOException if the folder cannot be read
     */
    public static StudyFolder open(Path dir) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        int version = StudyJson.checkFormatVersion(folder, FORMAT_VERSION);
        if (version == 0) {
            throw new StudyFormatException(folder.resolve(StudyJson.STUDY_JSON), 0, "missing: " + folder
                    + " is a plain BIDS dataset, which Vagus opens read-only; import it into a Vagus study to change it");
        }
        StudyLock lock = StudyLock.acquire(folder);
        try {
            StudyReader.Contents contents = StudyReader.read(folder, StudyJson.readDatasetName(folder));
            try {
                ParticipantColumns.checkAll(contents.columns());
            } catch (IllegalArgumentException e) {
                throw new StudyFormatException(folder.resolve(StudyReader.PARTICIPANTS_TSV), 1,
                        e.getMessage().replaceFirst("^participants\\.tsv ", ""));
            }
            return new StudyFolder(folder, version, lock, contents);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a Vagus study or a plain BIDS dataset for reading only, without a lock; works while another
     * process writes the study (the snapshot is then as of this call). Writes throw {@link IllegalStateException}.
     *
     * @throws StudyVersionException if a newer Vagus wrote it
     * @throws StudyFormatException if a file is malformed or dataset_description.json is missing
     */
    public static StudyFolder openReadOnly(Path dir) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        int version = StudyJson.checkFormatVersion(folder, FORMAT_VERSION);
        return new StudyFolder(folder, version, null, StudyReader.read(folder, StudyJson.readDatasetName(folder)));
    }

    /** The study folder, absolute. */
    public Path directory() {
        return dir;
    }

    /** The study as last read or written; an immutable snapshot. */
    public Study study() {
        return study;
    }

    /** The participants.tsv columns after participant_id, in file order. */
    public synchronized List<String> participantColumns() {
        return columns;
    }

    /** The folder's format version; 0 for a plain BIDS dataset. */
    public int formatVersion() {
        return formatVersion;
    }

    /** True for a BIDS dataset without {@code .vagus/study.json}, which Vagus reads but does not write. */
    public boolean isPlainBids() {
        return formatVersion == 0;
    }

    /** True if opened with {@link #openReadOnly} (whatever the folder is). */
    public boolean isReadOnly() {
        return lock == null;
    }

    /** True if an older Vagus wrote this study and {@link #migrate()} must run before it can be written. */
    public boolean needsMigration() {
        return formatVersion > 0 && formatVersion < FORMAT_VERSION;
    }

    /**
     * Upgrades an older study to {@link #FORMAT_VERSION}; the folder must be opened for writing, and re-opened
     * afterwards. Does nothing if no migration is needed.
     *
     * @throws IOException if no migration path exists or a step fails
     */
    public synchronized void migrate() throws IOException {
        requireOpen();
        if (needsMigration()) {
            if (lock == null) {
                throw new IllegalStateException("study " + dir + " is open read-only; open it for writing to migrate it");
            }
            Migrations.migrate(dir, formatVersion, FORMAT_VERSION);
        }
    }

    /** The folder {@code sub-<label>}. */
    public Path participantDirectory(String participantLabel) {
        return dir.resolve(Participant.PREFIX + participantLabel);
    }

    /** The folder {@code sub-<participant>/ses-<session>}. */
    public Path sessionDirectory(String participantLabel, String sessionLabel) {
        return participantDirectory(participantLabel).resolve(Session.PREFIX + sessionLabel);
    }

    /**
     * Adds a participant with its attributes and sessions: creates {@code sub-<label>/} and its sessions, adds
     * columns for new attributes, rewrites participants.tsv (and participants.json for new columns).
     *
     * @throws IllegalArgumentException if the label exists, an attribute column is refused, or a value holds a
     *             tab or line break
     */
    public synchronized void addParticipant(Participant participant) throws IOException {
        requireWritable();
        if (study.participant(participant.label()).isPresent()) {
            throw new IllegalArgumentException("participant " + participant.bidsName() + " already exists in study " + dir);
        }
        Study next = study.withParticipant(participant);
        writeParticipants(next);
        Files.createDirectories(participantDirectory(participant.label()));
        AtomicFiles.forceDirectory(dir);
        if (!participant.sessions().isEmpty()) {
            StudyWriter.writeSessions(dir, participant);
        }
        study = next;
    }

    /**
     * Adds a session: creates {@code sub-<participant>/ses-<label>/} and rewrites the participant's sessions.tsv.
     *
     * @throws IllegalArgumentException if the participant does not exist or already has this session
     */
    public synchronized void addSession(String participantLabel, Session session) throws IOException {
        requireWritable();
        Objects.requireNonNull(session, "session");
        Participant p = study.participant(participantLabel).orElseThrow(() -> new IllegalArgumentException(
                "no participant " + Participant.PREFIX + participantLabel + " in study " + dir));
        if (p.session(session.label()).isPresent()) {
            throw new IllegalArgumentException("session " + session.bidsName() + " of " + p.bidsName() + " already exists");
        }
        Participant next = p.withSession(session);
        Files.createDirectories(participantDirectory(participantLabel));
        StudyWriter.writeSessions(dir, next);
        study = study.withParticipant(next);
    }

    /**
     * Changes participants' attributes, for example to add a group after a median split:
     * {@code folder.updateParticipants(p -> p.withAttribute("group", ...))}. New columns are added; columns are
     * never removed, and a removed attribute becomes n/a.
     *
     * @param update applied to every participant; must return a participant with the same label and sessions
     * @throws IllegalArgumentException if the update changes a label or sessions, or a column or value is refused
     */
    public synchronized void updateParticipants(UnaryOperator<Participant> update) throws IOException {
        requireWritable();
        List<Participant> updated = new ArrayList<>();
        for (Participant p : study.participants()) {
            Participant q = Objects.requireNonNull(update.apply(p), "updated participant");
            if (!q.label().equals(p.label()) || !q.sessions().equals(p.sessions())) {
                throw new IllegalArgumentException("update of " + p.bidsName() + " changed its label or sessions;"
                        + " only attributes can be updated (use addSession for sessions)");
            }
            updated.add(q);
        }
        Study next = study.withParticipants(updated);
        writeParticipants(next);
        study = next;
    }

    /** Replaces the attributes of one existing participant; see {@link #updateParticipants(UnaryOperator)}. */
    public void updateParticipant(Participant participant) throws IOException {
        if (study.participant(participant.label()).isEmpty()) {
            throw new IllegalArgumentException("no participant " + participant.bidsName() + " in study " + dir);
        }
        updateParticipants(p -> p.label().equals(participant.label()) ? p.withAttributes(participant.attributes()) : p);
    }

    private void writeParticipants(Study next) throws IOException {
        Set<String> all = new LinkedHashSet<>(columns);
        next.participants().forEach(p -> all.addAll(p.attributes().keySet()));
        List<String> nextColumns = ParticipantColumns.checkAll(new ArrayList<>(all));
        StudyWriter.writeParticipants(dir, nextColumns, next.participants());
        if (!nextColumns.equals(columns)) {
            StudyWriter.describeParticipantColumns(dir, nextColumns);
            columns = nextColumns;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("study " + dir + " is closed");
        }
    }

    private void requireWritable() {
        requireOpen();
        if (lock == null) {
            throw new IllegalStateException("study " + dir + " is open read-only"
                    + (isPlainBids() ? " (a plain BIDS dataset)" : "") + "; open it for writing to change it");
        }
        if (needsMigration()) {
            throw new IllegalStateException("study " + dir + " has format version " + formatVersion
                    + " and must be migrated to " + FORMAT_VERSION + " before writing: call migrate()");
        }
    }

    /** Releases the write lock (if any); further writes throw {@link IllegalStateException}. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            if (lock != null) {
                lock.close();
            }
        }
    }

    @Override
    public String toString() {
        return "StudyFolder[" + dir + (isReadOnly() ? ", read-only" : "") + "]";
    }
}
