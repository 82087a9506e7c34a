package org.vagus.io.edf;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vagus.io.FormatException;

/**
 * The header of an EDF, EDF+, BDF or BDF+ file: the 256-byte fixed part (Kemp et al. 1992, "A simple format
 * for exchange of digitized polygraphic recordings", Electroencephalogr. Clin. Neurophysiol. 82:391-393) and 256
 * bytes per signal, with the EDF+ conventions of Kemp and Olivan (2003, "European data format 'plus' (EDF+), an
 * EDF alike standard format for the exchange of physiological data", Clin. Neurophysiol. 114:1755-1761): the
 * reserved field starts with {@code EDF+C} or {@code EDF+D}, the start year comes from the recording field's
 * {@code Startdate dd-MMM-yyyy} when given. BDF (BioSemi) has the version field byte 255 + {@code BIOSEMI} and
 * 24-bit samples; BDF+ marks itself {@code BDF+C}/{@code BDF+D}.
 * <p>
 * Parsing checks every numeric field (a field that is not a number is reported with its name and byte offset),
 * the header size, the digital and physical ranges, and that the file holds exactly the data records the header
 * declares: a short file is reported as truncated at its last byte, a longer one as disagreeing with the number
 * of records. A record count of -1 (recording still in progress, allowed by the specification) is replaced by the
 * count the file size gives, if the data is whole records.
 *
 * @param file the file
 * @param variant EDF (16-bit) or BDF (24-bit)
 * @param plus true for EDF+/BDF+ (reserved field starting with {@code EDF+} or {@code BDF+})
 * @param discontinuous true for {@code +D} files, whose data records may have gaps between them
 * @param patient the local patient identification (80 characters)
 * @param recording the local recording identification (80 characters)
 * @param start the start date and time of the header, to the second (the first data record may start a
 *        fraction of a second later: see {@link EdfFile#firstRecordOnset()})
 * @param headerBytes the header size, {@code 256 * (signals + 1)}
 * @param reserved the reserved field, for example {@code EDF+C}
 * @param recordCount the number of data records
 * @param recordDuration the duration of a data record in seconds; 0 only for files without ordinary signals
 * @param signals the signal headers, annotation signals included, in file order
 * @since 0.1.0
 */
