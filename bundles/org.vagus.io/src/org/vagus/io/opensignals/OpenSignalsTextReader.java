package org.vagus.io.opensignals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.vagus.io.FormatException;
import org.vagus.io.RecordReader;
import org.vagus.io.SignalRecord;

/**
 * Reads OpenSignals text files ({@code .txt}) written from BITalino and biosignalsplux devices, one or several
 * devices per file; the format is described in the {@link org.vagus.io.opensignals package documentation}.
 * <p>
 * The header's JSON line is parsed with Gson; every data row must hold exactly the columns the header declares,
 * each an integer, each analog value within the channel's declared resolution ({@code 0 .. 2^n - 1}), and the
 * file must end with a line break (a last line without one was cut while being written). Sequence numbers are
 * checked per device ({@link SequenceChecker}); a jump fails the file under {@link GapPolicy#FAIL} (the
 * default) and is listed under {@link GapPolicy#REPORT}. Analog channels come out in physical units through
 * {@link SensorTransfer}, digital columns ({@code I1 I2 O1 O2}, {@code DI}) as recorded, after every analog
 * channel; see {@link OpenSignalsRecording} for the signals' order and names.
 * <p>
 * Files in other text layouts, such as BioSPPy's {@code # Simple Text Format}, are not OpenSignals files:
 * {@link #canRead(Path)} is false for them and {@link #read(Path)} refuses them on line 1.
 *
 * @since 0.1.0
 */
public final class OpenSignalsTextReader implements RecordReader {
    /** The start of line 1 (newer OpenSignals versions append {@code ". Version 1"}). */
    public static final String MAGIC = "# OpenSignals Text File Format";
    private static final String END_OF_HEADER = "EndOfHeader";

    private final GapPolicy gapPolicy;

    /** A reader that refuses files with sequence gaps ({@link GapPolicy#FAIL}). */
    public OpenSignalsTextReader() {
        this(GapPolicy.FAIL);
    }

    /** A reader with the given handling of sequence gaps. */
    public OpenSignalsTextReader(GapPolicy gapPolicy) {
        this.gapPolicy = Objects.requireNonNull(gapPolicy, "gapPolicy");
    }

    @Override
    public String formatName() {
        return "opensignals-txt";
    }

