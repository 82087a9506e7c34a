package org.vagus.signal.beats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vagus.signal.Parameters;

/**
 * The result of an automatic artefact correction: the input beats (never changed), the corrected beats, and
 * per beat what was found and done. The corrected beats are the automatic layer that manual edits
 * ({@link BeatEditLayer}) are applied over.
 *
 * @since 0.1.0
 */
public final class ArtefactCorrection {
    private final BeatTimes input;
    private final BeatTimes corrected;
    private final List<BeatReport> report;
    private final BeatReport[] byRawIndex;
    private final List<Integer> artefactsPerPass;
    private final int passesApplied;

    /**
     * @param input the beats as given to the corrector
     * @param corrected the corrected beats; its parameters are this result's
     * @param report one entry per input beat and per inserted beat, in time order
     * @param artefactsPerPass the number of artefacts each detection pass found, the last one included (the
     *        pass that stopped the iteration because the count did not fall)
     * @param passesApplied how many passes changed the beats
     * @throws IllegalArgumentException if the report does not cover every input beat exactly once
     */
    public ArtefactCorrection(BeatTimes input, BeatTimes corrected, List<BeatReport> report,
            List<Integer> artefactsPerPass, int passesApplied) {
        this.input = Objects.requireNonNull(input, "input");
        this.corrected = Objects.requireNonNull(corrected, "corrected");
        this.report = List.copyOf(report);
        this.artefactsPerPass = List.copyOf(artefactsPerPass);
        this.passesApplied = passesApplied;
        this.byRawIndex = new BeatReport[input.count()];
        for (BeatReport r : this.report) {
            if (r.rawIndex() >= 0) {
                if (r.rawIndex() >= byRawIndex.length || byRawIndex[r.rawIndex()] != null) {
                    throw new IllegalArgumentException("report: raw beat " + r.rawIndex()
                            + " is out of range or reported twice");
                }
                byRawIndex[r.rawIndex()] = r;
            }
        }
        for (int i = 0; i < byRawIndex.length; i++) {
            if (byRawIndex[i] == null) {
                throw new IllegalArgumentException("report: input beat " + i + " is missing");
            }
        }
    }

    /** The beats as they were given, unchanged. */
    public BeatTimes input() {
        return input;
    }

    /** The corrected beats. */
    public BeatTimes corrected() {
        return corrected;
    }

    /** Every input beat and every inserted beat with what was found and done, in time order. */
    public List<BeatReport> report() {
        return report;
    }

    /** The report of input beat {@code i}. */
    public BeatReport reportOfInputBeat(int i) {
        return byRawIndex[i];
    }

    /** The beats that were inserted (missed beats), in time order. */
    public List<BeatReport> inserted() {
        List<BeatReport> out = new ArrayList<>();
        for (BeatReport r : report) {
            if (r.rawIndex() < 0) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The number of beats (input or inserted) at which each kind of artefact was found. */
    public Map<ArtefactType, Integer> countsByType() {
        Map<ArtefactType, Integer> m = new EnumMap<>(ArtefactType.class);
        for (ArtefactType t : ArtefactType.values()) {
            m.put(t, 0);
        }
        for (BeatReport r : report) {
            for (ArtefactType t : r.found()) {
                m.merge(t, 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** The number of input beats at which any artefact was found. */
    public int flaggedInputBeats() {
        int n = 0;
        for (BeatReport r : byRawIndex) {
            if (r.flagged()) {
                n++;
            }
        }
        return n;
    }

    /** The artefacts found by each detection pass, the last (stopping) pass included. */
    public List<Integer> artefactsPerPass() {
        return artefactsPerPass;
    }

    /** The number of passes that changed the beats. */
    public int passesApplied() {
        return passesApplied;
    }

    /** How the corrected beats were made (the corrected beats' parameters). */
    public Parameters parameters() {
        return corrected.parameters();
    }

    @Override
    public String toString() {
        return "ArtefactCorrection[" + input.count() + " -> " + corrected.count() + " beats, " + countsByType()
                + ", per pass " + artefactsPerPass + "]";
    }
}
