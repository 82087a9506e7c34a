package org.vagus.paradigm.phases;

import java.util.Objects;
import java.util.Optional;

import org.vagus.paradigm.Phase;
import org.vagus.paradigm.PhaseType;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.io.FieldWriter;
import org.vagus.paradigm.io.JsonFields;
import org.vagus.paradigm.io.ParadigmFormatException;
import org.vagus.paradigm.validation.ElementProblems;

/**
 * A text or image stimulus (or an image with a caption), optionally with a visible countdown of the time left and
 * response collection. An image is a file name resolved in the paradigm's image folder; when the file is missing
 * the presenter shows a placeholder with the trial's item code (the Raven items are copyrighted: the lab supplies
 * the images).
 *
 * @param text the text shown, or the caption of the image; null if none
 * @param image the image file, relative to the paradigm's image folder; null if none
 * @param timing how long (the seed's task: 20 s)
 * @param countdown true to show the seconds left (needs a fixed duration or a time limit)
 * @param responses the response collection, or null for none
 * @since 0.1.0
 */
public record StimulusPhase(String text, String image, Timing timing, boolean countdown, ResponseWindow responses)
        implements Phase {
    /** The type id in paradigm files. */
    public static final String ID = "stimulus";

    public StimulusPhase {
        Objects.requireNonNull(timing, "timing");
    }

    @Override
    public String type() {
        return ID;
    }

    @Override
    public String eventType() {
        return "item";
    }

    @Override
    public Optional<ResponseWindow> responseWindow() {
        return Optional.ofNullable(responses);
    }

    @Override
    public Optional<String> displayText() {
        return Optional.ofNullable(text);
    }

    /** The phase type. */
    public static final PhaseType<StimulusPhase> TYPE = new PhaseType<>() {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public String name() {
            return "Stimulus (text or image)";
        }

        @Override
        public Class<StimulusPhase> phaseClass() {
            return StimulusPhase.class;
        }

        @Override
        public StimulusPhase read(JsonFields f) throws ParadigmFormatException {
            return new StimulusPhase(f.optString("text"), f.optString("image"), f.timing(), f.bool("countdown", false),
                    f.responses("responses"));
        }

        @Override
        public void write(StimulusPhase p, FieldWriter out) {
            out.put("text", p.text()).put("image", p.image()).timing(p.timing()).putIfTrue("countdown", p.countdown())
                    .responses("responses", p.responses());
        }

        @Override
        public void validate(StimulusPhase p, ElementProblems problems) {
            if (p.text() == null && p.image() == null) {
                problems.error("a stimulus needs a text or an image");
            }
            if (p.countdown() && p.timing().selfPaced() && p.timing().timeout() == null) {
                problems.error("a countdown needs a fixed duration or a time limit (timeoutMs)");
            }
        }
    };
}
