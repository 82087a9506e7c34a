package org.vagus.io.edf;

import java.util.Objects;

/**
 * One annotation of an EDF+/BDF+ file: an onset, an optional duration and a text, as one entry of a
 * time-stamped annotation list (TAL, Kemp and Olivan 2003, section 2.2.2). Unlike {@link org.vagus.io.Annotation}
 * (a sample index on a beat-annotation clock) it is timed in seconds, with the sub-second resolution TALs give.
 *
 * @param onset seconds from the first sample of the recording (the start of data record 0), negative for
 *        annotations before it; the file stores onsets from the header's start time, the reader subtracts
 *        {@link EdfFile#firstRecordOnset()}
 * @param duration seconds, >= 0, or NaN when the TAL gives none
 * @param text the annotation text (UTF-8 in the file), not empty; without the TAL separators 0x14, 0x15 and 0
 * @since 0.1.0
 */
public record EdfAnnotation(double onset, double duration, String text) {

    /**
     * @throws IllegalArgumentException if the onset is not finite, the duration negative or infinite, or the text
     *             empty or holding a TAL separator
     */
    public EdfAnnotation {
        Objects.requireNonNull(text, "text");
        if (!Double.isFinite(onset)) {
            throw new IllegalArgumentException("annotation onset: " + onset + " s, expected a finite number of seconds");
        }
        if (duration < 0 || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("annotation duration: " + duration
                    + " s, expected >= 0 s or NaN for none");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("annotation text must not be empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c == 0x14 || c == 0x15) {
                throw new IllegalArgumentException("annotation text '" + text.replaceAll("[\\x00\\x14\\x15]", "?")
                        + "' holds the TAL separator 0x" + Integer.toHexString(c) + " at character " + i);
            }
        }
    }

    /** An annotation without duration. */
    public static EdfAnnotation at(double onset, String text) {
        return new EdfAnnotation(onset, Double.NaN, text);
    }

    /** True if the TAL gave a duration. */
    public boolean hasDuration() {
        return !Double.isNaN(duration);
    }
}