    /** True for a {@code .txt} file whose first line starts with {@link #MAGIC}. */
    @Override
    public boolean canRead(Path file) {
        if (!Files.isRegularFile(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(MAGIC.length());
            return new String(start, StandardCharsets.UTF_8).equals(MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public SignalRecord read(Path file) throws IOException {
        return readRecording(file).record();
    }

    /**
     * Reads the file with its devices, ADC codes and (under {@link GapPolicy#REPORT}) its gaps.
     *
     * @throws FormatException naming the file, the line and what was expected
     */
    public OpenSignalsRecording readRecording(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            LineInput lines = new LineInput(file, in);
            List<OpenSignalsTextHeader.Layout> layouts = header(file, lines);
            return data(file, lines, layouts);
        }
    }

    private static List<OpenSignalsTextHeader.Layout> header(Path file, LineInput lines) throws IOException {
        if (!lines.next() || !lines.text().startsWith(MAGIC)) {
            String found = lines.number() == 0 ? "an empty file" : "'" + shorten(lines.text()) + "'";
            throw new FormatException(file, "line 1", "expected '" + MAGIC + "', found " + found
                    + "; this is not an OpenSignals text file");
        }
        if (!lines.next() || !lines.text().startsWith("#")) {
            throw new FormatException(file, "line 2", lines.number() < 2 ? "the file ends after line 1; expected"
                    + " the JSON header line '# {...}'" : "expected the JSON header line '# {...}', found '"
                            + shorten(lines.text()) + "'");
        }
        List<OpenSignalsTextHeader.Layout> layouts = OpenSignalsTextHeader.parse(file, 2,
                lines.text().substring(1).strip());
        while (true) {
            if (!lines.next()) {
                throw new FormatException(file, "line " + (lines.number() + 1), "the file ends inside the header;"
                        + " expected a line '# " + END_OF_HEADER + "' before the data");
            }
            String text = lines.text();
            if (!text.startsWith("#")) {
                throw new FormatException(file, "line " + lines.number(), "expected '# " + END_OF_HEADER
                        + "' to end the header before the data, found '" + shorten(text) + "'");
            }
            if (text.substring(1).strip().equals(END_OF_HEADER)) {
                return layouts;
            }
        }
    }

    private OpenSignalsRecording data(Path file, LineInput lines, List<OpenSignalsTextHeader.Layout> layouts)
            throws IOException {
        int total = 0;
        List<String> labels = new ArrayList<>();
        for (OpenSignalsTextHeader.Layout l : layouts) {
            total += l.columns().size();
            for (String c : l.columns()) {
                labels.add(layouts.size() == 1 ? c : l.device().mac() + " " + c);
            }
        }
        List<SequenceGap> gaps = new ArrayList<>();
        List<SequenceChecker> checkers = new ArrayList<>();
        List<IntColumn[]> columns = new ArrayList<>();
        List<IntColumn[]> digitalColumns = new ArrayList<>();
        for (OpenSignalsTextHeader.Layout l : layouts) {
            checkers.add(new SequenceChecker(file, l.device(), -1, gapPolicy, gaps, n -> "line " + n));
            columns.add(intColumns(l.device().channels().size()));
            digitalColumns.add(intColumns(l.digital()));
        }
        long[] values = new long[total];
        long rows = 0;
        while (lines.next()) {
            row(file, lines, labels, values);
            int first = 0;
            for (int d = 0; d < layouts.size(); d++) {
                OpenSignalsTextHeader.Layout l = layouts.get(d);
                checkers.get(d).next(values[first], lines.number(), rows);
                for (int k = 0; k < l.digital(); k++) {
                    long v = values[first + 1 + k];
                    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                        throw new FormatException(file, "line " + lines.number(), "column " + (first + 2 + k) + " ("
                                + labels.get(first + 1 + k) + "): digital state " + v + " is not a 32-bit integer;"
                                + " expected 0 or 1");
                    }
                    digitalColumns.get(d)[k].add((int) v);
                }
                int analog = first + 1 + l.digital();
                List<OpenSignalsChannel> channels = l.device().channels();
                for (int c = 0; c < channels.size(); c++) {
                    long v = values[analog + c];
                    OpenSignalsChannel ch = channels.get(c);
                    if (v < 0 || v > ch.maxCode()) {
                        throw new FormatException(file, "line " + lines.number(), "column " + (analog + c + 1) + " ("
                                + labels.get(analog + c) + "): ADC code " + v + " is outside 0.." + ch.maxCode()
                                + ", the " + ch.resolution() + "-bit range the header's \"resolution\" declares");
                    }
                    columns.get(d)[c].add((int) v);
                }
                first += l.columns().size();
            }
            rows++;
        }
        if (rows == 0) {
            throw new FormatException(file, "line " + (lines.number() + 1), "no data after the header; expected"
                    + " at least one row of " + total + " tab-separated integers (" + String.join(", ", labels) + ")");
        }
        List<OpenSignalsDevice> devices = new ArrayList<>();
        List<int[][]> codes = new ArrayList<>();
        List<List<DigitalColumn>> digital = new ArrayList<>();
        for (int d = 0; d < layouts.size(); d++) {
            OpenSignalsTextHeader.Layout l = layouts.get(d);
            devices.add(l.device());
            IntColumn[] c = columns.get(d);
            int[][] a = new int[c.length][];
            for (int i = 0; i < c.length; i++) {
                a[i] = c[i].toArray();
            }
            codes.add(a);
            List<DigitalColumn> states = new ArrayList<>();
            for (int k = 0; k < l.digital(); k++) {
                states.add(new DigitalColumn(l.columns().get(1 + k), digitalColumns.get(d)[k].toArray()));
            }
            digital.add(states);
        }
        return OpenSignalsRecording.assemble(recordName(file), file, devices, codes, digital, gaps);
    }

    private static IntColumn[] intColumns(int n) {
        IntColumn[] c = new IntColumn[n];
        for (int i = 0; i < n; i++) {
            c[i] = new IntColumn();
        }
        return c;
    }

    /** Parses the current line into {@code values}, which has one slot per column. */
    private static void row(Path file, LineInput lines, List<String> labels, long[] values) throws FormatException {
        byte[] b = lines.bytes();
        int len = lines.length();
        String where = "line " + lines.number();
        int fields = len == 0 ? 0 : 1;
        for (int i = 0; i < len; i++) {
            if (b[i] == '\t') {
                fields++;
            }
        }
        if (len > 0 && b[len - 1] == '\t') {
            fields--; // OpenSignals ends BITalino rows with a tab
        }
        if (fields != values.length) {
            String expected = "expected " + values.length + " tab-separated integers (" + String.join(", ", labels)
                    + ")";
            throw new FormatException(file, where, lines.terminated()
                    ? "found " + fields + " column(s); " + expected
                    : "the file ends inside this line (truncated): found " + fields + " column(s); " + expected);
        }
        int p = 0;
        for (int k = 0; k < fields; k++) {
            int end = p;
            while (end < len && b[end] != '\t') {
                end++;
            }
            values[k] = integer(file, where, b, p, end, k + 1, labels.get(k));
            p = end + 1;
        }
        if (!lines.terminated()) {
            throw new FormatException(file, where, "the last line has no line break: the file was cut while being"
                    + " written (truncated), so its last value may be incomplete; expected every row to end with a"
                    + " line break");
        }
    }

    private static long integer(Path file, String where, byte[] b, int from, int to, int column, String label)
            throws FormatException {
        int p = from;
        boolean negative = p < to && b[p] == '-';
        if (negative) {
            p++;
        }
        long v = 0;
        boolean ok = p < to && to - p <= 18;
        for (int i = p; ok && i < to; i++) {
            int digit = b[i] - '0';
            ok = digit >= 0 && digit <= 9;
            v = v * 10 + digit;
        }
        if (!ok) {
            String token = new String(b, from, to - from, StandardCharsets.UTF_8);
            throw new FormatException(file, where, "column " + column + " (" + label + "): "
                    + (token.isEmpty() ? "empty" : "'" + shorten(token) + "' is not an integer")
                    + "; expected an integer (OpenSignals writes raw ADC codes and sequence numbers)");
        }
        return negative ? -v : v;
    }

    private static String recordName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
