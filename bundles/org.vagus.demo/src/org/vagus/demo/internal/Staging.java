package org.vagus.demo.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the demo generates its study before it goes to its folder. The real recording path is crash-safe: the physio
 * writer forces every half second of signal to the disk, and the session files are written atomically with a forced
 * flush after every trial. Faster than real time that is some 2,000 disk syncs per simulated participant, several
 * minutes for the demo on a disk that syncs in 4 ms, for data that the seed regenerates anyway. So the study is made
 * in a memory file system when there is one ({@code /dev/shm} on Linux, when writable and with room) and then copied
 * to its folder in one pass; elsewhere it is made in place, at disk speed.
 */
public final class Staging {
    /** The memory file system looked for. */
    static final Path SHM = Path.of("/dev/shm");

    private Staging() {
    }

    /**
     * A new empty folder in memory with at least {@code bytes} free, or null if there is none.
     *
     * @param prefix the folder name's start
     */
    public static Path memoryFolder(String prefix, long bytes) {
        try {
            if (!Files.isDirectory(SHM) || !Files.isWritable(SHM)) {
                return null;
            }
            FileStore store = Files.getFileStore(SHM);
            if (store.getUsableSpace() < bytes) {
                return null;
            }
            return Files.createTempDirectory(SHM, prefix);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * Moves a folder tree to {@code target} (which must not exist): a rename where the file systems allow it, else a
     * copy of every file followed by the removal of the source.
     */
    public static void move(Path source, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            // another file system: copy
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(source)) {
            all = s.sorted().toList();
        }
        for (Path p : all) {
            Path to = target.resolve(source.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(to);
            } else {
                Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        delete(source);
    }

    /** Deletes a folder tree; nothing if it does not exist. */
    public static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
