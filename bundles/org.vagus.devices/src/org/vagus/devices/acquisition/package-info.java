/**
 * The acquisition engine: {@link org.vagus.devices.acquisition.Acquisition} listens to a running sensor, keeps
 * recent samples in lock-free {@link org.vagus.devices.acquisition.RingBuffer}s for the live monitor, maps the
 * sample clock to the host clock with drift estimation ({@link org.vagus.devices.acquisition.DriftEstimator}),
 * places {@link org.vagus.devices.acquisition.Marker}s on the sample clock, accounts for lost frames, and records
 * in the study's physio format ({@link org.vagus.io.bids.PhysioWriter}) in chunks forced to disk, so a crash loses
 * at most the last chunk (500 ms by default).
 * <p>
 * Gap policy: lost frames keep their sample indices. They are NaN in the ring buffers and {@code n/a} rows in the
 * recording, and listed both in {@link org.vagus.devices.acquisition.Acquisition#gaps()} and in the sidecar's
 * {@code VagusGaps}; so an event's sample index is a row number of the recording whatever was lost.
 * <p>
 * Plain Java over {@link org.vagus.core.time.Clock}: with a {@code SimulatedClock} and a simulated sensor a run
 * goes as fast as the processor allows.
 *
 * @since 0.1.0
 */
package org.vagus.devices.acquisition;
