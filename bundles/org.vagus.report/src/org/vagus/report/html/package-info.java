/**
 * The report: a simple model (title, sections of paragraphs, tables and figures) that the analysis
 * assembles, the standard sections (study summary, methods, results, provenance), APA result sentences, and
 * the writer of a self-contained report.html with its figure and table files.
 *
 * @since 0.1.0
 */
package org.vagus.report.html;
