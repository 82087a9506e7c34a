package org.vagus.example.subtraction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vagus.paradigm.Phase;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Timing;

/**
 * One answer of serial subtraction: the participant says the next number aloud and the experimenter, who keeps the
 * count, presses {@link #correctKey()} if it is right or {@link #wrongKey()} if not. The key press ends the screen
 * (the reaction time is the time to the judged answer); the trial's feedback screen then says 'Wrong' and the restart
 * on a mistake. This is how the Trier Social Stress Test gives the task: spoken answers judged by the panel, not
 * typed ones. The number expected at each answer depends on the judgements before it and is reconstructed from them
 * by {@link SerialSubtraction#replay}.
 *
 * @param start the number counting starts from, and restarts from after a mistake (the TSST: 1022)
 * @param step the number subtracted each time (the TSST: 13)
 * @param correctKey the experimenter's key for a right answer
 * @param wrongKey the experimenter's key for a wrong answer
 * @param timing how long the screen waits for the judgement: self-paced (the experimenter decides), optionally with
 *            a time limit after which the answer counts as missing (judged wrong by the accuracy feedback rule)
 */
public record SubtractionPhase(int start, int step, String correctKey, String wrongKey, Timing timing)
        implements Phase {
    /** The type id in paradigm files. */
    public static final String TYPE = "subtraction";

    public SubtractionPhase {
        Objects.requireNonNull(correctKey, "correctKey");
        Objects.requireNonNull(wrongKey, "wrongKey");
        Objects.requireNonNull(timing, "timing");
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The {@code trial_type} of the screen's events row. */
    @Override
    public String eventType() {
        return "answer";
    }

    /** The two judgement keys; the first one ends the screen. */
    @Override
    public Optional<ResponseWindow> responseWindow() {
        return Optional.of(new ResponseWindow(List.of(correctKey, wrongKey), true));
    }

    /** What a presenter without a presentation part for this type shows. */
    @Override
    public Optional<String> displayText() {
        return Optional.of("Count down aloud from " + start + " in steps of " + step + ".");
    }
}
