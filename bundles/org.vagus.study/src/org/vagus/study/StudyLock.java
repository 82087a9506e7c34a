package org.vagus.study;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vagus.core.VagusInfo;

/**
 * The exclusive write lock of a study folder: an operating-system file lock on {@value #LOCK_FILE}, so it works
 * across processes and vanishes with a crashed process (a stale lock file never blocks; its holder text is
 * overwritten). After locking, the holder writes its process id, host and lock time into the file, which a
 * refused contender reads to say who holds the study.
 * <p>
 * Implementation notes. The lock covers one byte far beyond the holder text, because Windows locks are
 * mandatory and would otherwise stop contenders from reading who holds it. Locks held in this JVM are also
 * kept in a table, checked before the file is touched: on POSIX systems closing any descriptor of a file
 * drops all of the process's locks on it, so a second open in the same JVM must not even open the lock file.
 * The file is emptied, not deleted, on release (deleting it would let two later processes lock two different
 * files).
 *
 * @since 0.1.0
 */
public final class StudyLock implements AutoCloseable {
    /** The lock file, relative to the study folder. */
    public static final String LOCK_FILE = ".vagus/lock";

    private static final long LOCK_POSITION = Integer.MAX_VALUE;
    private static final int MAX_HOLDER_BYTES = 4096;
    private static final Map<Path, StudyLock> HELD_IN_THIS_JVM = new LinkedHashMap<>();

    private final Path study;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final String holder;
    private boolean released;

    private StudyLock(Path study, Path key, FileChannel channel, FileLock lock, String holder) {
        this.study = study;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /**
     * Takes the write lock of a study folder without waiting, creating {@value #LOCK_FILE} if needed.
     *
     * @throws StudyLockedException if another process, or another open in this JVM, holds it; the message names
     *             the holder
     * @throws IOException if the lock file cannot be created or written
     */
    public static StudyLock acquire(Path studyDir) throws IOException {
        Path study = studyDir.toAbsolutePath().normalize();
        Path key = study.toRealPath();
        Path file = study.resolve(LOCK_FILE);
        synchronized (HELD_IN_THIS_JVM) {
            StudyLock mine = HELD_IN_THIS_JVM.get(key);
            if (mine != null) {
                throw new StudyLockedException(study, "this Vagus process: " + mine.holder);
            }
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                FileLock lock;
                try {
                    lock = channel.tryLock(LOCK_POSITION, 1, false);
                } catch (OverlappingFileLockException e) {
                    throw new StudyLockedException(study, "another part of this Vagus process (pid "
                            + ProcessHandle.current().pid() + ")");
                }
                if (lock == null) {
                    throw new StudyLockedException(study, readHolder(channel));
                }
                String holder = VagusInfo.nameAndVersion() + " (pid " + ProcessHandle.current().pid() + " on host "
                        + HostName.NAME + " since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")";
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(("holder=" + holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                StudyLock result = new StudyLock(study, key, channel, lock, holder);
                HELD_IN_THIS_JVM.put(key, result);
                return result;
            } catch (IOException | RuntimeException e) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(MAX_HOLDER_BYTES);
            long position = 0;
            int n;
            while (buffer.hasRemaining() && (n = channel.read(buffer, position)) > 0) {
                position += n;
            }
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("holder=") && line.length() > "holder=".length()) {
                    return line.substring("holder=".length()).strip();
                }
            }
        } catch (IOException e) {
            // The holder text is a courtesy; the lock itself is what protects the study.
        }
        return null;
    }

    /** The study folder this lock protects. */
    public Path study() {
        return study;
    }

    /** How this holder describes itself to refused contenders: product, pid, host and lock time. */
    public String holder() {
        return holder;
    }

    /** True until {@link #close()}. */
    public boolean isHeld() {
        synchronized (HELD_IN_THIS_JVM) {
            return !released;
        }
    }

    /** Releases the lock and empties the lock file; does nothing if already released. */
    @Override
    public void close() throws IOException {
        synchronized (HELD_IN_THIS_JVM) {
            if (released) {
                return;
            }
            released = true;
            HELD_IN_THIS_JVM.remove(key);
            try (channel) {
                channel.truncate(0);
                lock.release();
            }
        }
    }

    /** The host name, looked up once (a slow name service must not slow every open). */
    private static final class HostName {
        static final String NAME = lookUp();

        private static String lookUp() {
            String env = System.getenv("COMPUTERNAME");
            if (env != null && !env.isBlank()) {
                return env;
            }
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "unknown host";
            }
        }
    }
}
