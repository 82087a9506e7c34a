package org.vagus.io.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.FormatException;
import org.vagus.io.RecordReader;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;

/**
 * Reads EDF (Kemp et al. 1992), EDF+ (Kemp and Olivan 2003) and BDF/BDF+ (BioSemi's 24-bit variant) files.
 * <p>
 * Data records hold, signal after signal, {@code samplesPerRecord} little-endian two's complement samples of 2
 * (EDF) or 3 (BDF) bytes; signals may differ in samples per record, hence in sampling rate
 * ({@code samplesPerRecord / recordDuration}). Samples come out in physical units, {@code (digital -
 * digitalMinimum) * (physicalMaximum - physicalMinimum) / (digitalMaximum - digitalMinimum) + physicalMinimum}.
 * The annotations signals of EDF+/BDF+ ({@code EDF Annotations}, {@code BDF Annotations}) are parsed as TALs
 * ({@link TalParser}); the first TAL of the first annotations signal in each record gives the record's onset.
 * <p>
 * Continuity: an EDF+C/BDF+C file must have its records back to back (to within half a sample of its fastest
 * signal), otherwise it is refused. An EDF+D/BDF+D file is split into gap-free {@link EdfSegment segments} by
 * {@link #readFile(Path)}; {@link #read(Path)}, which promises uniformly sampled signals, refuses one with gaps
 * and says so. Overlapping or backward records are refused.
 * <p>
 * Bad input is reported as a {@link FormatException} naming the byte offset (see {@link EdfHeader} for the header
 * checks); nothing is returned from a file that fails a check.
 *
 * @since 0.1.0
 */
public final class EdfReader implements RecordReader {
    /** Read buffer size; whole data records are read at a time. */
    private static final int CHUNK_BYTES = 1 << 20;
    private static final int MAX_SAMPLES = Integer.MAX_VALUE - 16;

    @Override
    public String formatName() {
        return "edf";
    }

    /** True for a regular file starting with the EDF ({@code "0"}) or BDF (255 {@code BIOSEMI}) version field. */
    @Override
    public boolean canRead(Path file) {
        return EdfHeader.looksLikeEdf(file);
    }

    /**
     * Reads the ordinary signals of a continuous file (annotations are dropped; {@link #readFile(Path)} keeps
     * them).
     *
     * @throws FormatException also for an EDF+D/BDF+D file with gaps, which uniformly sampled signals cannot
     *             represent
     */
    @Override
    public SignalRecord read(Path file) throws IOException {
        EdfFile f = readFile(file);
        if (!f.isContinuous()) {
            EdfSegment second = f.segments().get(1);
            throw new FormatException(file, "data record " + second.firstRecord(), f.header().reserved()
                    + " file with " + f.segments().size() + " gap-separated segments (the first gap ends at "
                    + second.onset() + " s); uniformly sampled signals cannot represent the gaps: read it with "
                    + "EdfReader.readFile, which gives each segment and its onset");
        }
        return f.record();
    }

    /** Reads only the header. */
    public EdfHeader readHeader(Path file) throws IOException {
        return EdfHeader.read(file);
    }

