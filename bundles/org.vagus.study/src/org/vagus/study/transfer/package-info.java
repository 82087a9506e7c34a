/**
 * Moving recordings into and studies out of a study folder: {@link org.vagus.study.transfer.RecordingImport}
 * (any recording format into BIDS physio, with the runner's events aligned by trigger pulses,
 * {@link org.vagus.study.transfer.PulseAlignment}, or by a stated clock offset) and
 * {@link org.vagus.study.transfer.StudyExport} (a de-identified copy).
 *
 * @since 0.1.0
 */
package org.vagus.study.transfer;
