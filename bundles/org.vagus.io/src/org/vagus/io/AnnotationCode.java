package org.vagus.io;

import java.util.Optional;

/**
 * The annotation codes of the MIT-BIH / WFDB convention ({@code ecgcodes.h} of the WFDB library, described in
 * the WFDB Applications Guide, "Annotation codes"), with their numeric code and mnemonic. The beat codes are
 * those ANSI/AAMI EC57 evaluations count as QRS complexes: {@code N L R B A a J S V r F e j n E / f Q ?}.
 *
 * @since 0.1.0
 */
public enum AnnotationCode {
    NOTQRS(0, "0", "not-QRS (non-beat)", false),
    NORMAL(1, "N", "normal beat", true),
    LBBB(2, "L", "left bundle branch block beat", true),
    RBBB(3, "R", "right bundle branch block beat", true),
    ABERR(4, "a", "aberrated atrial premature beat", true),
    PVC(5, "V", "premature ventricular contraction", true),
    FUSION(6, "F", "fusion of ventricular and normal beat", true),
    NPC(7, "J", "nodal (junctional) premature beat", true),
    APC(8, "A", "atrial premature contraction", true),
    SVPB(9, "S", "premature or ectopic supraventricular beat", true),
    VESC(10, "E", "ventricular escape beat", true),
    NESC(11, "j", "nodal (junctional) escape beat", true),
    PACE(12, "/", "paced beat", true),
    UNKNOWN(13, "Q", "unclassifiable beat", true),
    NOISE(14, "~", "signal quality change", false),
    ARFCT(16, "|", "isolated QRS-like artifact", false),
    STCH(18, "s", "ST change", false),
    TCH(19, "T", "T-wave change", false),
    SYSTOLE(20, "*", "systole", false),
    DIASTOLE(21, "D", "diastole", false),
    NOTE(22, "\"", "comment annotation", false),
    MEASURE(23, "=", "measurement annotation", false),
    PWAVE(24, "p", "P-wave peak", false),
    BBB(25, "B", "left or right bundle branch block beat", true),
    PACESP(26, "^", "non-conducted pacer spike", false),
    TWAVE(27, "t", "T-wave peak", false),
    RHYTHM(28, "+", "rhythm change", false),
    UWAVE(29, "u", "U-wave peak", false),
    LEARN(30, "?", "learning (beat not yet classified)", true),
    FLWAV(31, "!", "ventricular flutter wave", false),
    VFON(32, "[", "start of ventricular flutter/fibrillation", false),
    VFOFF(33, "]", "end of ventricular flutter/fibrillation", false),
    AESC(34, "e", "atrial escape beat", true),
    SVESC(35, "n", "supraventricular escape beat", true),
    LINK(36, "@", "link to external data", false),
    NAPC(37, "x", "non-conducted P-wave (blocked APB)", false),
    PFUS(38, "f", "fusion of paced and normal beat", true),
    WFON(39, "(", "waveform onset", false),
    WFOFF(40, ")", "waveform end", false),
    RONT(41, "r", "R-on-T premature ventricular contraction", true);

    /** The largest code value the MIT format allows for an annotation ({@code ACMAX} in WFDB). */
    public static final int MAX_CODE = 49;

    private static final AnnotationCode[] BY_CODE = new AnnotationCode[MAX_CODE + 1];

    static {
        for (AnnotationCode c : values()) {
            BY_CODE[c.code] = c;
        }
    }

    private final int code;
    private final String mnemonic;
    private final String description;
    private final boolean beat;

    AnnotationCode(int code, String mnemonic, String description, boolean beat) {
        this.code = code;
        this.mnemonic = mnemonic;
        this.description = description;
        this.beat = beat;
    }

    /** The numeric code stored in annotation files. */
    public int code() {
        return code;
    }

    /** The one-character mnemonic WFDB tools print ({@code N}, {@code V}, {@code +} ...). */
    public String mnemonic() {
        return mnemonic;
    }

    public String description() {
        return description;
    }

    /** True for the QRS (beat) codes that beat-by-beat comparison counts. */
    public boolean isBeat() {
        return beat;
    }

    /** The named code for a numeric value, or empty for the values WFDB leaves undefined (15, 17, 42 to 49). */
    public static Optional<AnnotationCode> of(int code) {
        return code >= 0 && code <= MAX_CODE ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }

    /** True if the numeric code is one of the beat codes. */
    public static boolean isBeat(int code) {
        return code >= 0 && code <= MAX_CODE && BY_CODE[code] != null && BY_CODE[code].beat;
    }
}
