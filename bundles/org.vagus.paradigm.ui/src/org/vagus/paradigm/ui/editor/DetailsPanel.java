package org.vagus.paradigm.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vagus.paradigm.ui.model.Field;
import org.vagus.paradigm.ui.model.OutlineNode;
import org.vagus.paradigm.ui.model.ParadigmEditing;
import org.vagus.paradigm.validation.Problem;

/**
 * The details area: the fields of the selected element, its problems, and the message of a value that could not be
 * taken. A field is committed with Enter or when it loses the focus (a check box or choice at once); each commit is
 * one undoable edit. The controls are named with {@link ParadigmForm#KEY}: {@code field.<key>},
 * {@code details.title}, {@code details.problems}, {@code details.status}.
 */
final class DetailsPanel {
    private final ParadigmEditing editing;
    private final ScrolledComposite scroller;
    private final Composite body;
    private final Label title;
    private final Label problems;
    private final Label status;
    private Composite fieldArea;
    private String path;
    private List<Field> shown = List.of();
    private final List<Control> controls = new ArrayList<>();

    DetailsPanel(Composite parent, ParadigmEditing editing) {
        this.editing = editing;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        body = new Composite(scroller, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        title = label(body, SWT.NONE, "details.title");
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        problems = label(body, SWT.WRAP, "details.problems");
        problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        status = label(body, SWT.WRAP, "details.status");
        status.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        scroller.setContent(body);
        scroller.addListener(SWT.Resize, e -> layout());
    }

    Control control() {
        return scroller;
    }

    /** Shows the element at a path (after a selection or an edit). */
    void show(String elementPath) {
        boolean samePath = elementPath.equals(path);
        path = elementPath;
        List<Field> fields = editing.fields().fields(editing.document().paradigm(), path);
        OutlineNode node = editing.document().outline().find(path).orElse(editing.document().outline());
        title.setText(node.label());
        if (!samePath) {
            status.setText("");
        }
        showProblems();
        if (samePath && sameShape(fields, shown) && fieldArea != null) {
            for (int i = 0; i < fields.size(); i++) {
                setValue(controls.get(i), fields.get(i));
            }
            shown = fields;
        } else if (fieldArea != null && isInsideFieldArea(body.getDisplay().getFocusControl())) {
            // the focused control would be disposed inside its own event: rebuild once that event is over
            List<Field> later = fields;
            body.getDisplay().asyncExec(() -> {
                if (!body.isDisposed() && path.equals(elementPath)) {
                    rebuild(later, node);
                }
            });
        } else {
            rebuild(fields, node);
        }
        layout();
    }

    private void rebuild(List<Field> fields, OutlineNode node) {
        if (fieldArea != null) {
            fieldArea.dispose();
        }
        controls.clear();
        fieldArea = new Composite(body, SWT.NONE);
        fieldArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        fieldArea.setLayout(new GridLayout(2, false));
        fieldArea.moveBelow(title);
        if (fields.isEmpty()) {
            Label l = new Label(fieldArea, SWT.WRAP);
            l.setText(node.kind().isGroup() ? "Select an element below to edit it." : "Nothing to edit here.");
            l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        }
        for (Field f : fields) {
            Label l = new Label(fieldArea, SWT.NONE);
            l.setText(f.label() + ":");
            l.setToolTipText(f.hint().isEmpty() ? null : f.hint());
            l.setLayoutData(new GridData(SWT.LEFT, f.kind() == Field.Kind.MULTILINE ? SWT.TOP : SWT.CENTER, false, false));
            Control c = create(fieldArea, f);
            c.setData(ParadigmForm.KEY, "field." + f.key());
            c.setToolTipText(f.hint().isEmpty() ? null : f.hint());
            setValue(c, f);
            controls.add(c);
        }
        shown = fields;
        layout();
    }

    private Control create(Composite parent, Field f) {
        switch (f.kind()) {
            case BOOLEAN -> {
                Button b = new Button(parent, SWT.CHECK);
                b.addListener(SWT.Selection, e -> commit(f.key(), Boolean.toString(b.getSelection())));
                return b;
            }
            case CHOICE -> {
                Combo c = new Combo(parent, SWT.READ_ONLY);
                c.setItems(f.choices().toArray(String[]::new));
                c.addListener(SWT.Selection, e -> commit(f.key(), c.getText()));
                return c;
            }
            case MULTILINE -> {
                Text t = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
                GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
                gd.heightHint = 4 * t.getLineHeight();
                gd.widthHint = 200;
                t.setLayoutData(gd);
                t.addListener(SWT.FocusOut, e -> commitText(f.key(), t));
                return t;
            }
            default -> {
                Text t = new Text(parent, SWT.SINGLE | SWT.BORDER);
                GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
                gd.widthHint = 200;
                t.setLayoutData(gd);
                t.addListener(SWT.DefaultSelection, e -> commitText(f.key(), t));
                t.addListener(SWT.FocusOut, e -> commitText(f.key(), t));
                return t;
            }
        }
    }

    private static void setValue(Control c, Field f) {
        switch (c) {
            case Button b -> b.setSelection(Boolean.parseBoolean(f.value()));
            case Combo combo -> combo.select(f.choices().indexOf(f.value()));
            case Text t -> {
                if (!t.getText().equals(f.value())) {
                    t.setText(f.value());
                }
            }
            default -> {
            }
        }
    }

    private void commitText(String key, Text t) {
        String current = shown.stream().filter(f -> f.key().equals(key)).map(Field::value).findFirst().orElse(null);
        if (t.isDisposed() || t.getText().equals(current)) {
            return;
        }
        commit(key, t.getText());
    }

    private void commit(String key, String text) {
        String label = shown.stream().filter(f -> f.key().equals(key)).map(Field::label).findFirst().orElse(key);
        try {
            editing.set(path, key, text);
            status.setText("");
        } catch (IllegalArgumentException e) {
            status.setText(label + ": " + e.getMessage());
        }
        layout();
    }

    private void showProblems() {
        List<Problem> own = editing.document().problemIndex().on(path);
        problems.setText(String.join("\n", own.stream().map(OutlineTree::describe).toList()));
        problems.setForeground(body.getDisplay().getSystemColor(own.stream().anyMatch(Problem::isError)
                ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_YELLOW));
    }

    /** The text of the problems shown for the element. */
    String problemsText() {
        return problems.getText();
    }

    /** The message of the last value that could not be taken, or empty. */
    String statusText() {
        return status.getText();
    }

    private static boolean sameShape(List<Field> a, List<Field> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Field x = a.get(i);
            Field y = b.get(i);
            if (!x.key().equals(y.key()) || x.kind() != y.kind() || !x.choices().equals(y.choices())) {
                return false;
            }
        }
        return true;
    }

    private boolean isInsideFieldArea(Control c) {
        for (Control x = c; x != null; x = x.getParent()) {
            if (x == fieldArea) {
                return true;
            }
        }
        return false;
    }

    private void layout() {
        if (body.isDisposed()) {
            return;
        }
        for (Label l : List.of(problems, status)) {
            GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
            gd.exclude = l.getText().isEmpty();
            gd.widthHint = Math.max(100, scroller.getClientArea().width - 20);
            l.setLayoutData(gd);
            l.setVisible(!gd.exclude);
        }
        body.layout(true, true);
        scroller.setMinSize(body.computeSize(Math.max(100, scroller.getClientArea().width), SWT.DEFAULT));
    }

    private static Label label(Composite parent, int style, String name) {
        Label l = new Label(parent, style);
        l.setData(ParadigmForm.KEY, name);
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return l;
    }
}
