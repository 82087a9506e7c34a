package org.vagus.paradigm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The feedback each trial of a task will get, decided before the first trial so that it can be recorded (and kept
 * on resume).
 * <p>
 * {@link FeedbackRule.RandomCount}: the trials with a feedback phase are listed in order; a partial Fisher-Yates
 * shuffle driven by {@code new SplittableRandom(seed)} picks {@code correct} of them (for i = 0 .. correct-1:
 * j = i + nextInt(m - i), swap positions i and j); those say Correct, the others Wrong. The same seed gives the same
 * choice on every Java version. {@link FeedbackRule.Scripted}: the values in order. {@link FeedbackRule.Accuracy}:
 * decided at run time from the response, so the plan holds null for those trials.
 *
 * @param seed the seed the choice was drawn with (the rule's own, or the session's)
 * @param values per trial (in trial order) Correct, Wrong, or null for a trial without feedback or decided at run
 *            time. Copied, unmodifiable, nulls allowed
 * @since 0.1.0
 */
public record FeedbackPlan(long seed, List<String> values) {

    public FeedbackPlan {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * Draws the plan of a task.
     *
     * @param task the task
     * @param sessionSeed the seed used when the rule has none
     * @throws IllegalArgumentException if the rule cannot be met (more Correct than trials with feedback, or a
     *             script of the wrong length); the validator reports these first
     */
    public static FeedbackPlan draw(Task task, long sessionSeed) {
        FeedbackRule rule = task.feedback();
        String[] values = new String[task.trials().size()];
        List<Integer> withFeedback = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (task.trials().get(i).hasFeedback()) {
                withFeedback.add(i);
            }
        }
        long seed = sessionSeed;
        switch (rule) {
            case null -> {
            }
            case FeedbackRule.RandomCount r -> {
                seed = r.seed() != null ? r.seed() : sessionSeed;
                int m = withFeedback.size();
                if (r.correct() < 0 || r.correct() > m) {
                    throw new IllegalArgumentException("task " + task.id() + ": " + r.correct() + " '"
                            + FeedbackRule.CORRECT + "' of " + m + " trials with feedback cannot be met");
                }
                int[] order = withFeedback.stream().mapToInt(Integer::intValue).toArray();
                SplittableRandom random = new SplittableRandom(seed);
                for (int i = 0; i < r.correct(); i++) {
                    int j = i + random.nextInt(m - i);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
                for (int i = 0; i < m; i++) {
                    values[order[i]] = i < r.correct() ? FeedbackRule.CORRECT : FeedbackRule.WRONG;
                }
            }
            case FeedbackRule.Scripted s -> {
                if (s.values().size() != withFeedback.size()) {
                    throw new IllegalArgumentException("task " + task.id() + ": " + s.values().size()
                            + " scripted feedback values for " + withFeedback.size() + " trials with feedback");
                }
                for (int i = 0; i < withFeedback.size(); i++) {
                    values[withFeedback.get(i)] = s.values().get(i);
                }
            }
            case FeedbackRule.Accuracy a -> {
            }
        }
        return new FeedbackPlan(seed, Arrays.asList(values));
    }

    /** The 1-based numbers of the trials planned to say Correct. */
    public List<Integer> correctTrials() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (FeedbackRule.CORRECT.equals(values.get(i))) {
                out.add(i + 1);
            }
        }
        return out;
    }
}
