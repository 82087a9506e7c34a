/**
 * The result of an analysis as immutable values, for the command line, the workbench's viewers and the report:
 * per participant its recordings, trial-averaged heart-rate and nHF courses and variables
 * ({@link org.vagus.analysis.results.ParticipantResult}); per group the mean courses with 95 % CI
 * ({@link org.vagus.analysis.results.GroupCourse}); Table 1, the group tests, the sliding-window comparisons with
 * their three labelled families and the correlations ({@link org.vagus.analysis.results.GroupResult}); and the
 * files read with their checksums. {@link org.vagus.analysis.results.ResultFiles} writes it as TSV tables and a
 * provenance record.
 *
 * @since 0.1.0
 */
package org.vagus.analysis.results;
