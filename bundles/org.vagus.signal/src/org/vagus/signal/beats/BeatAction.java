package org.vagus.signal.beats;

/**
 * What the automatic correction did to a beat.
 *
 * @since 0.1.0
 */
public enum BeatAction {
    /** Left where it was detected (possibly flagged for review). */
    KEPT,
    /** Re-timed by interpolation between its neighbours (ectopic, long, short). */
    MOVED,
    /** Removed as an extra beat. */
    DELETED,
    /** Added at the middle of an interval that had missed a beat. */
    INSERTED
}
