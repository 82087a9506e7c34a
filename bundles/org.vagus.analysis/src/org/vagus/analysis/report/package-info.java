/**
 * The study report of an analysis: the seed paper's Figures 2 to 4 as figure models
 * ({@link org.vagus.analysis.report.StudyFigures}, drawn by the workbench and rendered for files alike) and the
 * self-contained report.html with its figures, tables and APA-style text
 * ({@link org.vagus.analysis.report.StudyReport}), made with org.vagus.report.
 *
 * @since 0.1.0
 */
package org.vagus.analysis.report;
