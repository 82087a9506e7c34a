/**
 * Internal: the JFreeChart chart for each panel kind, PNG encoding, escaping and atomic file writes. Not
 * API; exported x-internal.
 */
package org.vagus.report.internal;
