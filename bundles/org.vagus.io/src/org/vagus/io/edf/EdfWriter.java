package org.vagus.io.edf;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.vagus.io.RecordWriter;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;

/**
 * Writes a {@link SignalRecord} and its annotations as an EDF+C file (Kemp et al. 1992; Kemp and Olivan 2003) or
 * a BDF+C file (BioSemi's 24-bit variant), atomically (temporary file in the target's folder, forced to storage,
 * renamed over the target).
 * <p>
 * <b>Scaling and quantisation error.</b> Each signal gets its own range: the physical minimum and maximum are its
 * smallest and largest samples, rounded outward to decimals that fit the 8-character header fields, mapped onto
 * the variant's whole digital range (-32768..32767 for EDF, -8388608..8388607 for BDF). A sample is stored as the
 * nearest digital step, so reading it back differs by at most half a step:
 * {@code (physicalMaximum - physicalMinimum) / (digitalMaximum - digitalMinimum) / 2}, that is range / 131070
 * for EDF and range / 33554430 for BDF. An ECG spanning -2..3 mV is thus kept to 0.04 uV in EDF and 0.15 nV in BDF.
 * The header fields hold plain decimals only: signals whose values are tiny in their unit (below 1e-5, say a
 * signal in volts) lose resolution to the rounding of the range; write them in a smaller unit. The
 * {@link EdfWriteSummary} returned by {@link #write(SignalRecord, List, Path)} gives the step of every signal.
 * A constant signal gets the range value +- |value| (or -1..1 for 0).
 * <p>
 * <b>Data records.</b> Unless set, the record duration is the first of 1, 0.5, 0.25, 0.2, 0.1, 0.05, 0.04, 0.02,
 * 0.01, 2, 4, 5 and 10 s that gives every signal a whole number of samples per record, preferring one where every
 * signal ends exactly at a record's end and a record stays within the 61440 bytes the EDF specification
 * recommends. A signal that ends inside the last record is padded by repeating its last sample (the summary counts
 * the padding). Annotations go into the TALs of the record their onset falls in; the annotations signal is sized
 * to the fullest record.
 * <p>
 * Refused with an {@link IllegalArgumentException}: signals without samples, non-finite samples (EDF has no code
 * for a missing sample), labels over 16 or units over 8 characters or outside printable ASCII, labels that are
 * an annotations signal's, and rates that no record duration turns into whole samples.
 *
 * @since 0.1.0
 */
public final class EdfWriter implements RecordWriter {
    /** The largest data record the EDF specification recommends, in bytes. */
    public static final int RECOMMENDED_MAX_RECORD_BYTES = 61440;

    private static final double[] DURATIONS = {1, 0.5, 0.25, 0.2, 0.1, 0.05, 0.04, 0.02, 0.01, 2, 4, 5, 10};
    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("dd.MM.yy", Locale.ROOT);
    private static final DateTimeFormatter HEADER_TIME = DateTimeFormatter.ofPattern("HH.mm.ss", Locale.ROOT);

    private final EdfVariant variant;
    private final LocalDateTime start;
    private final String patientCode;
    private final double recordDuration;

    /** A writer of EDF+C ({@link EdfVariant#EDF}) or BDF+C ({@link EdfVariant#BDF}) with an unknown start. */
    public EdfWriter(EdfVariant variant) {
        this(variant, null, "X", Double.NaN);
    }

    private EdfWriter(EdfVariant variant, LocalDateTime start, String patientCode, double recordDuration) {
        this.variant = Objects.requireNonNull(variant, "variant");
        this.start = start;
        this.patientCode = patientCode;
        this.recordDuration = recordDuration;
    }

    /**
     * This writer with the date and time of the first sample; a fraction of a second goes into the time-keeping
     * TALs, as EDF+ prescribes. Without it the header says 01.01.85 00.00.00 and {@code Startdate X}.
     */
    public EdfWriter withStart(LocalDateTime start) {
        return new EdfWriter(variant, Objects.requireNonNull(start, "start"), patientCode, recordDuration);
    }

