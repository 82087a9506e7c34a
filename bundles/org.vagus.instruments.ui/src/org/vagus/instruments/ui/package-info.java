/**
 * Instrument forms in SWT: {@link org.vagus.instruments.ui.QuestionnaireWidget}, a questionnaire answered one item
 * per screen with the mouse or the number keys (used by the runner's presentation), and
 * {@link org.vagus.instruments.ui.ClinicianRatingDialog}, a clinician's entry form for rating scales such as HAMA-14
 * and HAMD-17 that stores the scores in the study's phenotype tables. Their states
 * ({@link org.vagus.instruments.ui.AnswerSheet}, {@link org.vagus.instruments.ui.RatingSheet}) are plain Java.
 *
 * @since 0.1.0
 */
package org.vagus.instruments.ui;
