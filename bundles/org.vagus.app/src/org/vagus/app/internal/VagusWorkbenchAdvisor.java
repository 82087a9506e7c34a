package org.vagus.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.vagus.app.perspectives.DesignPerspective;
import org.vagus.app.preferences.VagusPreferences;

/** Workbench life cycle: first perspective, layout persistence, the study named at start-up. */
final class VagusWorkbenchAdvisor extends WorkbenchAdvisor {
    private final StartupOptions options;

    VagusWorkbenchAdvisor(StartupOptions options) {
        this.options = options;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return DesignPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new VagusWindowAdvisor(configurer, options);
    }

    @Override
    public void postStartup() {
        Path study = options.study();
        if (study == null && VagusPreferences.reopenLastStudy()) {
            Path last = VagusPreferences.lastStudy();
            study = last != null && Files.isDirectory(last) ? last : null;
        }
        if (study != null) {
            IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
            StudyOpener.open(context, study);
        }
    }
}
