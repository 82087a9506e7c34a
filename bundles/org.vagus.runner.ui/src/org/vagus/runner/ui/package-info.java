/**
 * The full-screen SWT presentation of the session runner: {@link org.vagus.runner.ui.SwtPresenter} implements the
 * runner's {@link org.vagus.runner.Presenter} on a chosen monitor and measures each screen's actual onset after its
 * paint and the window system's flush; {@link org.vagus.runner.ui.SwtResponses} turns the participant's keys and
 * mouse buttons into responses stamped on the session's clock; {@link org.vagus.runner.ui.SessionLauncher} runs a
 * session on a worker thread for the Run perspective's Session view; contributed phase types draw themselves through
 * {@link org.vagus.runner.ui.SwtPhasePresentation}. The photodiode patch and its analysis are in the headless package
 * {@code org.vagus.runner.ui.photodiode}.
 *
 * @since 0.1.0
 */
package org.vagus.runner.ui;
