/**
 * Photodiode timing, headless and plain Java: the {@link org.vagus.runner.ui.photodiode.PhotodiodePatch} the
 * full-screen presenter flips between white and black at every screen onset, and the analysis of a light sensor
 * recorded under it (the BITalino LUX sensor taped to that corner): {@link org.vagus.runner.ui.photodiode.FlipDetector}
 * finds the flips in the sampled light channel (a threshold with hysteresis, the crossing time interpolated), and
 * {@link org.vagus.runner.ui.photodiode.PhotodiodeAnalysis} pairs them with the onsets the timing audit reports,
 * giving the latency from the reported onset to the light actually leaving the panel (median, p99, max).
 * <p>
 * Nothing here touches SWT, so the analysis runs on a plain classpath, headless, on recordings of finished sessions.
 *
 * @since 0.1.0
 */
package org.vagus.runner.ui.photodiode;
