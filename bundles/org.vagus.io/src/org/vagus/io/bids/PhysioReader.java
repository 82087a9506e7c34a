package org.vagus.io.bids;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.vagus.io.FormatException;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;

/**
 * Reads a BIDS physio recording ({@code *_physio.tsv.gz} with its {@link PhysioSidecar}), including one still
 * being written or cut short by a crash. The data file is read gzip member by gzip member (RFC 1952, section
 * 2.2): every member whose trailer is present and whose CRC-32 and length match is taken; the first member that
 * ends early, fails its check or is followed by bytes that are not a gzip member ends the reading, and its rows
 * are discarded, not guessed: a {@link PhysioWriter} forces each member to disk whole before starting the next,
 * so only the last one can be cut, and what precedes it is intact. The result says so
 * ({@link Result#truncated()}, {@link Result#discardedBytes()}) and how many samples were recovered.
 * <p>
 * Rows hold one cell per column of the sidecar, tab-separated; {@code n/a} reads as NaN (lost frames and missing
 * values). Any other cell that is not a number is a {@link FormatException} naming the line and column.
 *
 * @since 0.1.0
 */
public final class PhysioReader {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private PhysioReader() {
    }

    /**
     * What was read.
     *
     * @param sidecar the sidecar as found
     * @param record the signals, one per column, NaN where the file holds {@code n/a}
     * @param sampleCount the rows recovered (samples per column)
     * @param complete true if the sidecar says the recording was closed, the data file was read to its end and
     *            the rows agree with the sidecar's {@code VagusSampleCount}
     * @param truncated true if the data file ends in a cut or damaged gzip member, whose rows were discarded
     * @param members the complete gzip members read
     * @param discardedBytes the bytes after the last complete member (0 unless truncated)
     * @param warnings what did not match (a row count or gaps that disagree with the sidecar), one line each
     */
    public record Result(PhysioSidecar sidecar, SignalRecord record, long sampleCount, boolean complete,
            boolean truncated, int members, long discardedBytes, List<String> warnings) {
        /** Copies the warnings. */
        public Result {
            warnings = List.copyOf(warnings);
        }

        /** @return the recovered duration in seconds: {@code sampleCount / SamplingFrequency} */
        public double durationSeconds() {
            return sampleCount / sidecar.samplingFrequency().hertz();
        }
    }

    /**
     * Reads a recording and its sidecar ({@link PhysioSidecar#sidecarOf(Path)}).
     *
     * @param dataFile the {@code *_physio.tsv.gz} file
     * @return what was read
     * @throws FormatException if the sidecar is malformed, the file is not gzip at all, or a row is malformed
     * @throws IOException if a file cannot be read
     */
    public static Result read(Path dataFile) throws IOException {
        return read(dataFile, PhysioSidecar.read(PhysioSidecar.sidecarOf(dataFile)));
    }

    /**
     * Reads a recording with a given sidecar.
     *
     * @param dataFile the {@code *.tsv.gz} file
     * @param sidecar the sidecar describing it
     * @return what was read
     * @throws FormatException if the file is not gzip at all or a row is malformed
     * @throws IOException if the file cannot be read
     */
    public static Result read(Path dataFile, PhysioSidecar sidecar) throws IOException {
        Objects.requireNonNull(sidecar, "sidecar");
        Rows rows = new Rows(dataFile, sidecar.columns());
        List<String> warnings = new ArrayList<>();
        int members = 0;
        long discarded = 0;
        boolean truncated = false;
        long fileSize = Files.size(dataFile);
        try (InputStream in = Files.newInputStream(dataFile)) {
            Source src = new Source(in);
            Inflater inflater = new Inflater(true);
            CRC32 crc = new CRC32();
            byte[] out = new byte[1 << 16];
            try {
                while (true) {
                    long memberStart = src.offset();
                    if (!src.ensure(1)) {
                        break; // clean end after the last member
                    }
                    String problem = null;
                    int outLength = 0;
                    int available = src.fill(10);
                    if (!startsMember(src, available)) {
                        if (members == 0) {
                            throw new FormatException(dataFile, "byte 0", "not a gzip file (expected the gzip magic"
                                    + " bytes 1f 8b and deflate method 8)");
                        }
                        problem = "bytes that do not start a gzip member";
                    } else if (available < 10) {
                        problem = "a gzip header cut short";
                    } else {
                        int flags = src.peek(3) & 0xff;
                        src.skip(10);
                        problem = skipOptionalHeader(src, flags);
                    }
                    if (problem == null) {
                        inflater.reset();
                        crc.reset();
                        while (!inflater.finished()) {
                            if (inflater.needsInput()) {
                                if (!src.ensure(1)) {
                                    problem = "a gzip member cut short";
                                    break;
                                }
                                src.feed(inflater);
                            }
                            if (outLength == out.length) {
                                out = Arrays.copyOf(out, out.length * 2);
                            }
                            int n;
                            try {
                                n = inflater.inflate(out, outLength, out.length - outLength);
                            } catch (DataFormatException e) {
                                problem = "corrupt compressed data (" + e.getMessage() + ")";
                                break;
                            }
                            if (n == 0 && inflater.needsDictionary()) {
                                problem = "a compressed block that needs a dictionary";
                                break;
                            }
                            src.consumed(inflater);
                            outLength += n;
                        }
                    }
                    if (problem == null) {
                        src.consumed(inflater);
                        src.release();
                        if (!src.ensure(8)) {
                            problem = "a gzip trailer cut short";
                        } else {
                            crc.update(out, 0, outLength);
                            long storedCrc = src.intLE(0) & 0xffffffffL;
                            long storedSize = src.intLE(4) & 0xffffffffL;
                            src.skip(8);
                            if (storedCrc != crc.getValue() || storedSize != (outLength & 0xffffffffL)) {
                                problem = "a gzip member whose CRC-32 or length does not match its data";
                            }
                        }
                    }
                    if (problem != null) {
                        truncated = true;
                        discarded = fileSize - memberStart;
                        warnings.add(dataFile + ": byte " + memberStart + ": " + problem + "; read " + members
                                + " complete member(s) with " + rows.count() + " rows, discarded the last "
                                + discarded + " bytes");
                        break;
                    }
                    rows.parse(out, outLength);
                    members++;
                }
            } finally {
                inflater.end();
            }
        }
        rows.finish();
        checkAgainstSidecar(dataFile, sidecar, rows.count(), truncated, warnings);
        String name = dataFile.getFileName().toString().replaceFirst("\\.tsv\\.gz$", "");
        List<Signal> signals = new ArrayList<>();
        for (int c = 0; c < sidecar.columns().size(); c++) {
            signals.add(new Signal(sidecar.columns().get(c), sidecar.units().get(c), sidecar.samplingFrequency(),
                    rows.column(c)));
        }
        boolean countMatches = sidecar.sampleCount() < 0 || sidecar.sampleCount() == rows.count();
        return new Result(sidecar, new SignalRecord(name, dataFile, signals), rows.count(),
                sidecar.complete() && !truncated && countMatches, truncated, members, discarded, warnings);
    }

