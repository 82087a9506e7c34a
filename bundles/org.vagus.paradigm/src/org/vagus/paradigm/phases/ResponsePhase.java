package org.vagus.paradigm.phases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vagus.paradigm.Phase;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.io.FieldWriter;
import org.vagus.paradigm.io.JsonFields;
import org.vagus.paradigm.io.ParadigmFormatException;

/**
 * Response collection on a screen of its own, after the stimulus: a prompt ("Your answer?") and the accepted keys;
 * usually self-paced with a time limit, or fixed.
 *
 * @param prompt the text shown; null if none
 * @param window the accepted responses
 * @param timing how long
 * @since 0.1.0
 */
public record ResponsePhase(String prompt, ResponseWindow window, Timing timing) implements Phase {
    /** The type id in paradigm files. */
    public static final String ID = "response";

    public ResponsePhase {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(timing, "timing");
    }

    @Override
    public String type() {
        return ID;
    }

    @Override
    public String eventType() {
        return "prompt";
    }

    @Override
    public Optional<ResponseWindow> responseWindow() {
        return Optional.of(window);
    }

    @Override
    public Optional<String> displayText() {
        return Optional.ofNullable(prompt);
    }

    /** The phase type. */
    public static final PhaseType<ResponsePhase> TYPE = new PhaseType<>() {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public String name() {
            return "Response collection";
        }

        @Override
        public Class<ResponsePhase> phaseClass() {
            return ResponsePhase.class;
        }

        @Override
        public ResponsePhase read(JsonFields f) throws ParadigmFormatException {
            ResponseWindow w = f.responses("responses");
            return new ResponsePhase(f.optString("prompt"), w == null ? new ResponseWindow(List.of(), true) : w,
                    f.timing());
        }

        @Override
        public void write(ResponsePhase p, FieldWriter out) {
            out.put("prompt", p.prompt()).timing(p.timing()).responses("responses", p.window());
        }
    };
}
