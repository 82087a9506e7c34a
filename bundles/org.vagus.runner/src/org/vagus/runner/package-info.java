/**
 * The headless session runner: {@link org.vagus.runner.SessionRunner} runs a paradigm's flow on the session's
 * clock, shows screens through a {@link org.vagus.runner.Presenter} (headless now, full-screen SWT in
 * org.vagus.runner.ui), takes responses from a {@link org.vagus.runner.ResponseSource}, puts every onset and
 * response onto the recording through a {@link org.vagus.runner.MarkerSink}, keeps a
 * {@link org.vagus.runner.TimingAudit} of every screen, and persists its {@link org.vagus.runner.SessionState} after
 * every trial so that an aborted session resumes without losing anything. Plain Java.
 *
 * @since 0.1.0
 */
package org.vagus.runner;
