package org.vagus.example.subtraction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.ParadigmTemplate;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.MessagePhase;

/**
 * Serial subtraction, the mental arithmetic part of the Trier Social Stress Test (Kirschbaum, Pirke and
 * Hellhammer, 1993): the participant counts down aloud from 1022 in steps of 13 as fast and accurately as possible;
 * at a mistake the experimenter says 'Wrong' and the participant starts again at 1022.
 * <p>
 * As a Vagus paradigm: an instruction screen (self-paced, the experimenter starts), then {@link #ANSWERS} trials of
 * one {@link SubtractionPhase} (the answer, judged with the keys {@value #CORRECT_KEY} and {@value #WRONG_KEY}) and
 * a {@link FeedbackPhase} of {@link #FEEDBACK}, decided by the accuracy rule: 'Wrong. Start again at 1022.' after a
 * wrong or missing answer, a neutral 'Go on.' otherwise. The task closes with a short message.
 * <p>
 * Choices of this template, easy to change in the paradigm file ({@code vagus paradigm show serial-subtraction}):
 * the TSST gives the task for 5 minutes, which a fixed list of trials cannot express, so the template has
 * {@link #ANSWERS} answers (about 5 minutes at one judged answer every 6 s); the TSST says nothing after a right
 * answer, while every trial here has its feedback screen; the judgement is the experimenter's key, since answers are
 * spoken. Headless ({@code vagus run --simulate}) the simulated participant presses one of the two keys at random
 * after its reaction time, or none (a missing answer, judged wrong), so a simulated run restarts often.
 */
public final class SerialSubtractionTemplate implements ParadigmTemplate {
    /** The template's id. */
    public static final String ID = "serial-subtraction";
    /** The task's id and BIDS task label. */
    public static final String TASK = "arithmetic";
    /** Where counting starts and restarts. */
    public static final int START = 1022;
    /** The number subtracted each time. */
    public static final int STEP = 13;
    /** The number of answers. */
    public static final int ANSWERS = 50;
    /** The experimenter's key for a right answer. */
    public static final String CORRECT_KEY = "c";
    /** The experimenter's key for a wrong answer. */
    public static final String WRONG_KEY = "w";
    /** How long the feedback after each answer stays. */
    public static final Duration FEEDBACK = Duration.ofMillis(1500);
    /** The instruction, read before the task. */
    public static final String INSTRUCTION = "Please count down aloud from " + START + " in steps of " + STEP
            + ", as fast and as accurately as you can: " + (START - STEP) + ", " + (START - 2 * STEP)
            + ", and so on. If you make a mistake you will be told, and you start again at " + START
            + ".\n\nThe experimenter will start the task.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Serial subtraction (TSST mental arithmetic): count down from 1022 in steps of 13";
    }

    @Override
    public Paradigm create() {
        List<Trial> trials = new ArrayList<>(ANSWERS);
        for (int i = 0; i < ANSWERS; i++) {
            trials.add(new Trial(null, CORRECT_KEY, List.of(
                    new SubtractionPhase(START, STEP, CORRECT_KEY, WRONG_KEY, Timing.untilResponse()),
                    new FeedbackPhase(Timing.fixed(FEEDBACK)))));
        }
        Task task = new Task(TASK, "Serial subtraction",
                new FeedbackRule.Accuracy("Go on.", "Wrong. Start again at " + START + "."),
                List.of(new MessagePhase(INSTRUCTION, Timing.untilResponse())), trials,
                List.of(new MessagePhase("Stop. The task is over.", Timing.fixed(Duration.ofSeconds(3)))));
        return new Paradigm(ID, "Serial subtraction (TSST)", "Count down aloud from " + START + " in steps of " + STEP
                + "; a mistake restarts at " + START + ". Answers judged by the experimenter (keys " + CORRECT_KEY
                + " and " + WRONG_KEY + ").", TASK, null,
                List.of(new FlowStep.RunTask(TASK),
                        new FlowStep.End("Thank you.", Timing.fixed(Duration.ofSeconds(5)))),
                List.of(task));
    }
}
