/**
 * The parts of the Analyze perspective: the signal viewer (ECG, R peaks, artefacts, manual beat editing, a
 * participant's epochs) and the group results (the report's figures drawn with SWTChart, Table 1, the tests).
 *
 * @since 0.1.0
 */
package org.vagus.analysis.ui.views;
