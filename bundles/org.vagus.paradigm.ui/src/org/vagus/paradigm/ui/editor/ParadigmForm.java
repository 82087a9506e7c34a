package org.vagus.paradigm.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.TreeItem;
import org.vagus.paradigm.ui.model.ParadigmDocument;
import org.vagus.paradigm.ui.model.ParadigmEditing;
import org.vagus.paradigm.ui.model.TimelineLayout;

/**
 * The paradigm editor's form, usable in any composite (the editor part, or a shell in tests): the outline with the
 * details area beside it, the timeline preview and the Problems section below. It listens to the document and shows
 * each change; every edit goes through {@link ParadigmEditing}. Controls are named with the data key {@link #KEY}
 * for tests that walk the widget tree.
 *
 * @since 0.1.0
 */
public final class ParadigmForm {
    /** The data key naming the form's controls. */
    public static final String KEY = "vagus.control";

    private final ParadigmEditing editing;
    private final SashForm root;
    private final OutlineTree outline;
    private final DetailsPanel details;
    private final TimelineCanvas timeline;
    private final ProblemsSection problems;
    private final ParadigmDocument.Listener listener = (doc, focus) -> changed(focus);
    private TimelineLayout timelineLayout;
    private String selected = "";

    /** Creates the form in {@code parent}, which should have a fill-like layout. */
    public ParadigmForm(Composite parent, ParadigmEditing editing) {
        this.editing = editing;
        root = new SashForm(parent, SWT.VERTICAL);
        SashForm top = new SashForm(root, SWT.HORIZONTAL);
        outline = new OutlineTree(top, editing.document(), this::selected);
        details = new DetailsPanel(top, editing);
        top.setWeights(2, 3);
        timeline = new TimelineCanvas(group(root, "Timeline"), this::select);
        problems = new ProblemsSection(group(root, "Problems"), this::select);
        root.setWeights(50, 30, 20);
        editing.document().addListener(listener);
        root.addListener(SWT.Dispose, e -> editing.document().removeListener(listener));
        showDerived();
        details.show(selected);
        outline.select(selected);
    }

    private static Composite group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new FillLayout());
        return g;
    }

    /** The form's top control. */
    public Control control() {
        return root;
    }

    /** Selects an element by its path (in the outline, the details area and the timeline). */
    public void select(String path) {
        String node = editing.document().outline().owner(path).path();
        outline.select(node);
        if (!node.equals(selected)) {
            selected(node);
        }
    }

    /** The path of the selected element. */
    public String selectedPath() {
        return selected;
    }

    /** The timeline preview's current layout. */
    public TimelineLayout timelineLayout() {
        return timelineLayout;
    }

    /** The outline's item of an element, if it is shown; for tests that check its decoration. */
    public TreeItem outlineItem(String path) {
        return outline.item(path);
    }

    /** The problems the details area shows for the selected element. */
    public String detailsProblems() {
        return details.problemsText();
    }

    /** The message of the last value the details area could not take, or empty. */
    public String detailsStatus() {
        return details.statusText();
    }

    /** Gives the focus to the outline. */
    public void setFocus() {
        outline.tree().setFocus();
    }

    private void selected(String path) {
        selected = path;
        details.show(path);
        timeline.setSelected(path);
    }

    private void changed(String focus) {
        if (root.isDisposed()) {
            return;
        }
        outline.refresh();
        showDerived();
        if (editing.document().outline().find(selected).isEmpty()) {
            selected = "";
        }
        if (focus != null && !focus.equals(selected)) {
            select(focus);
        } else {
            details.show(selected);
        }
    }

    private void showDerived() {
        timelineLayout = TimelineLayout.of(editing.document().timeline());
        timeline.setLayout(timelineLayout);
        problems.show(editing.document());
    }
}
