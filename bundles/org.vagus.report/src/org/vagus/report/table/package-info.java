/**
 * Tables for the report and for R, SPSS and JASP: cells that keep full-precision numbers beside their
 * formatted text, APA-style HTML, CSV (RFC 4180) and TSV with optional byte order mark, and tidy tables of
 * Table 1, correlations and t-tests built from {@code org.vagus.stats} results.
 *
 * @since 0.1.0
 */
package org.vagus.report.table;
