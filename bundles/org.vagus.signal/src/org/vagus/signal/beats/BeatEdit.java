package org.vagus.signal.beats;

/**
 * One manual edit of a beat series, made by a reviewer over the automatic result. Edits name beats by their
 * time in seconds, not by index, so they stay meaningful when an earlier edit adds or removes a beat; a beat
 * is found again within a tolerance ({@link BeatEditLayer#DEFAULT_TOLERANCE_S}).
 *
 * @since 0.1.0
 */
public sealed interface BeatEdit {

    /** The word that names the edit in files: {@code add}, {@code delete}, {@code move}, {@code unusable}. */
    String action();

    /**
     * Adds a beat the detector and the automatic correction missed.
     *
     * @param seconds the new beat's time, finite
     */
    record Add(double seconds) implements BeatEdit {
        public Add {
            finite("add: beat time", seconds);
        }

        @Override
        public String action() {
            return "add";
        }
    }

    /**
     * Deletes the beat at (or within the tolerance of) a time.
     *
     * @param seconds the time of the beat to delete, finite
     */
    record Delete(double seconds) implements BeatEdit {
        public Delete {
            finite("delete: beat time", seconds);
        }

        @Override
        public String action() {
            return "delete";
        }
    }

    /**
     * Moves the beat at (or within the tolerance of) one time to another.
     *
     * @param fromSeconds the time of the beat to move, finite
     * @param toSeconds its new time, finite
     */
    record Move(double fromSeconds, double toSeconds) implements BeatEdit {
        public Move {
            finite("move: beat time", fromSeconds);
            finite("move: new time", toSeconds);
        }

        @Override
        public String action() {
            return "move";
        }
    }

    /**
     * Marks a stretch of the recording unusable (noise, electrode off): its beats stay, but intervals and
     * heart rate touching it become unusable (NaN).
     *
     * @param segment the stretch, in seconds
     */
    record MarkUnusable(TimeSegment segment) implements BeatEdit {
        public MarkUnusable {
            if (segment == null) {
                throw new IllegalArgumentException("unusable: segment is null");
            }
        }

        @Override
        public String action() {
            return "unusable";
        }
    }

    private static void finite(String what, double s) {
        if (!Double.isFinite(s)) {
            throw new IllegalArgumentException(what + " " + s + " s: expected a finite time in seconds");
        }
    }
}
