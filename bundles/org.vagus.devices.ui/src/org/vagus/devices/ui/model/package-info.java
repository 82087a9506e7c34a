/**
 * The live monitor's model, plain Java without SWT or OSGi, so it is unit-tested without a display: min/max
 * decimation of ring buffers to the chart's width ({@link org.vagus.devices.ui.model.MinMaxDecimator}), signal
 * quality ({@link org.vagus.devices.ui.model.QualityClassifier}), the status line
 * ({@link org.vagus.devices.ui.model.MonitorStatus}), what a recording asks for and where it goes
 * ({@link org.vagus.devices.ui.model.RecordingRequest}, {@link org.vagus.devices.ui.model.RecordingFiles}), the
 * published state of an acquisition ({@link org.vagus.devices.ui.model.LiveRecording}) and redraw timing
 * ({@link org.vagus.devices.ui.model.FrameStats}).
 *
 * @since 0.1.0
 */
package org.vagus.devices.ui.model;
