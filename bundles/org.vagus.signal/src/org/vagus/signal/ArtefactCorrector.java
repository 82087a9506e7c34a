package org.vagus.signal;

import java.util.Map;

import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.BeatTimes;

/**
 * Finds and corrects artefacts in a beat series (missed, extra, ectopic, misplaced beats): the automatic
 * layer under the manual edits ({@link org.vagus.signal.beats.BeatEditLayer}). The built-in implementation is
 * {@link org.vagus.signal.beats.LipponenTarvainen}; a third party swaps it by contributing another
 * implementation to {@code org.vagus.signal.processors} ({@code <artefactCorrector class="..."/>}).
 * <p>
 * Contract: the input is never changed; the result holds the input, the corrected beats and, for every input
 * beat and every inserted beat, what was found and what was done ({@link ArtefactCorrection#report()}), and
 * its parameters start with the input's and add this processor's {@link #id()} and {@link #parameters()}.
 *
 * @since 0.1.0
 */
public interface ArtefactCorrector extends BeatProcessor {

    /**
     * Finds and corrects the artefacts of a beat series.
     *
     * @param beats the beats to check, as detected (or as left by an earlier step)
     * @return the corrected beats with the per-beat report
     */
    ArtefactCorrection correct(BeatTimes beats);

    @Override
    ArtefactCorrector withParameters(Map<String, String> values);
}
