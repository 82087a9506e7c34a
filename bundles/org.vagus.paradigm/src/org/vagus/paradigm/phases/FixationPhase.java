package org.vagus.paradigm.phases;

import java.util.Objects;
import java.util.Optional;

import org.vagus.paradigm.Phase;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.io.FieldWriter;
import org.vagus.paradigm.io.JsonFields;
import org.vagus.paradigm.io.ParadigmFormatException;

/**
 * A fixation cross (or another symbol) at the centre of the screen.
 *
 * @param timing how long, usually fixed (the seed's task: 1 s)
 * @param symbol what is shown, {@code +} by default
 * @since 0.1.0
 */
public record FixationPhase(Timing timing, String symbol) implements Phase {
    /** The type id in paradigm files. */
    public static final String ID = "fixation";
    /** The default symbol. */
    public static final String CROSS = "+";

    public FixationPhase {
        Objects.requireNonNull(timing, "timing");
        symbol = symbol == null ? CROSS : symbol;
    }

    /** A fixation cross shown for a fixed time. */
    public static FixationPhase of(Timing timing) {
        return new FixationPhase(timing, CROSS);
    }

    @Override
    public String type() {
        return ID;
    }

    @Override
    public String eventType() {
        return "fixation";
    }

    @Override
    public Optional<String> displayText() {
        return Optional.of(symbol);
    }

    /** The phase type. */
    public static final PhaseType<FixationPhase> TYPE = new PhaseType<>() {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public String name() {
            return "Fixation";
        }

        @Override
        public Class<FixationPhase> phaseClass() {
            return FixationPhase.class;
        }

        @Override
        public FixationPhase read(JsonFields f) throws ParadigmFormatException {
            return new FixationPhase(f.timing(), f.optString("symbol"));
        }

        @Override
        public void write(FixationPhase p, FieldWriter out) {
            out.timing(p.timing());
            if (!CROSS.equals(p.symbol())) {
                out.put("symbol", p.symbol());
            }
        }
    };
}
