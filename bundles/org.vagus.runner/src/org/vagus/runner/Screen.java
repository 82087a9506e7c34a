package org.vagus.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.vagus.paradigm.Phase;
import org.vagus.paradigm.ResponseWindow;

/**
 * What a {@link Presenter} shows: one full screen. Built by the runner from a flow step or a phase; a presenter
 * draws the built-in kinds itself and a contributed phase (kind = its type id) with the phase type's presentation
 * part, or {@link #text()} as a fallback.
 *
 * @param kind what the screen is: one of the constants ({@link #FIXATION}, {@link #STIMULUS}, ...) or the type id
 *            of a contributed phase
 * @param text the text shown (a message, the fixation symbol, the feedback text); null if none
 * @param image the stimulus image file, or null if none or missing (then {@link #itemCode()} is the placeholder)
 * @param itemCode the trial's item code (such as {@code B12}); shown as a placeholder when an image is missing
 * @param countdown for a screen with a visible countdown, the time it counts down from its onset; null otherwise
 * @param responses the responses collected during the screen, or null if none (a self-paced screen then waits for
 *            any key)
 * @param trial the 1-based trial number, 0 outside trials
 * @param instrument for a {@link #QUESTIONNAIRE}, the instrument id; null otherwise
 * @param phase the phase the screen shows, or null for flow steps
 * @since 0.1.0
 */
public record Screen(String kind, String text, Path image, String itemCode, Duration countdown,
        ResponseWindow responses, int trial, String instrument, Phase phase) {
    /** A fixation symbol. */
    public static final String FIXATION = "fixation";
    /** A text or image stimulus (with an optional countdown). */
    public static final String STIMULUS = "stimulus";
    /** A countdown screen. */
    public static final String COUNTDOWN = "countdown";
    /** A response prompt. */
    public static final String RESPONSE = "response";
    /** Feedback text. */
    public static final String FEEDBACK = "feedback";
    /** A message. */
    public static final String MESSAGE = "message";
    /** The consent text. */
    public static final String CONSENT = "consent";
    /** A questionnaire form (the presenter collects the answers). */
    public static final String QUESTIONNAIRE = "questionnaire";
    /** The baseline rest. */
    public static final String REST = "rest";
    /** The last screen. */
    public static final String END = "end";
    /** An empty screen: what stays after the session. */
    public static final String BLANK = "blank";

    /** A screen from a flow step (no phase, no trial). */
    public static Screen of(String kind, String text) {
        return new Screen(kind, text, null, null, null, null, 0, null, null);
    }

    /** The empty screen shown when the session ends. */
    public static Screen blank() {
        return of(BLANK, null);
    }

    /** A questionnaire screen. */
    public static Screen questionnaire(String instrument) {
        return new Screen(QUESTIONNAIRE, null, null, null, null, null, 0, instrument, null);
    }

    /** The stimulus image, if there is one and the file exists. */
    public Optional<Path> imageFile() {
        return Optional.ofNullable(image);
    }

    /** True if the screen has a visible countdown. */
    public boolean hasCountdown() {
        return countdown != null;
    }
}
