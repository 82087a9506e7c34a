package org.vagus.paradigm.tests;

import java.util.List;
import java.util.Optional;

import org.vagus.paradigm.Phase;
import org.vagus.paradigm.PhasePresentation;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.io.FieldWriter;
import org.vagus.paradigm.io.JsonFields;
import org.vagus.paradigm.io.ParadigmFormatException;
import org.vagus.paradigm.validation.ElementProblems;

/** A contributed phase type for the tests: "tap the space bar N times". */
public record TapPhase(int taps, Timing timing) implements Phase {
    public static final String ID = "tap";

    @Override
    public String type() {
        return ID;
    }

    @Override
    public String eventType() {
        return "tapping";
    }

    @Override
    public Optional<ResponseWindow> responseWindow() {
        return Optional.of(new ResponseWindow(List.of("space"), false));
    }

    @Override
    public Optional<String> displayText() {
        return Optional.of("Tap " + taps + " times");
    }

    /** The model part, contributed with a public no-argument constructor. */
    public static final class Type implements PhaseType<TapPhase> {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public String name() {
            return "Tapping";
        }

        @Override
        public Class<TapPhase> phaseClass() {
            return TapPhase.class;
        }

        @Override
        public TapPhase read(JsonFields f) throws ParadigmFormatException {
            return new TapPhase((int) f.whole("taps"), f.timing());
        }

        @Override
        public void write(TapPhase p, FieldWriter out) {
            out.put("taps", (long) p.taps()).timing(p.timing());
        }

        @Override
        public void validate(TapPhase p, ElementProblems problems) {
            if (p.taps() <= 0) {
                problems.error("taps " + p.taps() + ": expected at least 1");
            }
        }
    }

    /** The presentation part. */
    public static final class Presentation implements PhasePresentation {
        public static int created;

        public Presentation() {
            created++;
        }

        @Override
        public String phaseType() {
            return ID;
        }
    }
}
