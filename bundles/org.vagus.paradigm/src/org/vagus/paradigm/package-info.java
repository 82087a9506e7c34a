/**
 * The paradigm model: a session flow ({@link org.vagus.paradigm.FlowStep}: consent, questionnaires by instrument
 * id, baseline rest, tasks, messages, the end) and tasks made of trials of timed {@link org.vagus.paradigm.Phase}s
 * (fixation, text or image stimulus, countdown, response collection, feedback decided by a
 * {@link org.vagus.paradigm.FeedbackRule}, message), plus the phase types and templates bundles contribute
 * ({@link org.vagus.paradigm.TaskRegistry}), the {@link org.vagus.paradigm.Timeline} with the total duration and the
 * {@link org.vagus.paradigm.FeedbackPlan}. Plain Java: no extension registry is read here.
 *
 * @since 0.1.0
 */
package org.vagus.paradigm;
