package org.vagus.io;

import java.util.Objects;
import java.util.Optional;

/**
 * One annotation at a sample of its record's annotation clock.
 *
 * @param sample the time as a sample index (0 is the first sample of the record)
 * @param code the numeric annotation code (see {@link AnnotationCode}; codes WFDB leaves undefined are kept as
 *        they are)
 * @param subtype the annotation subtype ({@code subtyp}), 0 unless set
 * @param channel the signal the annotation refers to ({@code chan})
 * @param number the annotator-defined number ({@code num})
 * @param aux the auxiliary text (for rhythm changes, e.g. {@code (AFIB}), empty if none
 * @since 0.1.0
 */
public record Annotation(long sample, int code, int subtype, int channel, int number, String aux) {
    public Annotation {
        Objects.requireNonNull(aux, "aux");
    }

    /** The named code, empty for undefined codes. */
    public Optional<AnnotationCode> type() {
        return AnnotationCode.of(code);
    }

    /** The WFDB mnemonic, or the number in brackets for undefined codes. */
    public String mnemonic() {
        return type().map(AnnotationCode::mnemonic).orElse("[" + code + "]");
    }

    /** True for beat (QRS) annotations. */
    public boolean isBeat() {
        return AnnotationCode.isBeat(code);
    }
}
