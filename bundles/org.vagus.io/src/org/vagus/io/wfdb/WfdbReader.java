package org.vagus.io.wfdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.FormatException;
import org.vagus.io.RecordReader;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;

/**
 * Reads WFDB records (PhysioNet): the header ({@link WfdbHeader}) and the signal files in formats 212 (two 12-bit
 * two's complement samples in three bytes), 16 (16-bit little-endian two's complement), 61 (16-bit big-endian)
 * and 80 (8-bit offset binary), as described in {@code signal(5)} of the WFDB Applications Guide. Signals that
 * share a file are interleaved frame by frame. Samples come out in physical units,
 * {@code (adc - baseline) / gain}; WFDB's invalid-sample code becomes NaN.
 * <p>
 * Checks: the data must hold exactly the samples the header declares (a short file is reported with the byte
 * offset where it ends), and every signal whose header line has a checksum must sum to it (16-bit sum of the
 * ADC values). Multi-segment records, several samples per frame and skew are refused with a clear message.
 *
 * @since 0.1.0
 */
public final class WfdbReader implements RecordReader {

    @Override
    public String formatName() {
        return "wfdb";
    }

    @Override
    public boolean canRead(Path file) {
        return Files.isRegularFile(headerPath(file));
    }

    /**
     * The header of a record given as its path without extension ({@code mitdb/100}) or as the header itself
     * ({@code mitdb/100.hea}).
     */
    public static Path headerPath(Path recordOrHeader) {
        String name = recordOrHeader.getFileName().toString();
        return name.endsWith(".hea") ? recordOrHeader : recordOrHeader.resolveSibling(name + ".hea");
    }

    @Override
    public SignalRecord read(Path record) throws IOException {
        WfdbHeader header = WfdbHeader.read(headerPath(record));
        int[] all = new int[header.signalCount()];
        Arrays.setAll(all, i -> i);
        return read(header, all);
    }

    /**
     * Reads only some signals of a record (only their files are opened).
     *
     * @param record the record path, with or without {@code .hea}
     * @param signals 0-based signal numbers
     */
    public SignalRecord read(Path record, int... signals) throws IOException {
        return read(WfdbHeader.read(headerPath(record)), signals);
    }

    /** Reads some signals of a record whose header is already parsed. */
    public SignalRecord read(WfdbHeader header, int... signals) throws IOException {
        Path hea = header.file();
        List<WfdbSignalSpec> specs = header.signals();
        for (int s : signals) {
            if (s < 0 || s >= specs.size()) {
                throw new IllegalArgumentException("record " + header.recordName() + " has " + specs.size()
                        + " signal(s), numbered 0 to " + (specs.size() - 1) + "; signal " + s + " does not exist");
            }
        }
        SamplingRate rate = new SamplingRate(header.samplingFrequency());
        double[][] physical = new double[specs.size()][];
        long samples = header.samplesPerSignal();
        for (int[] group : groups(header)) {
            boolean wanted = false;
            for (int s : signals) {
                wanted |= s >= group[0] && s < group[1];
            }
            if (wanted) {
                long n = decodeGroup(header, group[0], group[1], physical);
                if (samples >= 0 && n != samples) {
                    throw new IllegalStateException("decoded " + n + " samples, expected " + samples);
                }
                samples = n;
            }
        }
        List<Signal> out = new ArrayList<>();
        for (int s : signals) {
            WfdbSignalSpec spec = specs.get(s);
            String name = spec.description().isEmpty() ? "signal " + s : spec.description();
            out.add(new Signal(name, Unit.of(spec.units()), rate, physical[s]));
        }
        return new SignalRecord(header.recordName(), hea, out);
    }

    /** Groups of consecutive signals stored in the same file, as {from, to} (to exclusive); checks the specs. */
    private static List<int[]> groups(WfdbHeader header) throws FormatException {
        Path hea = header.file();
        List<WfdbSignalSpec> specs = header.signals();
        List<int[]> groups = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int from = 0;
        for (int i = 0; i <= specs.size(); i++) {
            if (i < specs.size()) {
                WfdbSignalSpec s = specs.get(i);
                String where = "line " + s.line();
                if (s.format() != 16 && s.format() != 61 && s.format() != 80 && s.format() != 212) {
                    throw new FormatException(hea, where, "signal format " + s.format()
                            + " is not supported (supported: 16, 61, 80, 212)");
                }
                if (s.samplesPerFrame() != 1) {
                    throw new FormatException(hea, where, "signal " + i + " has " + s.samplesPerFrame()
                            + " samples per frame; only 1 is supported");
                }
                if (s.skew() != 0) {
                    throw new FormatException(hea, where, "signal " + i + " has skew " + s.skew()
                            + "; skewed signals are not supported");
                }
                if (i > from && s.fileName().equals(specs.get(from).fileName())) {
                    if (s.format() != specs.get(from).format()) {
                        throw new FormatException(hea, where, "signal " + i + " is stored in " + s.fileName()
                                + " in format " + s.format() + " but signal " + from + " in the same file in format "
                                + specs.get(from).format() + "; one file holds one format");
                    }
                    continue;
                }
            }
            if (i > from) {
                groups.add(new int[] {from, i});
                if (!seen.add(specs.get(from).fileName())) {
                    throw new FormatException(hea, "line " + specs.get(from).line(), "signals of file "
                            + specs.get(from).fileName() + " are not consecutive in the header");
                }
            }
            from = i;
        }
        return groups;
    }

