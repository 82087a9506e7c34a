/**
 * Rendering of the figure model to PNG (any resolution, e.g. 300 dpi for print) and SVG without a display,
 * with JFreeChart 1.5 and JFreeSVG 5; the layout of each drawn figure (data areas and axis ranges) is
 * returned with it. JFreeChart types do not appear in this API.
 *
 * @since 0.1.0
 */
package org.vagus.report.render;
