/**
 * The engine's parts: finding recordings in a study, the per-participant pipeline, grouping and the group
 * statistics. Not API.
 *
 * @noreference This package is not intended to be referenced by clients.
 */
package org.vagus.analysis.internal;
