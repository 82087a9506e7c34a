package org.vagus.io.bids;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a BIDS physio recording ({@code *_physio.tsv.gz} and its {@link PhysioSidecar JSON sidecar}) so that a
 * crash loses at most the last chunk: the data file is a series of gzip members (RFC 1952 allows a file of
 * several members, and gzip, zcat, Python's {@code gzip} and {@link java.util.zip.GZIPInputStream} read them as
 * one stream), one member per chunk of at most {@code maxChunk} of samples (500 ms by default, never more than
 * 1 s), each written whole and forced to the disk ({@link FileChannel#force}) before the next is started. A
 * process killed at any moment leaves complete members followed by at most one truncated member, which
 * {@link PhysioReader} skips and reports. The sidecar is written at creation with {@code "VagusStatus":
 * "incomplete"} and rewritten atomically on {@link #finish()} (or {@link #close()}) with {@code "complete"}, the row count and the gaps.
 * <p>
 * A writer created with {@code durable = false} ({@link #create(Path, PhysioSidecar, Duration, boolean)}) keeps
 * the same layout, one gzip member per chunk, but does not force the chunks and the data file to the disk: a
 * killed process still leaves complete members (the operating system holds what was written), but a power cut
 * or kernel crash may lose whatever the system had not yet written back. That is meant for recordings whose
 * data can be made again, such as a simulated sensor paced faster than real time (the demo), where one
 * {@code fsync} per chunk would cost thousands per participant. The sidecar is written atomically either way.
 * <p>
 * Rows: one per sample, tab-separated, one cell per column, no header (the sidecar names the columns), values in
 * the columns' units: whole numbers without a decimal point, others in the shortest form that reads back to the
 * same double ({@link Double#toString(double)}), NaN and infinities as {@code n/a}. Lost frames are written by
 * {@link #appendGap(long)} as rows of {@code n/a}, so a row number is always the sample index.
 * <p>
 * Not thread-safe: one thread (the acquisition engine's writer thread) appends and closes.
 *
 * @since 0.1.0
 */
public final class PhysioWriter implements Closeable {
    /** The default chunk length. */
    public static final Duration DEFAULT_CHUNK = Duration.ofMillis(500);
    private static final byte[] NA = { 'n', '/', 'a' };
    private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };

    private final Path dataFile;
    private final Path sidecarFile;
    private PhysioSidecar sidecar;
    private final int columnCount;
    private final int chunkRows;
    private final FileChannel channel;
    private final boolean durable;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final CRC32 crc = new CRC32();
    private final List<PhysioSidecar.Gap> gaps = new ArrayList<>();
    private byte[] text = new byte[1 << 16];
    private int textLength;
    private byte[] member = new byte[1 << 14];
    private int pendingRows;
    private long rows;
    private long flushedRows;
    private int members;
    private boolean closed;

    private PhysioWriter(Path dataFile, PhysioSidecar sidecar, Duration maxChunk, boolean durable)
            throws IOException {
        this.dataFile = dataFile;
        this.durable = durable;
        this.sidecarFile = PhysioSidecar.sidecarOf(dataFile);
        this.sidecar = sidecar;
        this.columnCount = sidecar.columns().size();
        double seconds = maxChunk.toNanos() / 1e9;
        this.chunkRows = (int) Math.max(1, Math.floor(seconds * sidecar.samplingFrequency().hertz()));
        this.channel = FileChannel.open(dataFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Creates a recording with chunks of {@link #DEFAULT_CHUNK}.
     *
     * @param dataFile the data file to create, named {@code *_physio.tsv.gz}; must not exist
     * @param sidecar the columns, units, rate and start; written now, marked incomplete
     * @return the writer
     * @throws java.nio.file.FileAlreadyExistsException if the data file exists (a recording is never overwritten)
     * @throws IOException if a file cannot be created
     */
    public static PhysioWriter create(Path dataFile, PhysioSidecar sidecar) throws IOException {
        return create(dataFile, sidecar, DEFAULT_CHUNK);
    }

    /**
     * Creates a recording.
     *
     * @param dataFile the data file to create, named {@code *_physio.tsv.gz}; must not exist
     * @param sidecar the columns, units, rate and start; written now, marked incomplete
     * @param maxChunk the longest stretch of samples held in memory before it is written and forced to disk;
     *            more than 0 and at most 1 s
     * @return the writer
     * @throws IllegalArgumentException if the chunk is not in (0, 1 s]
     * @throws IOException if a file cannot be created
     */
    public static PhysioWriter create(Path dataFile, PhysioSidecar sidecar, Duration maxChunk) throws IOException {
        return create(dataFile, sidecar, maxChunk, true);
    }

    /**
     * Creates a recording, durable or not (see the class comment).
     *
     * @param dataFile the data file to create, named {@code *_physio.tsv.gz}; must not exist
     * @param sidecar the columns, units, rate and start; written now, marked incomplete
     * @param maxChunk the longest stretch of samples held in memory before it is written as one gzip member;
     *            more than 0 and at most 1 s
     * @param durable true to force every chunk, the data file and its folder to the disk (crash-safe, the
     *            default of the other factories); false to leave the write-back to the operating system, for
     *            recordings that can be made again (a simulated sensor)
     * @return the writer
     * @throws IllegalArgumentException if the chunk is not in (0, 1 s]
     * @throws IOException if a file cannot be created
     */
    public static PhysioWriter create(Path dataFile, PhysioSidecar sidecar, Duration maxChunk, boolean durable)
            throws IOException {
        Objects.requireNonNull(sidecar, "sidecar");
        if (maxChunk.isNegative() || maxChunk.isZero() || maxChunk.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("chunk: " + maxChunk + ", expected more than 0 and at most 1 s");
        }
        PhysioSidecar incomplete = new PhysioSidecar(sidecar.samplingFrequency(), sidecar.startTime(),
                sidecar.columns(), sidecar.units(), sidecar.startDateTime(), false, -1, List.of(), sidecar.extra());
        PhysioWriter w = new PhysioWriter(dataFile, incomplete, maxChunk, durable);
        try {
            incomplete.write(w.sidecarFile);
            if (durable) {
                PhysioSidecar.forceDirectory(dataFile.toAbsolutePath().getParent());
            }
        } catch (IOException | RuntimeException e) {
            w.channel.close();
            throw e;
        }
        return w;
    }

    /**
     * Appends rows from column arrays.
     *
     * @param columns {@code columns[c][from + i]} is row {@code i} of column {@code c}; one array per column
     * @param from the first index to take in each array
     * @param frames the number of rows to append
     * @throws IllegalArgumentException if the number of columns is wrong
     * @throws IOException if a full chunk cannot be written
     */
    public void append(double[][] columns, int from, int frames) throws IOException {
        ensureOpen();
        if (columns.length != columnCount) {
            throw new IllegalArgumentException(dataFile + ": " + columns.length + " columns given, expected "
                    + columnCount + " " + sidecar.columns());
        }
        for (int i = 0; i < frames; i++) {
            ensureText(columnCount * 26 + 1);
            for (int c = 0; c < columnCount; c++) {
                if (c > 0) {
                    text[textLength++] = '\t';
                }
                formatValue(columns[c][from + i]);
            }
            endRow();
        }
    }

    /**
     * Appends one row.
     *
     * @param values one value per column
     * @throws IllegalArgumentException if the number of values is wrong
     * @throws IOException if a full chunk cannot be written
     */
    public void appendRow(double... values) throws IOException {
        ensureOpen();
        if (values.length != columnCount) {
            throw new IllegalArgumentException(dataFile + ": " + values.length + " values given, expected "
                    + columnCount + " " + sidecar.columns());
        }
        ensureText(columnCount * 26 + 1);
        for (int c = 0; c < columnCount; c++) {
            if (c > 0) {
                text[textLength++] = '\t';
            }
            formatValue(values[c]);
        }
        endRow();
    }

    /**
     * Records lost frames: appends {@code frames} rows of {@code n/a} and notes the gap for the sidecar.
     *
     * @param frames the number of lost frames, >= 1
     * @throws IOException if a full chunk cannot be written
     */
    public void appendGap(long frames) throws IOException {
        ensureOpen();
        if (frames < 1) {
            throw new IllegalArgumentException("gap of " + frames + " frames, expected at least 1");
        }
        PhysioSidecar.Gap last = gaps.isEmpty() ? null : gaps.get(gaps.size() - 1);
        if (last != null && last.sample() + last.frames() == rows) {
            gaps.set(gaps.size() - 1, new PhysioSidecar.Gap(last.sample(), last.frames() + frames));
        } else {
            gaps.add(new PhysioSidecar.Gap(rows, frames));
        }
        for (long i = 0; i < frames; i++) {
            ensureText(columnCount * 4);
            for (int c = 0; c < columnCount; c++) {
                if (c > 0) {
                    text[textLength++] = '\t';
                }
                System.arraycopy(NA, 0, text, textLength, NA.length);
                textLength += NA.length;
            }
            endRow();
        }
    }

    /**
     * Adds or replaces an extra sidecar field, written on {@link #finish()} (for example the clock drift).
     *
     * @param key the field name, by convention starting with {@code Vagus}
     * @param value text, a number, a boolean, or a list or map of those
     */
    public void putExtra(String key, Object value) {
        sidecar = sidecar.withExtra(key, value);
    }

    /**
     * Writes the rows appended so far as one gzip member and, if the writer is {@linkplain #isDurable() durable},
     * forces it to the disk. Does nothing if no row is pending. Called by the writer itself whenever a chunk is
     * full.
     *
     * @throws IOException if writing or forcing fails
     */
    public void flush() throws IOException {
        ensureOpen();
        if (pendingRows == 0) {
            return;
        }
        crc.reset();
        crc.update(text, 0, textLength);
        deflater.reset();
        deflater.setInput(text, 0, textLength);
        deflater.finish();
        int n = GZIP_HEADER.length;
        ensureMember(n + textLength / 2 + 64);
        System.arraycopy(GZIP_HEADER, 0, member, 0, n);
        while (!deflater.finished()) {
            if (n == member.length) {
                member = Arrays.copyOf(member, member.length * 2);
            }
            n += deflater.deflate(member, n, member.length - n);
        }
        ensureMember(n + 8);
        putIntLE(member, n, (int) crc.getValue());
        putIntLE(member, n + 4, textLength);
        n += 8;
        ByteBuffer buf = ByteBuffer.wrap(member, 0, n);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        if (durable) {
            channel.force(false);
        }
        members++;
        flushedRows = rows;
        pendingRows = 0;
        textLength = 0;
    }

    /**
     * {@link #finish()}, for try-with-resources.
     *
     * @throws IOException as {@link #finish()}
     */
    @Override
    public void close() throws IOException {
        finish();
    }

    /**
     * Flushes the last chunk, closes the data file and rewrites the sidecar atomically as complete, with the
     * row count and the gaps. Idempotent.
     *
     * @return the final sidecar
     * @throws IOException if writing fails; the recording then stays marked incomplete and readable up to its last
     *             flushed chunk
     */
    public PhysioSidecar finish() throws IOException {
        if (closed) {
            return sidecar;
        }
        try {
            flush();
            if (durable) {
                channel.force(true);
            }
        } finally {
            closed = true;
            channel.close();
            deflater.end();
        }
        sidecar = sidecar.completed(rows, gaps);
        sidecar.write(sidecarFile);
        return sidecar;
    }

    /** @return the rows appended (flushed or pending); the sample index of the next row */
    public long rowCount() {
        return rows;
    }

    /** @return whether chunks are forced to the disk (see {@link #create(Path, PhysioSidecar, Duration, boolean)}) */
    public boolean isDurable() {
        return durable;
    }

    /** @return the rows written as complete gzip members (forced to the disk if {@linkplain #isDurable() durable}) */
    public long flushedRowCount() {
        return flushedRows;
    }

    /** @return the gzip members written */
    public int memberCount() {
        return members;
    }

    /** @return the largest number of rows per chunk */
    public int chunkRows() {
        return chunkRows;
    }

    /** @return the gaps recorded so far */
    public List<PhysioSidecar.Gap> gaps() {
        return List.copyOf(gaps);
    }

    /** @return the data file */
    public Path dataFile() {
        return dataFile;
    }

    /** @return the sidecar file */
    public Path sidecarFile() {
        return sidecarFile;
    }

    private void endRow() throws IOException {
        text[textLength++] = '\n';
        rows++;
        if (++pendingRows >= chunkRows) {
            flush();
        }
    }

    private void formatValue(double v) {
        if (!Double.isFinite(v)) {
            System.arraycopy(NA, 0, text, textLength, NA.length);
            textLength += NA.length;
        } else if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
            formatLong((long) v);
        } else {
            String s = Double.toString(v);
            for (int i = 0; i < s.length(); i++) {
                text[textLength++] = (byte) s.charAt(i);
            }
        }
    }

    /** Writes the decimal digits of {@code v}; |v| &lt; 2^53, so at most 17 characters with the sign. */
    private void formatLong(long v) {
        if (v < 0) {
            text[textLength++] = '-';
            v = -v;
        }
        int start = textLength;
        do {
            text[textLength++] = (byte) ('0' + (int) (v % 10));
            v /= 10;
        } while (v != 0);
        for (int i = start, j = textLength - 1; i < j; i++, j--) {
            byte t = text[i];
            text[i] = text[j];
            text[j] = t;
        }
    }

    private void ensureText(int more) {
        if (textLength + more > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + more));
        }
    }

    private void ensureMember(int size) {
        if (member.length < size) {
            member = Arrays.copyOf(member, size);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(dataFile + ": the recording is closed");
        }
    }

    private static void putIntLE(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}
