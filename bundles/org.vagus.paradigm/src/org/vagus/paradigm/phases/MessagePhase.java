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
 * A message: instructions before the trials, a closing sentence after them. Self-paced messages wait for any key.
 *
 * @param text the message
 * @param timing how long
 * @since 0.1.0
 */
public record MessagePhase(String text, Timing timing) implements Phase {
    /** The type id in paradigm files. */
    public static final String ID = "message";

    public MessagePhase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(timing, "timing");
    }

    @Override
    public String type() {
        return ID;
    }

    @Override
    public String eventType() {
        return "message";
    }

    @Override
    public Optional<String> displayText() {
        return Optional.of(text);
    }

    /** The phase type. */
    public static final PhaseType<MessagePhase> TYPE = new PhaseType<>() {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public String name() {
            return "Message";
        }

        @Override
        public Class<MessagePhase> phaseClass() {
            return MessagePhase.class;
        }

        @Override
        public MessagePhase read(JsonFields f) throws ParadigmFormatException {
            return new MessagePhase(f.string("text"), f.timing());
        }

        @Override
        public void write(MessagePhase p, FieldWriter out) {
            out.put("text", p.text()).timing(p.timing());
        }

        @Override
        public void validate(MessagePhase p, ElementProblems problems) {
            if (p.text().isBlank()) {
                problems.warning("the message is empty");
            }
        }
    };
}
