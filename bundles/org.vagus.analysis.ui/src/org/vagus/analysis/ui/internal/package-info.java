/**
 * The Analyze perspective's internals: the one bridge to the analysis engine's internal steps
 * ({@link org.vagus.analysis.ui.internal.AnalysisAccess}), the bridge to the report's figures and the command
 * handlers.
 */
package org.vagus.analysis.ui.internal;
