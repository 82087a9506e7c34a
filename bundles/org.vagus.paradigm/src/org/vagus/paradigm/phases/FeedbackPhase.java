package org.vagus.paradigm.phases;

import java.util.Objects;

import org.vagus.paradigm.Phase;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.io.FieldWriter;
import org.vagus.paradigm.io.JsonFields;
import org.vagus.paradigm.io.ParadigmFormatException;

/**
 * Feedback on the trial: the text its task's {@link org.vagus.paradigm.FeedbackRule} decides (Correct or Wrong,
 * in the lab's wording).
 *
 * @param timing how long (the seed's task: 6 s)
 * @since 0.1.0
 */
public record FeedbackPhase(Timing timing) implements Phase {
    /** The type id in paradigm files. */
    public static final String ID = "feedback";

    public FeedbackPhase {
        Objects.requireNonNull(timing, "timing");
    }

    @Override
    public String type() {
        return ID;
    }

    @Override
    public String eventType() {
        return "feedback";
    }

    /** The phase type. */
    public static final PhaseType<FeedbackPhase> TYPE = new PhaseType<>() {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public String name() {
            return "Feedback";
        }

        @Override
        public Class<FeedbackPhase> phaseClass() {
            return FeedbackPhase.class;
        }

        @Override
        public FeedbackPhase read(JsonFields f) throws ParadigmFormatException {
            return new FeedbackPhase(f.timing());
        }

        @Override
        public void write(FeedbackPhase p, FieldWriter out) {
            out.timing(p.timing());
        }
    };
}
