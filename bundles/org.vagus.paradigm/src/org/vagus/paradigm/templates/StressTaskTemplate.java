package org.vagus.paradigm.templates;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.ParadigmTemplate;
import org.vagus.paradigm.Phase;
import org.vagus.paradigm.ResponseWindow;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.paradigm.phases.StimulusPhase;

/**
 * The seed study's Stress-inducing Task (Sun et al., "Self-compassion modulates autonomic and psychological
 * responses to stress among adults with generalized anxiety disorders", Methods), adapted from the Raven Standard
 * Progressive Matrices, with its session flow:
 * <ul>
 * <li>flow: consent; SCS-26, STAI-S and perceived stress (1-10); ECG set-up and baseline rest; the task; STAI-S and
 * perceived stress again; the end;</li>
 * <li>an introduction claiming that the test assesses intelligence accurately and predicts achievement and happiness
 * in the future (the deception that makes the feedback stressful; the lab debriefs at the end);</li>
 * <li>13 items in this order: B12 C10 C12 D9 D10 D11 D12 E7 E8 E9 E10 E11 E12; each trial a fixation cross for
 * 1 s, the item for 20 s with a visible countdown during which the answer is collected (keys 1-6 for set B, 1-8
 * for sets C-E, the answer choices of the SPM), then feedback for 6 s;</li>
 * <li>feedback regardless of the answers: 2 trials chosen at random say 'Correct', the other 11 'Wrong' (the choice
 * seeded and recorded by the runner);</li>
 * <li>the closing screen 'Unfortunately, you failed!'.</li>
 * </ul>
 * What the seed does not state is a choice of this template, easy to change in the paradigm file: the introduction
 * and the consent are self-paced; the baseline rest lasts {@link #BASELINE} (5 min, the standard short-term HRV
 * recording); the closing sentence stays {@link #OUTRO}; the last screen waits for the researcher.
 * <p>
 * The Raven items are copyrighted: Vagus ships no images. The lab puts its licensed item images, named
 * {@code B12.png} and so on, into the folder {@value #IMAGE_FOLDER} beside the paradigm file (or points
 * {@code imageFolder} elsewhere); without them the presenter shows a placeholder with the item code.
 * Total fixed duration: 300 s rest + 13 x 27 s trials + 5 s closing = 656 s, plus 8 self-paced screens.
 *
 * @since 0.1.0
 */
public final class StressTaskTemplate implements ParadigmTemplate {
    /** The template's id. */
    public static final String ID = "stress-task";
    /** The task's id and BIDS task label. */
    public static final String TASK = "stress";
    /** The items, in presentation order. */
    public static final List<String> ITEMS = List.of("B12", "C10", "C12", "D9", "D10", "D11", "D12", "E7", "E8", "E9",
            "E10", "E11", "E12");
    /** The fixation before each item. */
    public static final Duration FIXATION = Duration.ofSeconds(1);
    /** The item with its countdown. */
    public static final Duration ITEM = Duration.ofSeconds(20);
    /** The feedback. */
    public static final Duration FEEDBACK = Duration.ofSeconds(6);
    /** How many trials say Correct. */
    public static final int CORRECT = 2;
    /** The baseline rest after the ECG set-up (not stated in the seed). */
    public static final Duration BASELINE = Duration.ofMinutes(5);
    /** How long the closing sentence stays (not stated in the seed). */
    public static final Duration OUTRO = Duration.ofSeconds(5);
    /** The closing sentence. */
    public static final String FAILED = "Unfortunately, you failed!";
    /** Where the lab's item images go, relative to the paradigm file. */
    public static final String IMAGE_FOLDER = "raven-items";
    /** Instrument id of the Self-Compassion Scale. */
    public static final String SCS_26 = "scs-26";
    /** Instrument id of the STAI form Y-1 (state anxiety). */
    public static final String STAI_Y1 = "stai-y1";
    /** Instrument id of the one-item perceived stress rating (1-10). */
    public static final String PERCEIVED_STRESS = "perceived-stress";

    /** The introduction, as the seed reports what participants were told. */
    public static final String INTRO = "This test assesses your intelligence accurately and predicts your achievement"
            + " and happiness in the future.\n\nYou will see 13 reasoning problems, one at a time. Each problem stays"
            + " on the screen for 20 seconds while a countdown shows the time left. Choose the piece that completes"
            + " the pattern by pressing its number key. After each problem you will be told whether your answer was"
            + " correct.\n\nPress any key to begin.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Stress-inducing task (Sun et al.): 13 Raven items with rigged negative feedback";
    }

    @Override
    public Paradigm create() {
        List<FlowStep> flow = List.of(
                new FlowStep.Consent("Thank you for taking part in this study. Please read the information sheet"
                        + " you were given. Press a key to confirm that you have read it and agree to take part."),
                new FlowStep.Questionnaire(SCS_26, "pre"),
                new FlowStep.Questionnaire(STAI_Y1, "pre"),
                new FlowStep.Questionnaire(PERCEIVED_STRESS, "pre"),
                new FlowStep.Rest("Please sit still and breathe normally while the ECG is recorded.",
                        Timing.fixed(BASELINE)),
                new FlowStep.RunTask(TASK),
                new FlowStep.Questionnaire(STAI_Y1, "post"),
                new FlowStep.Questionnaire(PERCEIVED_STRESS, "post"),
                new FlowStep.End("The session is over. Thank you for taking part. The researcher will now explain"
                        + " the study to you.", Timing.untilResponse()));
        List<Trial> trials = new ArrayList<>();
        for (String item : ITEMS) {
            List<String> keys = item.startsWith("B") ? keys(6) : keys(8);
            List<Phase> phases = List.of(FixationPhase.of(Timing.fixed(FIXATION)),
                    new StimulusPhase(null, item + ".png", Timing.fixed(ITEM), true, ResponseWindow.of(keys)),
                    new FeedbackPhase(Timing.fixed(FEEDBACK)));
            trials.add(Trial.of(item, phases));
        }
        Task task = new Task(TASK, "Stress-inducing task",
                new FeedbackRule.RandomCount(CORRECT, null, FeedbackRule.CORRECT, FeedbackRule.WRONG),
                List.of(new MessagePhase(INTRO, Timing.untilResponse())), trials,
                List.of(new MessagePhase(FAILED, Timing.fixed(OUTRO))));
        return new Paradigm(ID, "Stress-inducing task (Sun et al.)", "The seed study's session: questionnaires,"
                + " baseline ECG, 13 hard Raven items with 2 random 'Correct' and 11 'Wrong' feedbacks, questionnaires"
                + " again.", TASK, IMAGE_FOLDER, flow, List.of(task));
    }

    private static List<String> keys(int n) {
        List<String> k = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            k.add(Integer.toString(i));
        }
        return List.copyOf(k);
    }
}
