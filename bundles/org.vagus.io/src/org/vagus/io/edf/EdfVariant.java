package org.vagus.io.edf;

import java.nio.charset.StandardCharsets;

/**
 * The two sample encodings of the European Data Format family: EDF (Kemp et al. 1992) with 16-bit samples and
 * BDF (BioSemi) with 24-bit samples, both little-endian two's complement. Each has a "+" flavour (EDF+, Kemp and
 * Olivan 2003; BDF+) marked in the header's reserved field, which adds the annotations signal and continuous
 * ({@code +C}) or discontinuous ({@code +D}) recordings.
 *
 * @since 0.1.0
 */
public enum EdfVariant {
    /** EDF and EDF+: 2 bytes per sample, version field {@code "0"}, annotations signal {@code EDF Annotations}. */
    EDF(2, -32768, 32767, "EDF Annotations", "EDF+"),
    /**
     * BDF and BDF+: 3 bytes per sample, version field byte 255 then {@code BIOSEMI}, reserved field {@code 24BIT}
     * for plain BDF, annotations signal {@code BDF Annotations}.
     */
    BDF(3, -8388608, 8388607, "BDF Annotations", "BDF+");

    private final int bytesPerSample;
    private final int digitalMinimum;
    private final int digitalMaximum;
    private final String annotationLabel;
    private final String plusMarker;

    EdfVariant(int bytesPerSample, int digitalMinimum, int digitalMaximum, String annotationLabel, String plusMarker) {
        this.bytesPerSample = bytesPerSample;
        this.digitalMinimum = digitalMinimum;
        this.digitalMaximum = digitalMaximum;
        this.annotationLabel = annotationLabel;
        this.plusMarker = plusMarker;
    }

    /** 2 for EDF, 3 for BDF. */
    public int bytesPerSample() {
        return bytesPerSample;
    }

    /** The smallest digital value a sample can hold: -32768 or -8388608. */
    public int digitalMinimum() {
        return digitalMinimum;
    }

    /** The largest digital value a sample can hold: 32767 or 8388607. */
    public int digitalMaximum() {
        return digitalMaximum;
    }

    /** The label of the annotations signal this variant writes. */
    public String annotationLabel() {
        return annotationLabel;
    }

    /** The start of the reserved field of a "+" file, {@code EDF+} or {@code BDF+}, followed by C or D. */
    public String plusMarker() {
        return plusMarker;
    }

    /** The 8 bytes of the version field. */
    byte[] versionField() {
        if (this == EDF) {
            return "0       ".getBytes(StandardCharsets.US_ASCII);
        }
        byte[] v = "xBIOSEMI".getBytes(StandardCharsets.US_ASCII);
        v[0] = (byte) 0xff;
        return v;
    }

    /** The variant whose version field this is, or null. */
    static EdfVariant ofVersionField(byte[] b) {
        if (b.length < 8) {
            return null;
        }
        if (b[0] == '0') {
            for (int i = 1; i < 8; i++) {
                if (b[i] != ' ') {
                    return null;
                }
            }
            return EDF;
        }
        if ((b[0] & 0xff) == 0xff && "BIOSEMI".equals(new String(b, 1, 7, StandardCharsets.US_ASCII))) {
            return BDF;
        }
        return null;
    }
}
