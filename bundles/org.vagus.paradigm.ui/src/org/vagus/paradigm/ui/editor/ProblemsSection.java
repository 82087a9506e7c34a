package org.vagus.paradigm.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vagus.paradigm.ui.model.ParadigmDocument;
import org.vagus.paradigm.validation.Problem;

/**
 * The editor's Problems section: every validation problem with its element's path; selecting one selects the
 * element at fault. (Problems are the editor's own, not workspace markers: Vagus has no workspace.)
 */
final class ProblemsSection {
    private final Table table;

    ProblemsSection(Composite parent, Consumer<String> onSelect) {
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.setData(ParadigmForm.KEY, "problems");
        table.setHeaderVisible(true);
        column("Problem", 420);
        column("Element", 220);
        table.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() instanceof Problem p) {
                onSelect.accept(p.path());
            }
        });
    }

    private void column(String name, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(name);
        c.setWidth(width);
    }

    Table table() {
        return table;
    }

    void show(ParadigmDocument document) {
        table.removeAll();
        List<Problem> problems = document.problems();
        for (Problem p : problems) {
            TableItem i = new TableItem(table, SWT.NONE);
            i.setData(p);
            i.setImage(0, ProblemImages.message(p.severity()));
            i.setText(0, p.message());
            i.setText(1, p.path().isEmpty() ? "paradigm" : p.path());
        }
        if (problems.isEmpty()) {
            TableItem i = new TableItem(table, SWT.NONE);
            i.setText(0, document.file() == null ? "No problems (image files are checked once the paradigm is saved)"
                    : "No problems");
        }
    }
}
