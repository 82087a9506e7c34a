package org.vagus.study;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader (or a restart after a crash or power loss) sees either the old content or the
 * new, never a half-written file. Each write goes to a hidden temporary file in the target's folder, is
 * flushed and forced to the storage device, then renamed over the target with an atomic move, and finally the
 * folder itself is forced so that the rename is durable where the operating system allows it (Linux and macOS;
 * Windows refuses to open folders and relies on its journal).
 * <p>
 * If the move cannot be atomic (some network or FUSE file systems), a plain replacing move is used instead.
 * On failure the temporary file is deleted and the target left untouched.
 *
 * @since 0.1.0
 */
public final class AtomicFiles {

    /** A consumer that may throw {@link IOException}, for writing content to a stream. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        /** Consumes {@code t}. */
        void accept(T t) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes text as UTF-8, atomically; creates missing parent folders. */
    public static void writeString(Path target, String content) throws IOException {
        Objects.requireNonNull(content, "content");
        writeBytes(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes, atomically; creates missing parent folders. */
    public static void writeBytes(Path target, byte[] content) throws IOException {
        Objects.requireNonNull(content, "content");
        write(target, out -> out.write(content));
    }

    /**
     * Writes what {@code writer} puts into the stream, atomically; creates missing parent folders. The stream
     * is buffered; {@code writer} may close it or not. If {@code writer} throws, the target keeps its old
     * content (or stays absent) and the exception propagates.
     */
    public static void write(Path target, IOConsumer<OutputStream> writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                try (OutputStream out = new FilterOutputStream(buffered) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                }) {
                    writer.accept(out);
                }
                buffered.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        forceDirectory(dir);
    }

    /**
     * Forces a folder's entries (names, renames) to storage where the operating system allows opening a folder;
     * does nothing where it refuses.
     */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its NTFS journal orders the rename.
        }
    }
}
