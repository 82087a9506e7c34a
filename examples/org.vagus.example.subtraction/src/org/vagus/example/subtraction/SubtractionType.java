package org.vagus.example.subtraction;

import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.io.FieldWriter;
import org.vagus.paradigm.io.JsonFields;
import org.vagus.paradigm.io.ParadigmFormatException;
import org.vagus.paradigm.validation.ElementProblems;

/**
 * The model part of the phase type {@code subtraction}, contributed through {@code org.vagus.paradigm.tasks}. In a
 * paradigm file:
 *
 * <pre>
 * {"type": "subtraction", "start": 1022, "step": 13, "correctKey": "c", "wrongKey": "w", "selfPaced": true}
 * </pre>
 *
 * (a time limit is {@code "timeoutMs": 20000}). Stateless; the extension registry creates it with the no-argument
 * constructor.
 */
public final class SubtractionType implements PhaseType<SubtractionPhase> {

    @Override
    public String id() {
        return SubtractionPhase.TYPE;
    }

    @Override
    public String name() {
        return "Serial subtraction answer (judged by the experimenter)";
    }

    @Override
    public Class<SubtractionPhase> phaseClass() {
        return SubtractionPhase.class;
    }

    /** Reads a phase; numbers that do not fit an int are malformed, wrong but well-formed values are validated. */
    @Override
    public SubtractionPhase read(JsonFields f) throws ParadigmFormatException {
        return new SubtractionPhase(integer(f, "start"), integer(f, "step"), f.string("correctKey"),
                f.string("wrongKey"), f.timing());
    }

    private static int integer(JsonFields f, String key) throws ParadigmFormatException {
        long v = f.whole(key);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw f.error(key, v + " is too large; expected a whole number between -2147483648 and 2147483647");
        }
        return (int) v;
    }

    @Override
    public void write(SubtractionPhase p, FieldWriter out) {
        out.put("start", (long) p.start()).put("step", (long) p.step()).put("correctKey", p.correctKey())
                .put("wrongKey", p.wrongKey()).timing(p.timing());
    }

    @Override
    public void validate(SubtractionPhase p, ElementProblems problems) {
        if (p.step() <= 0) {
            problems.error("step " + p.step() + ": expected a positive number");
        }
        if (p.start() <= 0) {
            problems.error("start " + p.start() + ": expected a positive number");
        } else if (p.step() > 0 && p.start() - p.step() < 0) {
            problems.warning("start " + p.start() + " minus step " + p.step() + " is negative at the first answer");
        }
        if (p.correctKey().equals(p.wrongKey())) {
            problems.error("correctKey and wrongKey are both '" + p.correctKey() + "'; expected two different keys");
        }
    }
}
