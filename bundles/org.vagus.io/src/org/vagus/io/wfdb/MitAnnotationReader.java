package org.vagus.io.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vagus.core.units.SamplingRate;
import org.vagus.io.Annotation;
import org.vagus.io.AnnotationCode;
import org.vagus.io.AnnotationSet;
import org.vagus.io.FormatException;

/**
 * Reads WFDB annotation files in the MIT format ({@code annot(5)} in the WFDB Applications Guide), such as
 * {@code 100.atr} or {@code 03665.qrs}. The file is a sequence of 16-bit little-endian words; the top 6 bits are
 * the code A, the low 10 bits the value I:
 * <ul>
 * <li>A = 0 and I = 0: end of file (required: a file without it is reported as truncated);</li>
 * <li>A = 1..49: an annotation of code A, I samples after the previous one;</li>
 * <li>A = 59 (SKIP): the next two words hold a 32-bit interval (high word first) added to the time;</li>
 * <li>A = 60 (NUM), 61 (SUB), 62 (CHN): set the num, subtype or channel of the annotation just read (I, a
 * 10-bit two's complement value for num and subtype); as in WFDB, num and channel carry over to the following
 * annotations, the subtype does not;</li>
 * <li>A = 63 (AUX): I bytes of auxiliary text follow, padded to an even count.</li>
 * </ul>
 * Times are sample indices of the record's annotation clock (the header's sampling frequency); an annotation
 * file without a header needs the caller to name the clock.
 *
 * @since 0.1.0
 */
public final class MitAnnotationReader {
    private static final int SKIP = 59;
    private static final int NUM = 60;
    private static final int SUB = 61;
    private static final int CHN = 62;
    private static final int AUX = 63;

    /**
     * Reads the annotator {@code annotator} (the file extension, e.g. {@code atr}) of a record, taking the clock
     * from the record's header.
     *
     * @param record the record path, with or without {@code .hea}
     */
    public AnnotationSet read(Path record, String annotator) throws IOException {
        Path hea = WfdbReader.headerPath(record);
        WfdbHeader header = WfdbHeader.read(hea);
        String base = hea.getFileName().toString();
        base = base.substring(0, base.length() - ".hea".length());
        return read(hea.resolveSibling(base + "." + annotator), new SamplingRate(header.samplingFrequency()));
    }

    /**
     * Reads an annotation file whose clock the caller knows (for files without a header, such as
     * {@code 03665.qrs} at 250 Hz).
     */
    public AnnotationSet read(Path file, SamplingRate rate) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length % 2 != 0) {
            throw new FormatException(file, "byte " + (b.length - 1), "odd file length " + b.length
                    + "; an MIT annotation file is made of 16-bit words (truncated?)");
        }
        List<Annotation> out = new ArrayList<>();
        long time = 0;
        int num = 0;
        int chan = 0;
        // the annotation being built; modifier words that follow it change it
        boolean pending = false;
        long pTime = 0;
        int pCode = 0;
        int pSub = 0;
        String pAux = "";
        int p = 0;
        while (true) {
            if (p + 2 > b.length) {
                throw new FormatException(file, "byte " + p, "no end-of-file word (0x0000) after "
                        + (out.size() + (pending ? 1 : 0)) + " annotation(s): the file is truncated");
            }
            int w = (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
            int a = w >>> 10;
            int v = w & 0x3ff;
            int at = p;
            p += 2;
            if (a == 0 && v == 0) {
                break;
            }
            switch (a) {
                case SKIP -> {
                    if (p + 4 > b.length) {
                        throw new FormatException(file, "byte " + at, "SKIP word without its 4-byte interval"
                                + " (the file is truncated)");
                    }
                    int hi = (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
                    int lo = (b[p + 2] & 0xff) | (b[p + 3] & 0xff) << 8;
                    time += (hi << 16) | lo;
                    p += 4;
                }
                case NUM, SUB, CHN, AUX -> {
                    if (!pending) {
                        throw new FormatException(file, "byte " + at, "modifier word (code " + a
                                + ") before any annotation; expected an annotation word first");
                    }
                    if (a == NUM) {
                        num = (v << 22) >> 22;
                    } else if (a == SUB) {
                        pSub = (v << 22) >> 22;
                    } else if (a == CHN) {
                        chan = v;
                    } else {
                        if (p + v > b.length) {
                            throw new FormatException(file, "byte " + at, "AUX text of " + v
                                    + " bytes runs past the end of the file (truncated)");
                        }
                        int len = 0;
                        while (len < v && b[p + len] != 0) {
                            len++;
                        }
                        pAux = new String(b, p, len, StandardCharsets.ISO_8859_1);
                        p += v + (v & 1);
                    }
                }
                default -> {
                    if (a > AnnotationCode.MAX_CODE) {
                        throw new FormatException(file, "byte " + at, "annotation code " + a
                                + " is reserved; expected 0 to " + AnnotationCode.MAX_CODE + " or 59 to 63");
                    }
                    if (pending) {
                        // its own modifiers came before this word; num and chan carry over to this one
                        out.add(new Annotation(pTime, pCode, pSub, chan, num, pAux));
                    }
                    time += v;
                    pending = true;
                    pTime = time;
                    pCode = a;
                    pSub = 0;
                    pAux = "";
                }
            }
        }
        if (pending) {
            out.add(new Annotation(pTime, pCode, pSub, chan, num, pAux));
        }
        return new AnnotationSet(file.toString(), rate, out);
    }
}
