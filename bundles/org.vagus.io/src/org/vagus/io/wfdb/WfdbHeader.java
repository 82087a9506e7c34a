package org.vagus.io.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vagus.io.FormatException;

/**
 * A parsed WFDB header file ({@code .hea}, {@code header(5)} in the WFDB Applications Guide): the record line
 * {@code name[/segments] nsig [fs[/counterfreq[(basecounter)]] [nsamp [basetime [basedate]]]]}, one signal line
 * per signal, and {@code #} comment lines. Multi-segment records are refused.
 *
 * @param file the header file
 * @param recordName the record name
 * @param samplingFrequency frames per second (250 when the header omits it, as in WFDB)
 * @param counterFrequency the counter frequency, or the sampling frequency when not given
 * @param baseCounter the counter value of sample 0
 * @param samplesPerSignal samples per signal, or -1 when the header does not say (0 or missing)
 * @param baseTime the time of day of sample 0 as written, or empty
 * @param baseDate the date of sample 0 as written, or empty
 * @param signals the signal specifications
 * @param comments the comment lines without their {@code #}
 * @since 0.1.0
 */
public record WfdbHeader(Path file, String recordName, double samplingFrequency, double counterFrequency,
        double baseCounter, long samplesPerSignal, String baseTime, String baseDate, List<WfdbSignalSpec> signals,
        List<String> comments) {

    /** The frequency WFDB assumes when the record line gives none. */
    public static final double DEFAULT_FREQUENCY = 250;

    private static final Pattern FREQUENCY = Pattern.compile(
            "([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)(?:/([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)(?:\\(([-+]?[0-9]*\\.?[0-9]+)\\))?)?");
    private static final Pattern FORMAT = Pattern.compile("([0-9]+)(?:x([0-9]+))?(?::([0-9]+))?(?:\\+([0-9]+))?");
    private static final Pattern GAIN = Pattern.compile(
            "([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)(?:\\(([-+]?[0-9]+)\\))?(?:/(\\S+))?");

    public WfdbHeader {
        signals = List.copyOf(signals);
        comments = List.copyOf(comments);
    }

    /** The number of signals. */
    public int signalCount() {
        return signals.size();
    }

    /** Reads and parses a header file. */
    public static WfdbHeader read(Path file) throws IOException {
        return parse(file, Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    }

    /**
     * Parses the lines of a header file.
     *
     * @param file the file the lines came from, for messages
     * @throws FormatException naming the line and the field that does not fit
     */
    public static WfdbHeader parse(Path file, List<String> lines) throws FormatException {
        List<String> comments = new ArrayList<>();
        List<WfdbSignalSpec> signals = new ArrayList<>();
        String[] record = null;
        int recordLine = 0;
        int expectedSignals = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int lineNo = i + 1;
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (record == null) {
                record = f;
                recordLine = lineNo;
                if (f[0].contains("/")) {
                    throw new FormatException(file, "line " + lineNo, "record '" + f[0]
                            + "' is a multi-segment record; multi-segment records are not supported");
                }
                if (f.length < 2) {
                    throw new FormatException(file, "line " + lineNo,
                            "record line '" + line + "' lacks the number of signals (expected 'name nsig [fs [nsamp]]')");
                }
                expectedSignals = parseInt(file, lineNo, "number of signals", f[1], 0);
                continue;
            }
            if (signals.size() == expectedSignals) {
                throw new FormatException(file, "line " + lineNo, "more signal lines than the " + expectedSignals
                        + " the record line declares: '" + line + "'");
            }
            signals.add(parseSignal(file, lineNo, line, f));
        }
        if (record == null) {
            throw new FormatException(file, "line 1", "no record line (expected 'name nsig [fs [nsamp]]')");
        }
        if (signals.size() != expectedSignals) {
            throw new FormatException(file, "line " + (lines.size() + 1), "the record line declares " + expectedSignals
                    + " signal(s) but the header has " + signals.size() + " signal line(s)");
        }
        double fs = DEFAULT_FREQUENCY;
        double counter = Double.NaN;
        double baseCounter = 0;
        if (record.length > 2) {
            Matcher m = FREQUENCY.matcher(record[2]);
            if (!m.matches()) {
                throw new FormatException(file, "line " + recordLine, "sampling frequency '" + record[2]
                        + "' is not a number (expected fs[/counterfreq[(basecounter)]])");
            }
            fs = Double.parseDouble(m.group(1));
            if (m.group(2) != null) {
                counter = Double.parseDouble(m.group(2));
            }
            if (m.group(3) != null) {
                baseCounter = Double.parseDouble(m.group(3));
            }
            if (!(fs > 0)) {
                throw new FormatException(file, "line " + recordLine, "sampling frequency " + record[2]
                        + " must be greater than 0");
            }
        }
        long nsamp = -1;
        if (record.length > 3) {
            nsamp = parseLong(file, recordLine, "number of samples per signal", record[3]);
            if (nsamp == 0) {
                nsamp = -1;
            }
        }
        String baseTime = record.length > 4 ? record[4] : "";
        String baseDate = record.length > 5 ? record[5] : "";
        return new WfdbHeader(file, record[0], fs, Double.isNaN(counter) ? fs : counter, baseCounter, nsamp,
                baseTime, baseDate, signals, comments);
    }

    private static WfdbSignalSpec parseSignal(Path file, int lineNo, String line, String[] f) throws FormatException {
        if (f.length < 2) {
            throw new FormatException(file, "line " + lineNo, "signal line '" + line
                    + "' lacks the format (expected 'file format [gain[(baseline)][/units] [adcres [adczero ...]]]')");
        }
        Matcher fm = FORMAT.matcher(f[1]);
        if (!fm.matches()) {
            throw new FormatException(file, "line " + lineNo, "format field '" + f[1]
                    + "' does not read as format[xsamples][:skew][+offset]");
        }
        int format = parseInt(file, lineNo, "format", fm.group(1), 0);
        int spf = fm.group(2) == null ? 1 : parseInt(file, lineNo, "samples per frame", fm.group(2), 1);
        int skew = fm.group(3) == null ? 0 : parseInt(file, lineNo, "skew", fm.group(3), 0);
        long offset = fm.group(4) == null ? 0 : parseLong(file, lineNo, "byte offset", fm.group(4));
        double gain = 0;
        Integer baseline = null;
        String units = "mV";
        if (f.length > 2) {
            Matcher gm = GAIN.matcher(f[2]);
            if (!gm.matches()) {
                throw new FormatException(file, "line " + lineNo, "gain field '" + f[2]
                        + "' does not read as gain[(baseline)][/units]");
            }
            gain = Double.parseDouble(gm.group(1));
            if (gm.group(2) != null) {
                baseline = parseInt(file, lineNo, "baseline", gm.group(2), Integer.MIN_VALUE);
            }
            if (gm.group(3) != null) {
                units = gm.group(3);
            }
        }
        if (gain == 0) {
            gain = WfdbSignalSpec.DEFAULT_GAIN;
        }
        int adcres = f.length > 3 ? parseInt(file, lineNo, "ADC resolution", f[3], 0) : 0;
        int adczero = f.length > 4 ? parseInt(file, lineNo, "ADC zero", f[4], Integer.MIN_VALUE) : 0;
        int init = f.length > 5 ? parseInt(file, lineNo, "initial value", f[5], Integer.MIN_VALUE) : adczero;
        OptionalInt checksum = f.length > 6
                ? OptionalInt.of(parseInt(file, lineNo, "checksum", f[6], Integer.MIN_VALUE))
                : OptionalInt.empty();
        int block = f.length > 7 ? parseInt(file, lineNo, "block size", f[7], 0) : 0;
        String description = "";
        if (f.length > 8) {
            // the description is the rest of the line and may contain blanks
            String rest = line;
            for (int k = 0; k < 8; k++) {
                rest = rest.substring(f[k].length()).stripLeading();
            }
            description = rest.strip();
        }
        return new WfdbSignalSpec(f[0], format, spf, skew, offset, gain, baseline == null ? adczero : baseline,
                units, adcres, adczero, init, checksum, block, description, lineNo);
    }

    private static int parseInt(Path file, int lineNo, String what, String text, int min) throws FormatException {
        try {
            int v = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
            if (v < min) {
                throw new FormatException(file, "line " + lineNo, what + " " + v + " must be at least " + min);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new FormatException(file, "line " + lineNo, what + " '" + text + "' is not an integer");
        }
    }

    private static long parseLong(Path file, int lineNo, String what, String text) throws FormatException {
        try {
            long v = Long.parseLong(text);
            if (v < 0) {
                throw new FormatException(file, "line " + lineNo, what + " " + v + " must not be negative");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new FormatException(file, "line " + lineNo, what + " '" + text + "' is not an integer");
        }
    }
}
