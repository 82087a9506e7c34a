package org.vagus.app.internal;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, perspective bar, status line with progress, the start-up probe. */
final class VagusWindowAdvisor extends WorkbenchWindowAdvisor {
    /** Kept in step with org.vagus.cli.internal.BenchCommand.WINDOW_PROBE_LINE. */
    static final String PROBE_LINE = "VAGUS_WINDOW_OPEN";
    private final StartupOptions options;

    VagusWindowAdvisor(IWorkbenchWindowConfigurer configurer, StartupOptions options) {
        super(configurer);
        this.options = options;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new VagusActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1280, 800));
        c.setTitle("Vagus");
        c.setShowCoolBar(false);
        c.setShowPerspectiveBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
    }

    @Override
    public void postWindowOpen() {
        if (options.probe() == null) {
            return;
        }
        Shell shell = getWindowConfigurer().getWindow().getShell();
        shell.getDisplay().asyncExec(() -> {
            shell.update();
            long sinceJvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            String perspectives = Arrays.stream(PlatformUI.getWorkbench().getPerspectiveRegistry().getPerspectives())
                    .map(IPerspectiveDescriptor::getLabel).sorted().collect(Collectors.joining(","));
            System.out.println(PROBE_LINE + " ms_since_jvm_start=" + sinceJvm + " perspectives=" + perspectives);
            System.out.flush();
            if ("exit".equals(options.probe())) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
