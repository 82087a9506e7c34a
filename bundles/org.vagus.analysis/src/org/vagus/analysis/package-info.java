/**
 * The analysis engine: a {@link org.vagus.analysis.recipe.Recipe} run over a study folder, participants in
 * parallel ({@link org.vagus.analysis.AnalysisEngine}), with progress reported per participant
 * ({@link org.vagus.analysis.ProgressListener}). The result is the model of
 * {@link org.vagus.analysis.results}; the same engine serves the command line ({@code vagus analyze}) and the
 * workbench, so both give the same numbers.
 * <p>
 * Per participant (Sun et al., Data analysis): R peaks, artefact correction, the manual edit layer, heart rate on a
 * regular grid, baseline-corrected epochs around the selected events averaged over trials; RR intervals to nHF over
 * time by a TVAR model with a Kalman smoother, epoched alike; features over windows of the averages. Then the group
 * level: grouping, Table 1, t-tests with Cohen's d, the groups' courses with 95 % CI, sliding windows with FDR and
 * cluster permutation, correlations.
 *
 * @since 0.1.0
 */
package org.vagus.analysis;
