/**
 * Readers for the files PLUX's OpenSignals software writes from BITalino and biosignalsplux devices.
 * <p>
 * <b>Text format</b> ({@code .txt}, "OpenSignals Text File Format", described in the OpenSignals (r)evolution
 * User Manual, section "File formats", and in {@code shared/PROTOCOL-BITALINO.md}): line 1
 * {@code # OpenSignals Text File Format} (newer versions append {@code . Version 1}), line 2 {@code # } followed by
 * a JSON object keyed by device MAC address (per device: {@code column}, {@code sampling rate},
 * {@code resolution}, {@code channels}, {@code label}, {@code sensor}, {@code device}, {@code position}, ...),
 * line 3 {@code # EndOfHeader}, then one tab-separated row of integers per sampling tick: for every device in
 * turn (ordered by {@code position}) its sequence number {@code nSeq}, its digital columns (BITalino
 * {@code I1 I2 O1 O2}, biosignalsplux {@code DI}) and its analog channels.
 * <p>
 * <b>HDF5 format</b> ({@code .h5}): one group per device named by its MAC address with the header fields as
 * attributes ({@code sampling rate}, {@code resolution}, {@code channels}, {@code device}, {@code nsamples},
 * ...), datasets {@code raw/nSeq} and {@code raw/channel_<k>} (with attributes {@code sensor} and
 * {@code label}), {@code digital/digital_<k>}, {@code events/}, {@code support/} (display pyramids) and the
 * results of OpenSignals plug-ins under {@code plugin/}, for example {@code plugin/hrv/RR_peaks1}.
 * <p>
 * <b>Digital columns</b> (inputs and outputs) become dimensionless signals of their recorded states after every
 * analog channel; see {@link org.vagus.io.opensignals.OpenSignalsRecording}.
 * <p>
 * <b>Units</b>: analog channels are converted from ADC codes with the sensor transfer functions of
 * {@link org.vagus.io.opensignals.SensorTransfer}; channels without a known transfer function stay in ADC codes
 * ({@link org.vagus.core.units.Unit#DIMENSIONLESS}). The resolution {@code n} of each channel is the one the
 * header declares (BITalino sends its 5th and 6th acquired channels with 6 bits only, and OpenSignals records
 * that in the header). <b>Gaps</b>: the sequence numbers are checked (modulo 16 on
 * BITalino); see {@link org.vagus.io.opensignals.GapPolicy}.
 *
 * @since 0.1.0
 */
package org.vagus.io.opensignals;
