package org.vagus.signal.beats;

/**
 * The kinds of beat artefact of Lipponen &amp; Tarvainen (A robust algorithm for heart rate variability time
 * series artefact correction using novel beat classification, J Med Eng Technol 43:173-181, 2019), named for
 * what they do to the beat series.
 *
 * @since 0.1.0
 */
public enum ArtefactType {
    /** An ectopic (premature or late) beat: a short-long or long-short interval pair around one beat. */
    ECTOPIC("ectopic"),
    /** A beat the detector missed: one interval about twice the local median. */
    MISSED("missed"),
    /** A detection that is no beat (noise, a T wave): two short intervals that add up to about the median. */
    EXTRA("extra"),
    /** An interval too long for its surroundings that is not a missed beat (for example a misplaced peak). */
    LONG("long"),
    /** An interval too short for its surroundings that is not an extra beat. */
    SHORT("short");

    private final String label;

    ArtefactType(String label) {
        this.label = label;
    }

    /** The lower-case label used in reports and files. */
    public String label() {
        return label;
    }
}
