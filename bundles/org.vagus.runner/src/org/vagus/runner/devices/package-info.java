/**
 * The adapter from the runner's markers to the acquisition engine.
 *
 * @since 0.1.0
 */
package org.vagus.runner.devices;
