/**
 * The live monitor of Vagus: starting and stopping acquisitions from the workbench
 * ({@link org.vagus.devices.ui.RecordingController}, found through {@link org.vagus.devices.ui.Controllers}), each in
 * a job, and showing them in the Run perspective's "Live signals" view
 * ({@link org.vagus.devices.ui.views.LiveSignalsView}). The model ({@code org.vagus.devices.ui.model}) is plain Java.
 *
 * @since 0.1.0
 */
package org.vagus.devices.ui;