    /** Reads the header, all signals (as segments), the annotations and the record onsets. */
    public EdfFile readFile(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            EdfHeader h = EdfHeader.read(file, ch, size);
            return new Decoder(h).decode(ch);
        }
    }

    /** The state of decoding one file. */
    private static final class Decoder {
        private final EdfHeader h;
        private final Path file;
        private final int ns;
        private final int nrec;
        private final int bps;
        private final int[] spr;
        private final int[] offset;
        private final boolean[] annotation;
        private final int timekeeping;
        private final double[][] physical;
        private final double[] onsets;
        private final long[] onsetAt;
        private final List<EdfAnnotation> raw = new ArrayList<>();

        Decoder(EdfHeader h) throws FormatException {
            this.h = h;
            this.file = h.file();
            this.ns = h.signals().size();
            this.nrec = h.recordCount();
            this.bps = h.variant().bytesPerSample();
            this.spr = new int[ns];
            this.offset = new int[ns];
            this.annotation = new boolean[ns];
            this.physical = new double[ns][];
            int firstAnnotation = -1;
            if (h.recordBytes() > Integer.MAX_VALUE - 16) {
                throw new FormatException(file, "byte " + EdfHeader.BLOCK, "a data record of " + h.recordBytes()
                        + " bytes is larger than 2 GB; not supported");
            }
            for (int i = 0; i < ns; i++) {
                EdfSignalHeader s = h.signals().get(i);
                spr[i] = s.samplesPerRecord();
                offset[i] = (int) h.offsetInRecord(i);
                annotation[i] = h.isAnnotationSignal(i);
                if (annotation[i]) {
                    firstAnnotation = firstAnnotation < 0 ? i : firstAnnotation;
                } else {
                    long n = (long) nrec * spr[i];
                    if (n > MAX_SAMPLES) {
                        throw new FormatException(file, "signal " + i + " (" + s.label() + ")", n + " samples are"
                                + " more than one array holds (" + MAX_SAMPLES + "); not supported");
                    }
                    physical[i] = new double[(int) n];
                }
            }
            if (h.discontinuous() && firstAnnotation < 0) {
                throw new FormatException(file, "byte 192", h.reserved() + " (discontinuous) file without an"
                        + " annotations signal: the onsets of its data records are unknown");
            }
            this.timekeeping = firstAnnotation;
            this.onsets = new double[nrec];
            this.onsetAt = new long[nrec];
        }

        EdfFile decode(FileChannel ch) throws IOException {
            int recordBytes = (int) h.recordBytes();
            int perChunk = Math.max(1, CHUNK_BYTES / recordBytes);
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min((long) perChunk * recordBytes,
                    Math.max(recordBytes, (long) nrec * recordBytes)));
            byte[] b = buf.array();
            long position = h.headerBytes();
            for (int r0 = 0; r0 < nrec; r0 += perChunk) {
                int n = Math.min(perChunk, nrec - r0);
                buf.clear().limit(n * recordBytes);
                while (buf.hasRemaining()) {
                    if (ch.read(buf, position + buf.position()) < 0) {
                        throw new FormatException(file, "byte " + (position + buf.position()), "truncated: the file"
                                + " ended while data record " + (r0 + buf.position() / recordBytes) + " was read");
                    }
                }
                for (int k = 0; k < n; k++) {
                    record(b, k * recordBytes, r0 + k, position + (long) k * recordBytes);
                }
                position += (long) n * recordBytes;
            }
            if (timekeeping < 0) {
                for (int r = 0; r < nrec; r++) {
                    onsets[r] = r * h.recordDuration();
                    onsetAt[r] = h.headerBytes() + (long) r * recordBytes;
                }
            }
            List<int[]> runs = runs();
            double first = nrec == 0 ? 0 : onsets[0];
            List<EdfSegment> segments = new ArrayList<>();
            for (int[] run : runs) {
                segments.add(new EdfSegment(nrec == 0 ? 0 : onsets[run[0]] - first, run[0], run[1] - run[0],
                        signals(run[0], run[1], runs.size() == 1)));
            }
            List<EdfAnnotation> annotations = new ArrayList<>(raw.size());
            for (EdfAnnotation a : raw) {
                annotations.add(new EdfAnnotation(a.onset() - first, a.duration(), a.text()));
            }
            annotations.sort(Comparator.comparingDouble(EdfAnnotation::onset));
            return new EdfFile(h, segments, annotations, onsets);
        }

        /** Decodes data record {@code r} starting at {@code b[at]}, which lies at byte {@code fileAt}. */
        private void record(byte[] b, int at, int r, long fileAt) throws FormatException {
            for (int i = 0; i < ns; i++) {
                int o = at + offset[i];
                if (annotation[i]) {
                    tals(b, o, r, i, fileAt + offset[i]);
                    continue;
                }
                EdfSignalHeader s = h.signals().get(i);
                // the linear map in the specification's order, (d - dmin) * (pmax - pmin) / (dmax - dmin) + pmin;
                // multiplying before dividing keeps round values round (-1000.0, not -1000.0000000001)
                double dmin = s.digitalMinimum();
                double physicalRange = s.physicalMaximum() - s.physicalMinimum();
                double digitalRange = (double) s.digitalMaximum() - s.digitalMinimum();
                double pmin = s.physicalMinimum();
                double[] out = physical[i];
                int dst = r * spr[i];
                if (bps == 2) {
                    for (int j = 0; j < spr[i]; j++, o += 2) {
                        int v = (short) ((b[o] & 0xff) | (b[o + 1] << 8));
                        out[dst + j] = (v - dmin) * physicalRange / digitalRange + pmin;
                    }
                } else {
                    for (int j = 0; j < spr[i]; j++, o += 3) {
                        // the top byte is sign-extended by the shift, giving the 24-bit two's complement value
                        int v = (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | b[o + 2] << 16;
                        out[dst + j] = (v - dmin) * physicalRange / digitalRange + pmin;
                    }
                }
            }
        }

        private void tals(byte[] b, int o, int r, int i, long fileAt) throws FormatException {
            String where = "data record " + r + ", signal " + i + " (" + h.signals().get(i).label() + ")";
            List<TalParser.Tal> tals = TalParser.parse(file, b, o, spr[i] * bps, fileAt, where);
            int from = 0;
            if (i == timekeeping) {
                if (tals.isEmpty() || tals.get(0).texts().isEmpty() || !tals.get(0).texts().get(0).isEmpty()) {
                    throw new FormatException(file, "byte " + fileAt, where + ": no time-keeping TAL; the first"
                            + " annotations signal of every data record must start with '+onset' 0x14 0x14 0x00"
                            + " giving the record's start");
                }
                TalParser.Tal keeper = tals.get(0);
                onsets[r] = keeper.onset();
                onsetAt[r] = keeper.fileOffset();
                add(keeper, 1);
                from = 1;
            }
            for (int t = from; t < tals.size(); t++) {
                add(tals.get(t), 0);
            }
        }

        private void add(TalParser.Tal tal, int firstText) {
            for (int k = firstText; k < tal.texts().size(); k++) {
                String text = tal.texts().get(k);
                if (!text.isEmpty()) {
                    raw.add(new EdfAnnotation(tal.onset(), tal.duration(), text));
                }
            }
        }

        /** Checks the record onsets and splits the records into gap-free runs {from, to}. */
        private List<int[]> runs() throws FormatException {
            List<int[]> runs = new ArrayList<>();
            double d = h.recordDuration();
            int fastest = 0;
            for (int i = 0; i < ns; i++) {
                fastest = annotation[i] ? fastest : Math.max(fastest, spr[i]);
            }
            if (nrec == 0 || fastest == 0) {
                runs.add(new int[] {0, nrec});
                return runs;
            }
            // records closer than half a sample of the fastest signal to where they should be are back to back
            double tolerance = 0.5 * d / fastest;
            int from = 0;
            for (int r = 1; r < nrec; r++) {
                if (!h.discontinuous()) {
                    double expected = onsets[0] + r * d;
                    if (Math.abs(onsets[r] - expected) > tolerance) {
                        throw new FormatException(file, "byte " + onsetAt[r], "data record " + r + " starts "
                                + onsets[r] + " s after the start time but " + h.reserved() + " (continuous) needs "
                                + expected + " s (record 0 at " + onsets[0] + " s + " + r + " records of " + d + " s)");
                    }
                    continue;
                }
                double gap = onsets[r] - (onsets[r - 1] + d);
                if (gap < -tolerance) {
                    throw new FormatException(file, "byte " + onsetAt[r], "data record " + r + " starts at "
                            + onsets[r] + " s, before record " + (r - 1) + " ends at " + (onsets[r - 1] + d)
                            + " s; records of a discontinuous file must not overlap or go back in time");
                }
                if (gap > tolerance) {
                    runs.add(new int[] {from, r});
                    from = r;
                }
            }
            runs.add(new int[] {from, nrec});
            return runs;
        }

        private SignalRecord signals(int from, int to, boolean whole) {
            List<Signal> out = new ArrayList<>();
            for (int i = 0; i < ns; i++) {
                if (annotation[i]) {
                    continue;
                }
                EdfSignalHeader s = h.signals().get(i);
                double[] x = whole ? physical[i] : Arrays.copyOfRange(physical[i], from * spr[i], to * spr[i]);
                String name = s.label().isEmpty() ? "signal " + i : s.label();
                out.add(new Signal(name, unit(s.physicalDimension()), new SamplingRate(spr[i] / h.recordDuration()),
                        x));
            }
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return new SignalRecord(dot > 0 ? name.substring(0, dot) : name, file, out);
        }

        /** A blank dimension is dimensionless; blanks inside a dimension (deg C) become '_'. */
        private static Unit unit(String dimension) {
            return dimension.isBlank() ? Unit.DIMENSIONLESS : Unit.of(dimension.strip().replaceAll("\\s+", "_"));
        }
    }
}
