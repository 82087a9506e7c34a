/**
 * The headless model of the Analyze perspective's signal viewer: random-access min/max decimation of hours of ECG
 * ({@link org.vagus.analysis.ui.model.MinMaxPyramid}), the visible time window, and the beat review with its edit
 * layer, undo and saving. No SWT: tested on a plain classpath.
 *
 * @since 0.1.0
 */
package org.vagus.analysis.ui.model;