public record EdfHeader(Path file, EdfVariant variant, boolean plus, boolean discontinuous, String patient,
        String recording, LocalDateTime start, int headerBytes, String reserved, int recordCount,
        double recordDuration, List<EdfSignalHeader> signals) {

    /** The size of the fixed header and of each signal's header, in bytes. */
    public static final int BLOCK = 256;

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern TRIPLET = Pattern.compile("([0-9]{2})[.:]([0-9]{2})[.:]([0-9]{2})");
    private static final Pattern PLUS_STARTDATE = Pattern.compile("Startdate ([0-9]{2})-([A-Z]{3})-([0-9]{4})\\b.*");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    /** Widths of the per-signal fields, in file order (Kemp et al. 1992). */
    private static final int[] SIGNAL_FIELD_WIDTHS = {16, 80, 8, 8, 8, 8, 8, 80, 8, 32};

    public EdfHeader {
        signals = List.copyOf(signals);
    }

    /** Bytes of one data record: the samples per record of all signals times the bytes per sample. */
    public long recordBytes() {
        long n = 0;
        for (EdfSignalHeader s : signals) {
            n += s.samplesPerRecord();
        }
        return n * variant.bytesPerSample();
    }

    /** The file size the header promises: {@code headerBytes + recordCount * recordBytes}. */
    public long expectedFileSize() {
        return headerBytes + recordCount * recordBytes();
    }

    /**
     * True if signal {@code index} is an annotations signal: an EDF+/BDF+ file's signal labelled
     * {@code EDF Annotations} or {@code BDF Annotations}. In plain EDF/BDF every signal is ordinary.
     */
    public boolean isAnnotationSignal(int index) {
        return plus && signals.get(index).isAnnotationLabel();
    }

    /** The byte offset of signal {@code index}'s samples inside a data record. */
    public long offsetInRecord(int index) {
        long n = 0;
        for (int i = 0; i < index; i++) {
            n += signals.get(i).samplesPerRecord();
        }
        return n * variant.bytesPerSample();
    }

    /** Reads and checks the header of a file. */
    public static EdfHeader read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(file, ch, ch.size());
        }
    }

    /** Reads and checks the header from the start of {@code ch}; {@code size} is the file size. */
    static EdfHeader read(Path file, SeekableByteChannel ch, long size) throws IOException {
        if (size < BLOCK) {
            throw new FormatException(file, "byte " + size, "truncated: the file ends after " + size
                    + " bytes, inside the 256-byte EDF/BDF header");
        }
        byte[] fixed = readFully(ch, 0, BLOCK);
        EdfVariant variant = EdfVariant.ofVersionField(fixed);
        if (variant == null) {
            throw new FormatException(file, "byte 0", "version field '" + text(fixed, 0, 8)
                    + "' is neither '0' (EDF) nor byte 255 followed by 'BIOSEMI' (BDF)");
        }
        int ns = parseInt(file, fixed, 252, 4, "number of signals");
        if (ns < 1) {
            throw new FormatException(file, "byte 252", "number of signals is " + ns + "; expected at least 1");
        }
        int headerBytes = parseInt(file, fixed, 184, 8, "number of bytes in header record");
        if (headerBytes != BLOCK * (ns + 1)) {
            throw new FormatException(file, "byte 184", "number of bytes in header record is " + headerBytes
                    + "; with " + ns + " signal(s) it must be 256 * (" + ns + " + 1) = " + BLOCK * (ns + 1));
        }
        if (size < headerBytes) {
            throw new FormatException(file, "byte " + size, "truncated: the file ends after " + size
                    + " bytes, inside the signal headers (the header declares " + ns + " signal(s), "
                    + headerBytes + " bytes)");
        }
        String reserved = text(fixed, 192, 44);
        boolean plus = reserved.startsWith("EDF+") || reserved.startsWith("BDF+");
        boolean discontinuous = plus && reserved.length() > 4 && reserved.charAt(4) == 'D';
        if (plus && (reserved.length() < 5 || "CD".indexOf(reserved.charAt(4)) < 0)) {
            throw new FormatException(file, "byte 192", "reserved field '" + reserved
                    + "' starts with " + reserved.substring(0, 4) + " but is not followed by C or D");
        }
        String patient = text(fixed, 8, 80);
        String recording = text(fixed, 88, 80);
        LocalDateTime start = parseStart(file, fixed, plus ? recording : "");
        int recordCount = parseInt(file, fixed, 236, 8, "number of data records");
        double recordDuration = parseDouble(file, fixed, 244, 8, "duration of a data record");
        if (recordCount < -1) {
            throw new FormatException(file, "byte 236", "number of data records is " + recordCount
                    + "; expected a count >= 0, or -1 while recording");
        }
        if (!(recordDuration >= 0) || Double.isInfinite(recordDuration)) {
            throw new FormatException(file, "byte 244", "duration of a data record is " + recordDuration
                    + " s; expected a finite value >= 0 s");
        }
        List<EdfSignalHeader> signals = parseSignals(file, readFully(ch, BLOCK, BLOCK * ns), ns, variant, plus,
                recordDuration);
        EdfHeader h = new EdfHeader(file, variant, plus, discontinuous, patient, recording, start, headerBytes,
                reserved, Math.max(recordCount, 0), recordDuration, signals);
        long recordBytes = h.recordBytes();
        if (recordCount == -1) {
            long data = size - headerBytes;
            if (data % recordBytes != 0 || data / recordBytes > Integer.MAX_VALUE) {
                throw new FormatException(file, "byte " + size, "truncated: the number of data records is -1"
                        + " (unknown) and the " + data + " data bytes are not a whole number of " + recordBytes
                        + "-byte data records");
            }
            h = new EdfHeader(file, variant, plus, discontinuous, patient, recording, start, headerBytes, reserved,
                    (int) (data / recordBytes), recordDuration, signals);
        }
        checkSize(h, size);
        return h;
    }

    private static void checkSize(EdfHeader h, long size) throws FormatException {
        long expected = h.expectedFileSize();
        long recordBytes = h.recordBytes();
        if (size < expected) {
            long inRecord = (size - h.headerBytes) / recordBytes;
            throw new FormatException(h.file, "byte " + size, "truncated: the header declares " + h.recordCount
                    + " data records of " + recordBytes + " bytes (" + expected + " bytes in all) but the file ends"
                    + " after " + size + " bytes, in data record " + inRecord + " (0-based)");
        }
        if (size > expected) {
            long extra = size - expected;
            throw new FormatException(h.file, "byte " + expected, "the number of data records in the header (byte"
                    + " 236: " + h.recordCount + ") disagrees with the file size: " + h.recordCount + " records of "
                    + recordBytes + " bytes end at byte " + expected + " but the file holds " + extra
                    + " more bytes (" + (extra / recordBytes) + " whole record(s)"
                    + (extra % recordBytes == 0 ? "" : " and " + extra % recordBytes + " bytes") + ")");
        }
    }

    private static List<EdfSignalHeader> parseSignals(Path file, byte[] b, int ns, EdfVariant variant, boolean plus,
            double recordDuration) throws FormatException {
        // fields are stored field by field: all labels, then all transducers, ...
        int[] fieldStart = new int[SIGNAL_FIELD_WIDTHS.length];
        for (int f = 1; f < fieldStart.length; f++) {
            fieldStart[f] = fieldStart[f - 1] + SIGNAL_FIELD_WIDTHS[f - 1] * ns;
        }
        List<EdfSignalHeader> out = new ArrayList<>(ns);
        for (int i = 0; i < ns; i++) {
            int[] at = new int[fieldStart.length];
            for (int f = 0; f < at.length; f++) {
                at[f] = fieldStart[f] + SIGNAL_FIELD_WIDTHS[f] * i;
            }
            String label = text(b, at[0], 16);
            String who = "signal " + i + " (" + label + "): ";
            double pmin = parseSignalDouble(file, b, at[3], 8, who + "physical minimum");
            double pmax = parseSignalDouble(file, b, at[4], 8, who + "physical maximum");
            int dmin = parseSignalInt(file, b, at[5], 8, who + "digital minimum");
            int dmax = parseSignalInt(file, b, at[6], 8, who + "digital maximum");
            int spr = parseSignalInt(file, b, at[8], 8, who + "number of samples in each data record");
            EdfSignalHeader s = new EdfSignalHeader(i, label, text(b, at[1], 80), text(b, at[2], 8), pmin, pmax, dmin,
                    dmax, text(b, at[7], 80), spr, text(b, at[9], 32));
            if (spr < 1) {
                throw new FormatException(file, "byte " + (BLOCK + at[8]), who + "number of samples in each data"
                        + " record is " + spr + "; expected at least 1");
            }
            boolean annotation = plus && s.isAnnotationLabel();
            if (dmin < variant.digitalMinimum() || dmax > variant.digitalMaximum() || dmin >= dmax) {
                throw new FormatException(file, "byte " + (BLOCK + at[5]), who + "digital range " + dmin + " to "
                        + dmax + " is not an increasing range within " + variant.digitalMinimum() + " to "
                        + variant.digitalMaximum() + " (" + variant + ")");
            }
            if (!annotation && (pmin == pmax || !Double.isFinite(pmin) || !Double.isFinite(pmax))) {
                throw new FormatException(file, "byte " + (BLOCK + at[3]), who + "physical minimum " + pmin
                        + " and maximum " + pmax + " must be finite and differ");
            }
            if (!annotation && recordDuration == 0) {
                throw new FormatException(file, "byte 244", "duration of a data record is 0 s but " + who
                        + "is an ordinary signal; only files made of annotation signals may have 0 s records");
            }
            out.add(s);
        }
        return out;
    }

    /** Header date {@code dd.mm.yy} and time {@code hh.mm.ss}; EDF+ takes the year from {@code Startdate}. */
    private static LocalDateTime parseStart(Path file, byte[] b, String plusRecording) throws FormatException {
        String date = text(b, 168, 8);
        String time = text(b, 176, 8);
        Matcher d = TRIPLET.matcher(date);
        if (!d.matches()) {
            throw new FormatException(file, "byte 168", "start date of recording '" + date
                    + "' is not dd.mm.yy");
        }
        Matcher t = TRIPLET.matcher(time);
        if (!t.matches()) {
            throw new FormatException(file, "byte 176", "start time of recording '" + time
                    + "' is not hh.mm.ss");
        }
        int yy = Integer.parseInt(d.group(3));
        // Kemp et al. 1992 clipping: 85-99 are 1985-1999, 00-84 are 2000-2084
        int year = yy >= 85 ? 1900 + yy : 2000 + yy;
        Matcher p = PLUS_STARTDATE.matcher(plusRecording);
        if (p.matches() && MONTHS.contains(p.group(2).toUpperCase(Locale.ROOT))) {
            year = Integer.parseInt(p.group(3));
        }
        try {
            return LocalDateTime.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)),
                    Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)), Integer.parseInt(t.group(3)));
        } catch (DateTimeException e) {
            throw new FormatException(file, "byte 168", "start date and time '" + date + " " + time
                    + "' is not a valid date and time: " + e.getMessage());
        }
    }

    private static int parseInt(Path file, byte[] b, int off, int len, String field) throws FormatException {
        return parseInt(file, b, off, len, field, off);
    }

    private static int parseSignalInt(Path file, byte[] b, int off, int len, String field) throws FormatException {
        return parseInt(file, b, off, len, field, BLOCK + off);
    }

    private static int parseInt(Path file, byte[] b, int off, int len, String field, long fileOffset)
            throws FormatException {
        String s = text(b, off, len);
        if (!INTEGER.matcher(s).matches()) {
            throw new FormatException(file, "byte " + fileOffset, "header field '" + field + "' is '" + s
                    + "'; expected an integer");
        }
        try {
            return Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw new FormatException(file, "byte " + fileOffset, "header field '" + field + "' is '" + s
                    + "'; out of range");
        }
    }

    private static double parseDouble(Path file, byte[] b, int off, int len, String field) throws FormatException {
        return parseDouble(file, b, off, len, field, off);
    }

    private static double parseSignalDouble(Path file, byte[] b, int off, int len, String field)
            throws FormatException {
        return parseDouble(file, b, off, len, field, BLOCK + off);
    }

    private static double parseDouble(Path file, byte[] b, int off, int len, String field, long fileOffset)
            throws FormatException {
        String s = text(b, off, len);
        if (!DECIMAL.matcher(s).matches()) {
            throw new FormatException(file, "byte " + fileOffset, "header field '" + field + "' is '" + s
                    + "'; expected a decimal number");
        }
        return Double.parseDouble(s);
    }

    /** The ASCII text of a field, without the trailing (and leading) blanks that pad it. */
    static String text(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1).strip();
    }

    static byte[] readFully(SeekableByteChannel ch, long position, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(len);
        ch.position(position);
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                throw new EOFException("file ended at byte " + (position + buf.position())
                        + " while reading " + len + " bytes from byte " + position);
            }
        }
        return buf.array();
    }

    /** True if the file starts like an EDF or BDF file (version field). */
    static boolean looksLikeEdf(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return ch.size() >= BLOCK && EdfVariant.ofVersionField(readFully(ch, 0, 8)) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