    /**
     * This writer with a patient code for the EDF+ patient field ({@code code X X X}: sex, birth date and name
     * are never written). Blanks become '_'.
     */
    public EdfWriter withPatientCode(String code) {
        String c = Objects.requireNonNull(code, "code").strip().replaceAll("\\s+", "_");
        if (c.isEmpty() || c.length() > 60 || !printable(c)) {
            throw new IllegalArgumentException("patient code '" + code + "': expected 1 to 60 printable ASCII"
                    + " characters");
        }
        return new EdfWriter(variant, start, c, recordDuration);
    }

    /**
     * This writer with a fixed data record duration in seconds instead of the automatic choice.
     *
     * @throws IllegalArgumentException if it is not positive or does not fit 8 characters exactly
     */
    public EdfWriter withRecordDuration(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds) || EdfNumbers.plain(EdfNumbers.decimal(seconds)).length() > 8) {
            throw new IllegalArgumentException("record duration " + seconds + " s: expected a positive decimal of"
                    + " at most 8 characters");
        }
        return new EdfWriter(variant, start, patientCode, seconds);
    }

    public EdfVariant variant() {
        return variant;
    }

    @Override
    public String formatName() {
        return variant == EdfVariant.EDF ? "edf" : "bdf";
    }

    /** Writes the record without annotations (the annotations signal then holds only time-keeping TALs). */
    @Override
    public void write(SignalRecord record, Path target) throws IOException {
        write(record, List.of(), target);
    }

    /**
     * Writes the record and its annotations (onsets in seconds from the first sample).
     *
     * @return the layout and scaling written
     * @throws IllegalArgumentException naming the signal or annotation that cannot be written
     */
    public EdfWriteSummary write(SignalRecord record, List<EdfAnnotation> annotations, Path target)
            throws IOException {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(annotations, "annotations");
        List<Signal> signals = record.signals();
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("record " + record.name() + " has no signals; EDF needs at least one");
        }
        double[][] range = new double[signals.size()][];
        for (int i = 0; i < signals.size(); i++) {
            range[i] = checkSignal(record, i);
        }
        BigDecimal duration = EdfNumbers.decimal(Double.isNaN(recordDuration) ? chooseDuration(signals)
                : recordDuration);
        int[] spr = samplesPerRecord(record, duration);
        int records = 0;
        for (int i = 0; i < signals.size(); i++) {
            records = Math.max(records, ceilDiv(signals.get(i).length(), spr[i]));
        }
        int nrec = records;
        BigDecimal fraction = start == null ? BigDecimal.ZERO : BigDecimal.valueOf(start.getNano(), 9);
        byte[][] tals = tals(annotations, duration, fraction, nrec);
        int longest = Arrays.stream(tals).mapToInt(t -> t.length).max().orElse(1);
        int annotationSpr = ceilDiv(longest, variant.bytesPerSample());

        List<EdfWriteSummary.Channel> channels = new ArrayList<>();
        List<String[]> fields = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            Signal s = signals.get(i);
            String pmin = EdfNumbers.outward(range[i][0], true, 8);
            String pmax = EdfNumbers.outward(range[i][1], false, 8);
            channels.add(new EdfWriteSummary.Channel(s.name(), Double.parseDouble(pmin), Double.parseDouble(pmax),
                    variant.digitalMinimum(), variant.digitalMaximum(), spr[i], nrec * spr[i] - s.length()));
            fields.add(new String[] {s.name(), "", s.unit().symbol(), pmin, pmax,
                    Integer.toString(variant.digitalMinimum()), Integer.toString(variant.digitalMaximum()), "",
                    Integer.toString(spr[i]), ""});
        }
        fields.add(new String[] {variant.annotationLabel(), "", "", "-1", "1", Integer.toString(variant.digitalMinimum()),
                Integer.toString(variant.digitalMaximum()), "", Integer.toString(annotationSpr), ""});
        byte[] header = header(fields, nrec, duration);
        EdfWriteSummary summary = new EdfWriteSummary(target, variant, duration.doubleValue(), nrec, channels,
                annotationSpr);
        AtomicFile.write(target, out -> {
            out.write(header);
            writeRecords(out, signals, channels, tals, annotationSpr, nrec);
        });
        return summary;
    }

    /** Checks a signal and returns the {min, max} its range is built on. */
    private static double[] checkSignal(SignalRecord record, int i) {
        Signal s = record.signal(i);
        String who = "record " + record.name() + ", signal " + i + " (" + s.name() + ")";
        if (s.name().length() > 16 || !printable(s.name())) {
            throw new IllegalArgumentException(who + ": the label must be at most 16 printable ASCII characters");
        }
        if (s.name().equals("EDF Annotations") || s.name().equals("BDF Annotations")) {
            throw new IllegalArgumentException(who + ": the label is reserved for the annotations signal");
        }
        if (s.unit().symbol().length() > 8 || !printable(s.unit().symbol())) {
            throw new IllegalArgumentException(who + ": the unit '" + s.unit() + "' must be at most 8 printable"
                    + " ASCII characters");
        }
        if (s.length() == 0) {
            throw new IllegalArgumentException(who + ": no samples");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < s.length(); k++) {
            double x = s.sample(k);
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException(who + ": sample " + k + " is " + x + "; EDF/BDF can only store"
                        + " finite values (no code for a missing sample)");
            }
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        if (lo == hi) {
            double half = lo == 0 ? 1 : Math.abs(lo);
            return new double[] {lo - half, hi + half};
        }
        return new double[] {lo, hi};
    }

    private double chooseDuration(List<Signal> signals) {
        // tiers: whole records and small records, whole records, small records, anything with integer samples
        double[] best = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        for (double d : DURATIONS) {
            boolean integral = true;
            boolean whole = true;
            long bytes = 0;
            long records = -1;
            for (Signal s : signals) {
                double exact = s.rate().hertz() * d;
                long spr = Math.round(exact);
                integral &= spr >= 1 && Math.abs(exact - spr) <= 1e-9 * Math.max(1, exact);
                if (!integral) {
                    break;
                }
                bytes += spr * variant.bytesPerSample();
                whole &= s.length() % spr == 0 && (records < 0 || records == s.length() / spr);
                records = s.length() / spr;
            }
            if (!integral) {
                continue;
            }
            boolean small = bytes <= RECOMMENDED_MAX_RECORD_BYTES;
            int tier = whole && small ? 0 : whole ? 1 : small ? 2 : 3;
            if (Double.isNaN(best[tier])) {
                best[tier] = d;
            }
        }
        for (double d : best) {
            if (!Double.isNaN(d)) {
                return d;
            }
        }
        StringBuilder rates = new StringBuilder();
        signals.forEach(s -> rates.append(rates.isEmpty() ? "" : ", ").append(s.rate().hertz()).append(" Hz"));
        throw new IllegalArgumentException("no record duration among " + Arrays.toString(DURATIONS)
                + " s holds a whole number of samples of every signal (" + rates + "); set one with"
                + " withRecordDuration");
    }

    private static int[] samplesPerRecord(SignalRecord record, BigDecimal duration) {
        int[] spr = new int[record.signals().size()];
        for (int i = 0; i < spr.length; i++) {
            Signal s = record.signal(i);
            double exact = s.rate().hertz() * duration.doubleValue();
            long n = Math.round(exact);
            if (n < 1 || n > Integer.MAX_VALUE / 8 || Math.abs(exact - n) > 1e-9 * Math.max(1, exact)) {
                throw new IllegalArgumentException("signal " + i + " (" + s.name() + ") at " + s.rate()
                        + " has " + exact + " samples in a " + duration + " s data record; expected a whole number");
            }
            spr[i] = (int) n;
        }
        return spr;
    }

    /** The TAL bytes of every data record: the time-keeping TAL, then the annotations whose onset falls in it. */
    private static byte[][] tals(List<EdfAnnotation> annotations, BigDecimal duration, BigDecimal fraction,
            int nrec) {
        StringBuilder[] text = new StringBuilder[nrec];
        for (int r = 0; r < nrec; r++) {
            BigDecimal onset = fraction.add(duration.multiply(BigDecimal.valueOf(r)));
            text[r] = new StringBuilder(EdfNumbers.onset(onset)).append("\u0014\u0014\u0000");
        }
        for (EdfAnnotation a : annotations) {
            long r = (long) Math.floor(a.onset() / duration.doubleValue());
            int k = (int) Math.max(0, Math.min(nrec - 1, r));
            StringBuilder t = text[k].append(EdfNumbers.onset(fraction.add(EdfNumbers.decimal(a.onset()))));
            if (a.hasDuration()) {
                t.append('\u0015').append(EdfNumbers.plain(EdfNumbers.decimal(a.duration())));
            }
            t.append('\u0014').append(a.text()).append("\u0014\u0000");
        }
        byte[][] out = new byte[nrec][];
        for (int r = 0; r < nrec; r++) {
            out[r] = text[r].toString().getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    private byte[] header(List<String[]> fields, int nrec, BigDecimal duration) {
        int ns = fields.size();
        byte[] h = new byte[EdfHeader.BLOCK * (ns + 1)];
        Arrays.fill(h, (byte) ' ');
        System.arraycopy(variant.versionField(), 0, h, 0, 8);
        put(h, 8, 80, patientCode + " X X X");
        String startdate = start == null ? "X"
                : start.format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ROOT)).toUpperCase(Locale.ROOT);
        put(h, 88, 80, "Startdate " + startdate + " X X Vagus");
        put(h, 168, 8, start == null ? "01.01.85" : start.format(HEADER_DATE));
        put(h, 176, 8, start == null ? "00.00.00" : start.format(HEADER_TIME));
        put(h, 184, 8, Integer.toString(h.length));
        put(h, 192, 44, variant.plusMarker() + "C");
        put(h, 236, 8, Integer.toString(nrec));
        put(h, 244, 8, EdfNumbers.plain(duration));
        put(h, 252, 4, Integer.toString(ns));
        int[] widths = {16, 80, 8, 8, 8, 8, 8, 80, 8, 32};
        int at = EdfHeader.BLOCK;
        for (int f = 0; f < widths.length; f++) {
            for (int i = 0; i < ns; i++) {
                put(h, at, widths[f], fields.get(i)[f]);
                at += widths[f];
            }
        }
        return h;
    }

    private static void put(byte[] h, int at, int width, String value) {
        byte[] b = value.getBytes(StandardCharsets.US_ASCII);
        if (b.length > width) {
            throw new IllegalArgumentException("'" + value + "' does not fit the " + width
                    + "-character header field at byte " + at);
        }
        System.arraycopy(b, 0, h, at, b.length);
    }

    private void writeRecords(OutputStream out, List<Signal> signals, List<EdfWriteSummary.Channel> channels,
            byte[][] tals, int annotationSpr, int nrec) throws IOException {
        int bps = variant.bytesPerSample();
        int total = annotationSpr;
        for (EdfWriteSummary.Channel c : channels) {
            total += c.samplesPerRecord();
        }
        byte[] rec = new byte[total * bps];
        for (int r = 0; r < nrec; r++) {
            int o = 0;
            for (int i = 0; i < signals.size(); i++) {
                Signal s = signals.get(i);
                EdfWriteSummary.Channel c = channels.get(i);
                double physicalRange = c.physicalMaximum() - c.physicalMinimum();
                double digitalRange = (double) c.digitalMaximum() - c.digitalMinimum();
                int spr = c.samplesPerRecord();
                for (int j = 0, k = r * spr; j < spr; j++, k++) {
                    double x = s.sample(Math.min(k, s.length() - 1));
                    // the inverse of the reader's map, rounded to the nearest digital step
                    long d = Math.round((x - c.physicalMinimum()) * digitalRange / physicalRange + c.digitalMinimum());
                    int v = (int) Math.max(c.digitalMinimum(), Math.min(c.digitalMaximum(), d));
                    rec[o++] = (byte) v;
                    rec[o++] = (byte) (v >> 8);
                    if (bps == 3) {
                        rec[o++] = (byte) (v >> 16);
                    }
                }
            }
            Arrays.fill(rec, o, rec.length, (byte) 0);
            System.arraycopy(tals[r], 0, rec, o, tals[r].length);
            out.write(rec);
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static boolean printable(String s) {
        return s.chars().allMatch(c -> c >= 32 && c <= 126);
    }
}
