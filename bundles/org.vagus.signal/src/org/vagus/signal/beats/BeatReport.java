package org.vagus.signal.beats;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the automatic artefact correction found and did for one beat: a detected beat (kept, moved or deleted)
 * or a beat it inserted.
 *
 * @param rawIndex the index of the beat in the input series, or -1 for an inserted beat (which a later pass
 *        may delete again)
 * @param rawSeconds the beat's time in the input in seconds, NaN for an inserted beat
 * @param correctedSeconds the beat's time in the corrected series in seconds, NaN for a deleted beat
 * @param found the artefacts found at this beat, over all passes (empty for a clean beat); unmodifiable
 * @param action what was done
 * @param pass the 1-based correction pass that first found an artefact at this beat, 0 if none did
 * @since 0.1.0
 */
public record BeatReport(int rawIndex, double rawSeconds, double correctedSeconds, Set<ArtefactType> found,
        BeatAction action, int pass) {
    public BeatReport {
        Objects.requireNonNull(action, "action");
        found = found.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(ArtefactType.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(found));
        if (rawIndex < -1 || (action == BeatAction.INSERTED && rawIndex != -1)
                || (rawIndex >= 0 && !Double.isFinite(rawSeconds))) {
            throw new IllegalArgumentException("beat report: raw index " + rawIndex + " at " + rawSeconds
                    + " s does not fit action " + action + " (inserted beats have index -1, detected beats a time)");
        }
    }

    /** True if any artefact was found at this beat. */
    public boolean flagged() {
        return !found.isEmpty();
    }

    /** True if this beat was found to be of the given kind. */
    public boolean is(ArtefactType type) {
        return found.contains(type);
    }
}
