/**
 * The figure model: immutable descriptions of the figures of a psychophysiology report (score distributions
 * with the median, group time courses with confidence bands and shaded significant windows, bars with error
 * bars, scatter plots with a regression line), their axes with units, colours from a colour-blind safe
 * palette, and multi-panel layouts with panel letters. It names no chart library: the report renders it
 * with JFreeChart ({@code org.vagus.report.render}) and the workbench can draw the same model with SWTChart.
 * Plain Java; invalid input is an {@link java.lang.IllegalArgumentException} naming the field.
 *
 * @since 0.1.0
 */
package org.vagus.report.figure;