    /** Decodes the signals {@code from..to-1} that share one file into physical; returns samples per signal. */
    private static long decodeGroup(WfdbHeader header, int from, int to, double[][] physical) throws IOException {
        WfdbSignalSpec first = header.signals().get(from);
        Path hea = header.file();
        Path dat = hea.resolveSibling(first.fileName());
        if (!Files.isRegularFile(dat)) {
            throw new FormatException(hea, "line " + first.line(), "signal file " + dat
                    + " does not exist (needed for signal(s) " + from + " to " + (to - 1) + ")");
        }
        long size = Files.size(dat);
        if (size > Integer.MAX_VALUE - 16) {
            throw new FormatException(dat, "byte 0", "file of " + size + " bytes is larger than 2 GB; not supported");
        }
        byte[] b = Files.readAllBytes(dat);
        int k = to - from;
        int format = first.format();
        long offset = first.byteOffset();
        long data = b.length - offset;
        if (data < 0) {
            throw new FormatException(dat, "byte " + b.length, "file ends before the byte offset " + offset
                    + " that header " + hea.getFileName() + " line " + first.line() + " declares");
        }
        long declared = header.samplesPerSignal();
        long total;
        if (declared >= 0) {
            total = declared * k;
            long need = bytesFor(format, total);
            if (data < need) {
                throw new FormatException(dat, "byte " + b.length, "truncated: header " + hea.getFileName()
                        + " declares " + declared + " samples for each of " + k + " signal(s) in format " + format
                        + ", which need " + (need + offset) + " bytes, but the file ends after " + b.length
                        + " bytes");
            }
            if (data > need) {
                throw new FormatException(dat, "byte " + (need + offset), "the file holds " + (data - need)
                        + " bytes more than the " + declared + " samples per signal that header "
                        + hea.getFileName() + " declares");
            }
        } else {
            total = switch (format) {
                case 212 -> data % 3 == 1 ? -1 : data / 3 * 2 + (data % 3 == 2 ? 1 : 0);
                case 80 -> data;
                default -> data % 2 == 1 ? -1 : data / 2;
            };
            if (total < 0 || total % k != 0) {
                throw new FormatException(dat, "byte " + b.length, "the file ends inside a frame of " + k
                        + " signal(s) in format " + format + " (truncated)");
            }
        }
        int n = (int) (total / k);
        int[] sums = new int[k];
        double[][] out = new double[k][];
        int[] baseline = new int[k];
        double[] gain = new double[k];
        for (int s = 0; s < k; s++) {
            out[s] = new double[n];
            baseline[s] = header.signals().get(from + s).baseline();
            gain[s] = header.signals().get(from + s).gain();
        }
        int p = (int) offset;
        int invalid = switch (format) {
            case 212 -> -2048;
            case 80 -> -128;
            default -> -32768;
        };
        for (int j = 0, frame = 0, s = 0; j < total; j++) {
            int v;
            switch (format) {
                case 212 -> {
                    if ((j & 1) == 0) {
                        v = (b[p] & 0xff) | ((b[p + 1] & 0x0f) << 8);
                    } else {
                        v = (b[p + 2] & 0xff) | ((b[p + 1] & 0xf0) << 4);
                        p += 3;
                    }
                    v = (v << 20) >> 20;
                }
                case 16 -> {
                    v = (short) ((b[p] & 0xff) | (b[p + 1] << 8));
                    p += 2;
                }
                case 61 -> {
                    v = (short) ((b[p + 1] & 0xff) | (b[p] << 8));
                    p += 2;
                }
                default -> {
                    v = (b[p] & 0xff) - 128;
                    p += 1;
                }
            }
            sums[s] += v;
            out[s][frame] = v == invalid ? Double.NaN : (v - baseline[s]) / gain[s];
            if (++s == k) {
                s = 0;
                frame++;
            }
        }
        for (int s = 0; s < k; s++) {
            WfdbSignalSpec spec = header.signals().get(from + s);
            if (spec.checksum().isPresent() && (short) sums[s] != (short) spec.checksum().getAsInt()) {
                throw new FormatException(dat, "signal " + (from + s) + " (" + spec.description() + ")",
                        "checksum mismatch: the decoded samples sum to " + (short) sums[s] + " (16-bit) but header "
                                + hea.getFileName() + " line " + spec.line() + " says " + spec.checksum().getAsInt()
                                + "; the file is damaged or does not belong to this header");
            }
            physical[from + s] = out[s];
        }
        return n;
    }

    /** Bytes needed for {@code total} samples; in format 212 a lone last sample takes two bytes. */
    private static long bytesFor(int format, long total) {
        return switch (format) {
            case 212 -> total / 2 * 3 + (total % 2) * 2;
            case 80 -> total;
            default -> 2 * total;
        };
    }
}
