/**
 * The SWTChart renderer of the report's figure model ({@code org.vagus.report.figure}), so that the workbench shows
 * the same figure the report renders with JFreeChart.
 *
 * @since 0.1.0
 */
package org.vagus.analysis.ui.figures;