    /** True if the buffered bytes (up to 3) agree with a gzip member's magic and deflate method: 1f 8b 08. */
    private static boolean startsMember(Source src, int available) {
        int[] magic = { 0x1f, 0x8b, 8 };
        for (int i = 0; i < Math.min(3, available); i++) {
            if ((src.peek(i) & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String skipOptionalHeader(Source src, int flags) throws IOException {
        if ((flags & FEXTRA) != 0) {
            if (!src.ensure(2)) {
                return "a gzip header cut short";
            }
            int xlen = (src.peek(0) & 0xff) | (src.peek(1) & 0xff) << 8;
            src.skip(2);
            if (!src.ensure(xlen)) {
                return "a gzip header cut short";
            }
            src.skip(xlen);
        }
        for (int flag : new int[] { FNAME, FCOMMENT }) {
            if ((flags & flag) != 0) {
                int b;
                do {
                    if (!src.ensure(1)) {
                        return "a gzip header cut short";
                    }
                    b = src.peek(0);
                    src.skip(1);
                } while (b != 0);
            }
        }
        if ((flags & FHCRC) != 0) {
            if (!src.ensure(2)) {
                return "a gzip header cut short";
            }
            src.skip(2);
        }
        return null;
    }

    private static void checkAgainstSidecar(Path file, PhysioSidecar sidecar, long count, boolean truncated,
            List<String> warnings) {
        if (!sidecar.complete()) {
            warnings.add(file + ": the sidecar says the recording is incomplete (still being written, or cut short by"
                    + " a crash); " + count + " samples recovered");
        }
        if (sidecar.sampleCount() >= 0 && sidecar.sampleCount() != count) {
            warnings.add(file + ": " + count + " rows read, the sidecar's VagusSampleCount says "
                    + sidecar.sampleCount() + (truncated ? " (the file is truncated)" : ""));
        }
        for (PhysioSidecar.Gap g : sidecar.gaps()) {
            if (g.sample() + g.frames() > count) {
                warnings.add(file + ": gap at sample " + g.sample() + " of " + g.frames()
                        + " frames lies beyond the rows read (" + count + ")");
            }
        }
    }

    /** A buffered byte source that lets the gzip parser look ahead and tells its offset in the file. */
    private static final class Source {
        private final InputStream in;
        private byte[] buf = new byte[1 << 16];
        private int pos;
        private int lim;
        private long base;
        private int fed;

        Source(InputStream in) {
            this.in = in;
        }

        long offset() {
            return base + pos;
        }

        /** True once {@code n} bytes are buffered from the position, false if the file ends before. */
        boolean ensure(int n) throws IOException {
            if (lim - pos >= n) {
                return true;
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                base += pos;
                lim -= pos;
                pos = 0;
            }
            if (n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
            }
            while (lim < n) {
                int r = in.read(buf, lim, buf.length - lim);
                if (r < 0) {
                    return false;
                }
                lim += r;
            }
            return true;
        }

        /** Buffers up to {@code n} bytes from the position; returns how many are buffered (less at the end). */
        int fill(int n) throws IOException {
            if (!ensure(n)) {
                return lim - pos;
            }
            return n;
        }

        byte peek(int i) {
            return buf[pos + i];
        }

        int intLE(int i) {
            return (buf[pos + i] & 0xff) | (buf[pos + i + 1] & 0xff) << 8 | (buf[pos + i + 2] & 0xff) << 16
                    | (buf[pos + i + 3] & 0xff) << 24;
        }

        void skip(int n) {
            pos += n;
        }

        /** Hands the buffered bytes to the inflater; {@link #consumed} later advances past what it used. */
        void feed(Inflater inflater) {
            fed = lim - pos;
            inflater.setInput(buf, pos, fed);
        }

        /** Forgets the bytes fed but not used: they follow the member's compressed data (its trailer). */
        void release() {
            fed = 0;
        }

        void consumed(Inflater inflater) {
            if (fed > 0) {
                int used = fed - inflater.getRemaining();
                pos += used;
                fed -= used;
            }
        }
    }

    /** Parses rows into growing column arrays; a row may continue into the next member. */
    private static final class Rows {
        private final Path file;
        private final List<String> names;
        private final int columns;
        private double[][] data;
        private int count;
        private byte[] carry = new byte[0];
        private long line;
        /** Exact powers of ten, 10^0 to 10^15. */
        private static final double[] POW10 = new double[16];

        static {
            double p = 1;
            for (int k = 0; k < POW10.length; k++) {
                POW10[k] = p;
                p *= 10;
            }
        }

        Rows(Path file, List<String> names) {
            this.file = file;
            this.names = names;
            this.columns = names.size();
            this.data = new double[columns][1 << 12];
        }

        int count() {
            return count;
        }

        double[] column(int c) {
            return Arrays.copyOf(data[c], count);
        }

        void parse(byte[] bytes, int length) throws FormatException {
            byte[] b = bytes;
            int len = length;
            if (carry.length > 0) {
                b = Arrays.copyOf(carry, carry.length + length);
                System.arraycopy(bytes, 0, b, carry.length, length);
                len = b.length;
            }
            int start = 0;
            for (int i = 0; i < len; i++) {
                if (b[i] == '\n') {
                    row(b, start, i);
                    start = i + 1;
                }
            }
            carry = Arrays.copyOfRange(b, start, len);
        }

        void finish() throws FormatException {
            if (carry.length > 0) {
                row(carry, 0, carry.length); // a last row without a line break (files from other tools)
                carry = new byte[0];
            }
        }

        private void row(byte[] b, int from, int to) throws FormatException {
            line++;
            if (to > from && b[to - 1] == '\r') {
                to--;
            }
            if (count == data[0].length) {
                for (int c = 0; c < columns; c++) {
                    data[c] = Arrays.copyOf(data[c], count * 2);
                }
            }
            int cellStart = from;
            int c = 0;
            for (int i = from; i <= to; i++) {
                if (i == to || b[i] == '\t') {
                    if (c >= columns) {
                        throw new FormatException(file, "line " + line, "more than the " + columns
                                + " cells the sidecar's Columns " + names + " name");
                    }
                    data[c][count] = cell(b, cellStart, i, c);
                    c++;
                    cellStart = i + 1;
                }
            }
            if (c != columns) {
                throw new FormatException(file, "line " + line, c + " cell(s), expected " + columns + " (Columns "
                        + names + ")");
            }
            count++;
        }

        private double cell(byte[] b, int from, int to, int column) throws FormatException {
            int n = to - from;
            if (n == 3 && b[from] == 'n' && b[from + 1] == '/' && b[from + 2] == 'a') {
                return Double.NaN;
            }
            int i = from;
            boolean negative = n > 0 && b[i] == '-';
            if (negative) {
                i++;
            }
            if (to - i > 0 && to - i <= 16) {
                // Clinger's fast path: at most 15 digits make an exact long below 2^53, and 10^k for k <= 15 is an
                // exact double, so one IEEE division rounds exactly as Double.parseDouble does
                long v = 0;
                int digits = 0;
                int point = -1;
                int j = i;
                for (; j < to; j++) {
                    byte d = b[j];
                    if (d >= '0' && d <= '9') {
                        v = v * 10 + (d - '0');
                        digits++;
                    } else if (d == '.' && point < 0) {
                        point = j;
                    } else {
                        break;
                    }
                }
                if (j == to && digits > 0 && digits <= 15) {
                    if (point < 0) {
                        return negative ? -(double) v : v; // "-0" is -0.0, as Double.parseDouble has it
                    }
                    double x = v / POW10[to - point - 1];
                    return negative ? -x : x;
                }
            }
            String s = new String(b, from, n, StandardCharsets.ISO_8859_1);
            try {
                if (n == 0 || !Character.isDigit(s.charAt(s.length() - 1)) && s.charAt(s.length() - 1) != '.') {
                    throw new NumberFormatException();
                }
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new FormatException(file, "line " + line + ", column " + (column + 1) + " (" + names.get(column)
                        + ")", "'" + s + "', expected a number or n/a");
            }
        }
    }
}
