/**
 * The built-in phases, each with its {@link org.vagus.paradigm.PhaseType} as {@code TYPE}.
 *
 * @since 0.1.0
 */
package org.vagus.paradigm.phases;
