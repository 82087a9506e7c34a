package org.vagus.paradigm.phases;

import java.util.Objects;
import java.util.Optional;

import org.vagus.paradigm.Phase;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.io.FieldWriter;
import org.vagus.paradigm.io.JsonFields;
import org.vagus.paradigm.io.ParadigmFormatException;
import org.vagus.paradigm.validation.ElementProblems;

/**
 * A screen of its own that counts down its duration in whole seconds ("The test starts in 3, 2, 1"), with an
 * optional text above the number. A countdown shown during a stimulus is {@link StimulusPhase#countdown()}.
 *
 * @param text the text above the number; null if none
 * @param timing a fixed duration
 * @since 0.1.0
 */
public record CountdownPhase(String text, Timing timing) implements Phase {
    /** The type id in paradigm files. */
    public static final String ID = "countdown";

    public CountdownPhase {
        Objects.requireNonNull(timing, "timing");
    }

    @Override
    public String type() {
        return ID;
    }

    @Override
    public String eventType() {
        return "countdown";
    }

    @Override
    public Optional<String> displayText() {
        return Optional.ofNullable(text);
    }

    /** The phase type. */
    public static final PhaseType<CountdownPhase> TYPE = new PhaseType<>() {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public String name() {
            return "Countdown";
        }

        @Override
        public Class<CountdownPhase> phaseClass() {
            return CountdownPhase.class;
        }

        @Override
        public CountdownPhase read(JsonFields f) throws ParadigmFormatException {
            return new CountdownPhase(f.optString("text"), f.timing());
        }

        @Override
        public void write(CountdownPhase p, FieldWriter out) {
            out.put("text", p.text()).timing(p.timing());
        }

        @Override
        public void validate(CountdownPhase p, ElementProblems problems) {
            if (p.timing().selfPaced()) {
                problems.error("a countdown needs a fixed duration (durationMs)");
            }
        }
    };
}
