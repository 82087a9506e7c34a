package org.vagus.app.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.vagus.app.OpenStudy;
import org.vagus.app.preferences.VagusPreferences;

/**
 * Reads a study folder in a job (so a large study never blocks the UI) and publishes the result as
 * {@link OpenStudy} in the workbench context, where the explorer and other parts pick it up.
 */
public final class StudyOpener {
    private StudyOpener() {
    }

    /** Schedules the job and returns it, so callers (tests among them) can join it. */
    public static Job open(IEclipseContext context, Path folder) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Job job = Job.create("Opening study " + folder, (IProgressMonitor monitor) -> {
            monitor.beginTask("Reading " + folder, IProgressMonitor.UNKNOWN);
            try {
                OpenStudy study = StudyReading.read(folder);
                display.syncExec(() -> {
                    context.set(OpenStudy.class, study);
                    VagusPreferences.rememberLastStudy(folder);
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error("Cannot open study " + folder + ": " + e.getMessage(), e);
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
