package org.vagus.app.explorer;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vagus.app.OpenStudy;

/**
 * The study explorer: the open study's participants and, under each, their sessions. An e4 part (a POJO
 * with injection); it shows whatever {@link OpenStudy} the workbench context holds and follows changes.
 */
public final class StudyExplorer {
    public static final String ID = "org.vagus.app.views.studyExplorer";

    private Label header;
    private TreeViewer viewer;
    private OpenStudy pending;
    /** Publishes the selected participant or session to the workbench (the Signal Viewer, Clinician Rating). */
    @Inject
    @Optional
    private ESelectionService selection;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        header = new Label(parent, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new StudyContentProvider());
        viewer.setLabelProvider(new StudyLabelProvider());
        viewer.setAutoExpandLevel(2);
        viewer.addSelectionChangedListener(e -> {
            if (selection != null) {
                selection.setSelection(e.getStructuredSelection().getFirstElement());
            }
        });
        show(pending);
    }

    /** Called by injection whenever the open study changes (and with null when none is open). */
    @Inject
    public void setStudy(@Optional OpenStudy study) {
        pending = study;
        if (viewer != null && !viewer.getControl().isDisposed()) {
            show(study);
        }
    }

    private void show(OpenStudy study) {
        if (study == null) {
            header.setText("No study open. File > Open Study... (Ctrl+O)");
            viewer.setInput(null);
        } else {
            int n = study.study().participants().size();
            header.setText(study.study().name() + "\n" + study.folder() + "\n" + n
                    + (n == 1 ? " participant" : " participants") + (study.readOnly() ? " (read-only BIDS dataset)" : ""));
            viewer.setInput(study);
        }
        header.getParent().layout(true);
    }

    /** The tree, for tests that walk the widget tree. */
    public TreeViewer viewer() {
        return viewer;
    }
}
