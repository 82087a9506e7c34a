/**
 * The simulated participant of headless sessions.
 *
 * @since 0.1.0
 */
package org.vagus.runner.simulation;
