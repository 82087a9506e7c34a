package org.vagus.paradigm;

import java.util.Objects;

/**
 * One step of a session flow: consent, a questionnaire, a baseline rest, a task, a message, the end.
 *
 * @since 0.1.0
 */
public sealed interface FlowStep {

    /** The step's name in the paradigm file ({@code "step"}) and the {@code trial_type} of its events row. */
    String kind();

    /**
     * Informed consent: the text shown until the participant (or the researcher) confirms.
     *
     * @param text the consent text
     */
    record Consent(String text) implements FlowStep {
        public Consent {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String kind() {
            return "consent";
        }
    }

    /**
     * A questionnaire, by the id of an instrument (org.vagus.instruments), administered on screen.
     *
     * @param instrument the instrument id, such as {@code stai-y1}
     * @param occasion a label telling administrations of one instrument apart, such as {@code pre} or {@code post};
     *            null if none
     */
    record Questionnaire(String instrument, String occasion) implements FlowStep {
        public Questionnaire {
            Objects.requireNonNull(instrument, "instrument");
        }

        @Override
        public String kind() {
            return "questionnaire";
        }
    }

    /**
     * A rest: the sensor set-up and baseline recording, a text shown for a while.
     *
     * @param text what the participant reads
     * @param timing how long
     */
    record Rest(String text, Timing timing) implements FlowStep {
        public Rest {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(timing, "timing");
        }

        @Override
        public String kind() {
            return "rest";
        }
    }

    /**
     * Runs a task of the paradigm.
     *
     * @param task the task's id
     */
    record RunTask(String task) implements FlowStep {
        public RunTask {
            Objects.requireNonNull(task, "task");
        }

        @Override
        public String kind() {
            return "task";
        }
    }

    /**
     * A message between steps.
     *
     * @param text the message
     * @param timing how long
     */
    record Message(String text, Timing timing) implements FlowStep {
        public Message {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(timing, "timing");
        }

        @Override
        public String kind() {
            return "message";
        }
    }

    /**
     * The last screen of the session.
     *
     * @param text the text
     * @param timing how long
     */
    record End(String text, Timing timing) implements FlowStep {
        public End {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(timing, "timing");
        }

        @Override
        public String kind() {
            return "end";
        }
    }
}
