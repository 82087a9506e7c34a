/**
 * The Run perspective's Session view: pick a paradigm, a participant and a monitor, run the session on screen, read
 * its timing audit.
 *
 * @since 0.1.0
 */
package org.vagus.runner.ui.views;
