package org.vagus.paradigm.ui.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vagus.paradigm.Phase;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.phases.CountdownPhase;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.paradigm.phases.ResponsePhase;
import org.vagus.paradigm.phases.StimulusPhase;

/**
 * The fields of the built-in phases and of timings, and the edits that make a new phase from one field's text.
 * Contributed phase types get the timing fields only; {@link ElementFields} edits their timing through the file
 * format.
 */
final class PhaseFields {
    static final String DURATION = "duration";
    static final String TIME_LIMIT = "timeLimit";
    static final String TEXT = "text";
    static final String SYMBOL = "symbol";
    static final String IMAGE = "image";
    static final String COUNTDOWN = "countdown";
    static final String RESPONSES = "responses";
    static final String ENDS = "endsOnResponse";
    static final String PROMPT = "prompt";
    /** How an editor writes "any key" in a response list. */
    static final String ANY = "any";

    private PhaseFields() {
    }

    /** The duration and time-limit fields of a timing. */
    static List<Field> timing(Timing t) {
        return List.of(
                new Field(DURATION, "Duration (s)", Field.Kind.SECONDS, TimingText.format(t.duration()), List.of(),
                        "seconds, such as 20 or 1.5; empty: until a response (self-paced)"),
                new Field(TIME_LIMIT, "Time limit (s)", Field.Kind.SECONDS, TimingText.format(t.timeout()), List.of(),
                        "for a self-paced screen only; empty: no limit"));
    }

    /** True for the keys {@link #timing(Timing)} has. */
    static boolean isTimingKey(String key) {
        return DURATION.equals(key) || TIME_LIMIT.equals(key);
    }

    /**
     * A timing with one of its fields changed.
     *
     * @throws IllegalArgumentException if the text is not a duration, or a time limit is given to a fixed screen
     */
    static Timing applyTiming(Timing t, String key, String text) {
        boolean blank = text.isBlank();
        if (DURATION.equals(key)) {
            if (blank) {
                return t.selfPaced() ? t : Timing.untilResponse();
            }
            return Timing.fixed(TimingText.parse(text));
        }
        if (blank) {
            return t.selfPaced() ? Timing.untilResponse() : t;
        }
        if (!t.selfPaced()) {
            throw new IllegalArgumentException("a time limit applies to a self-paced screen: clear the duration first");
        }
        return Timing.untilResponse(TimingText.parse(text));
    }

    static List<Field> fields(Phase phase) {
        List<Field> out = new ArrayList<>();
        switch (phase) {
            case FixationPhase f -> out.add(Field.text(SYMBOL, "Symbol", f.symbol()));
            case StimulusPhase s -> {
                out.add(Field.multiline(TEXT, "Text or caption", s.text()));
                out.add(Field.text(IMAGE, "Image file", s.image(), "in the paradigm's image folder; empty: none"));
                out.add(Field.bool(COUNTDOWN, "Show the seconds left", s.countdown()));
                out.add(Field.text(RESPONSES, "Response keys", responses(s.responses()),
                        "keys separated by commas; '" + ANY + "': any key; empty: no responses"));
                out.add(Field.bool(ENDS, "A response ends the screen", s.responses() != null && s.responses().endsPhase()));
            }
            case CountdownPhase c -> out.add(Field.text(TEXT, "Text above the number", c.text()));
            case ResponsePhase r -> {
                out.add(Field.text(PROMPT, "Prompt", r.prompt()));
                out.add(Field.text(RESPONSES, "Response keys", responses(r.window()),
                        "keys separated by commas; '" + ANY + "' or empty: any key"));
                out.add(Field.bool(ENDS, "A response ends the screen", r.window().endsPhase()));
            }
            case MessagePhase m -> out.add(Field.multiline(TEXT, "Message", m.text()));
            default -> {
                // feedback and contributed types: the timing only
            }
        }
        out.addAll(timing(phase.timing()));
        return out;
    }

    /**
     * A built-in phase with one field changed; null if the phase is of a contributed type (only its timing is
     * editable, through the file format).
     */
    static Phase apply(Phase phase, String key, String text) {
        if (isTimingKey(key)) {
            Timing t = applyTiming(phase.timing(), key, text);
            return switch (phase) {
                case FixationPhase f -> new FixationPhase(t, f.symbol());
                case StimulusPhase s -> new StimulusPhase(s.text(), s.image(), t, s.countdown(), s.responses());
                case CountdownPhase c -> new CountdownPhase(c.text(), t);
                case ResponsePhase r -> new ResponsePhase(r.prompt(), r.window(), t);
                case FeedbackPhase f -> new FeedbackPhase(t);
                case MessagePhase m -> new MessagePhase(m.text(), t);
                default -> null;
            };
        }
        String value = emptyToNull(text);
        return switch (phase) {
            case FixationPhase f when SYMBOL.equals(key) -> new FixationPhase(f.timing(), value);
            case StimulusPhase s -> switch (key) {
                case TEXT -> new StimulusPhase(value, s.image(), s.timing(), s.countdown(), s.responses());
                case IMAGE -> new StimulusPhase(s.text(), value, s.timing(), s.countdown(), s.responses());
                case COUNTDOWN -> new StimulusPhase(s.text(), s.image(), s.timing(), bool(text), s.responses());
                case RESPONSES -> new StimulusPhase(s.text(), s.image(), s.timing(), s.countdown(),
                        value == null ? null : new ResponseWindow(keys(value),
                                s.responses() != null && s.responses().endsPhase()));
                case ENDS -> new StimulusPhase(s.text(), s.image(), s.timing(), s.countdown(),
                        new ResponseWindow(s.responses() == null ? List.of() : s.responses().keys(), bool(text)));
                default -> throw unknown(key);
            };
            case CountdownPhase c when TEXT.equals(key) -> new CountdownPhase(value, c.timing());
            case ResponsePhase r -> switch (key) {
                case PROMPT -> new ResponsePhase(value, r.window(), r.timing());
                case RESPONSES -> new ResponsePhase(r.prompt(),
                        new ResponseWindow(value == null ? List.of() : keys(value), r.window().endsPhase()), r.timing());
                case ENDS -> new ResponsePhase(r.prompt(), new ResponseWindow(r.window().keys(), bool(text)), r.timing());
                default -> throw unknown(key);
            };
            case MessagePhase m when TEXT.equals(key) -> new MessagePhase(text, m.timing());
            default -> throw unknown(key);
        };
    }

    static String responses(ResponseWindow w) {
        if (w == null) {
            return "";
        }
        return w.keys().isEmpty() ? ANY : String.join(", ", w.keys());
    }

    private static List<String> keys(String text) {
        if (ANY.equalsIgnoreCase(text.trim())) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(k -> !k.isEmpty()).toList();
    }

    static boolean bool(String text) {
        String t = text.trim();
        if ("true".equalsIgnoreCase(t)) {
            return true;
        }
        if ("false".equalsIgnoreCase(t)) {
            return false;
        }
        throw new IllegalArgumentException("'" + t + "': expected true or false");
    }

    static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static IllegalArgumentException unknown(String key) {
        return new IllegalArgumentException("no field '" + key + "' here");
    }
}
