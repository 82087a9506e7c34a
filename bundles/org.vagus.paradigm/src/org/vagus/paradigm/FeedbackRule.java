package org.vagus.paradigm;

import java.util.List;
import java.util.Objects;

/**
 * How a task decides the feedback of each trial that has a {@link org.vagus.paradigm.phases.FeedbackPhase}: the
 * value is {@link #CORRECT} or {@link #WRONG} (the {@code feedback} column of the events file), shown as
 * {@link #correctText()} or {@link #wrongText()} (the lab's wording, in any language).
 *
 * @since 0.1.0
 */
public sealed interface FeedbackRule {
    /** The feedback value of a trial judged correct. */
    String CORRECT = "Correct";
    /** The feedback value of a trial judged wrong. */
    String WRONG = "Wrong";

    /** The rule's name in the paradigm file. */
    String kind();

    /** The text shown for {@link #CORRECT}. */
    String correctText();

    /** The text shown for {@link #WRONG}. */
    String wrongText();

    /** The text shown for a feedback value. */
    default String textFor(String value) {
        return CORRECT.equals(value) ? correctText() : wrongText();
    }

    /**
     * Rigged feedback regardless of the responses: {@code correct} trials chosen at random say Correct, the others
     * Wrong (the seed study's stress task: 2 of 13). The choice is drawn from a seeded generator; the seed is this
     * rule's if it has one, otherwise the session's, and the runner records both seed and choice.
     *
     * @param correct how many trials say Correct; must not exceed the trials with feedback
     * @param seed a fixed seed, or null to use the session's
     * @param correctText shown for Correct
     * @param wrongText shown for Wrong
     */
    record RandomCount(int correct, Long seed, String correctText, String wrongText) implements FeedbackRule {
        /** The name in the file. */
        public static final String KIND = "random-count";

        public RandomCount {
            Objects.requireNonNull(correctText, "correctText");
            Objects.requireNonNull(wrongText, "wrongText");
        }

        @Override
        public String kind() {
            return KIND;
        }
    }

    /**
     * Feedback given in a fixed order: one value (Correct or Wrong) per trial with feedback, in trial order.
     *
     * @param values Correct or Wrong per trial with feedback. Copied
     * @param correctText shown for Correct
     * @param wrongText shown for Wrong
     */
    record Scripted(List<String> values, String correctText, String wrongText) implements FeedbackRule {
        /** The name in the file. */
        public static final String KIND = "scripted";

        public Scripted {
            values = List.copyOf(values);
            Objects.requireNonNull(correctText, "correctText");
            Objects.requireNonNull(wrongText, "wrongText");
        }

        @Override
        public String kind() {
            return KIND;
        }
    }

    /**
     * Honest feedback: Correct if the trial's first response equals its {@link Trial#correctResponse()}, Wrong
     * otherwise (no response included).
     *
     * @param correctText shown for Correct
     * @param wrongText shown for Wrong
     */
    record Accuracy(String correctText, String wrongText) implements FeedbackRule {
        /** The name in the file. */
        public static final String KIND = "accuracy";

        public Accuracy {
            Objects.requireNonNull(correctText, "correctText");
            Objects.requireNonNull(wrongText, "wrongText");
        }

        @Override
        public String kind() {
            return KIND;
        }
    }
}
