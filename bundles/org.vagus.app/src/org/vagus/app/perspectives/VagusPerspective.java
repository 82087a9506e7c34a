package org.vagus.app.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.vagus.app.explorer.StudyExplorer;

/**
 * The layout the three perspectives share: the study explorer on the left, the editor area in the middle,
 * progress at the bottom, and shortcuts between Design, Run and Analyze. Each perspective adds the views
 * of its own work (contributed by later bundles through perspective extensions).
 */
abstract class VagusPerspective implements IPerspectiveFactory {
    static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

    @Override
    public final void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("org.vagus.app.left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(StudyExplorer.ID);
        IFolderLayout bottom = layout.createFolder("org.vagus.app.bottom", IPageLayout.BOTTOM, 0.75f, editors);
        bottom.addView(PROGRESS_VIEW);
        layout.getViewLayout(StudyExplorer.ID).setCloseable(false);
        layout.addShowViewShortcut(StudyExplorer.ID);
        layout.addShowViewShortcut(PROGRESS_VIEW);
        layout.addPerspectiveShortcut(DesignPerspective.ID);
        layout.addPerspectiveShortcut(RunPerspective.ID);
        layout.addPerspectiveShortcut(AnalyzePerspective.ID);
    }
}
