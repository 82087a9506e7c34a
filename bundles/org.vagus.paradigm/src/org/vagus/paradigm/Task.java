package org.vagus.paradigm;

import java.util.List;
import java.util.Objects;

/**
 * A task: introduction screens, trials, closing screens, and the rule that decides the feedback.
 *
 * @param id the task's id, referred to by the flow; letters and digits (it names the BIDS task in file names)
 * @param name a readable name
 * @param feedback the feedback rule, or null if no trial shows feedback
 * @param intro screens before the first trial. Copied
 * @param trials the trials in presentation order. Copied
 * @param outro screens after the last trial. Copied
 * @since 0.1.0
 */
public record Task(String id, String name, FeedbackRule feedback, List<Phase> intro, List<Trial> trials,
        List<Phase> outro) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        intro = List.copyOf(intro);
        trials = List.copyOf(trials);
        outro = List.copyOf(outro);
    }

    /** The number of trials that show feedback. */
    public int feedbackTrials() {
        return (int) trials.stream().filter(Trial::hasFeedback).count();
    }
}
