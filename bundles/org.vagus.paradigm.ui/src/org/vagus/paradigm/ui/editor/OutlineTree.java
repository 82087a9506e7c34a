package org.vagus.paradigm.ui.editor;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.vagus.paradigm.ui.model.OutlineNode;
import org.vagus.paradigm.ui.model.ParadigmDocument;
import org.vagus.paradigm.validation.Problem;

/**
 * The outline: flow steps, tasks, feedback rules, trials and phases, each node marked with the worst problem of its
 * own element (or, smaller, of the elements inside it). Nodes are matched by path across edits, so expansion and
 * selection survive them.
 */
final class OutlineTree {
    private final ParadigmDocument document;
    private final TreeViewer viewer;
    private final ProblemImages images;

    OutlineTree(Composite parent, ParadigmDocument document, Consumer<String> onSelect) {
        this.document = document;
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        images = new ProblemImages(viewer.getTree());
        viewer.setUseHashlookup(true);
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof OutlineNode x && b instanceof OutlineNode y ? x.path().equals(y.path())
                        : a == b;
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof OutlineNode n ? n.path().hashCode() : System.identityHashCode(element);
            }
        });
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.getTree().setData(ParadigmForm.KEY, "outline");
        viewer.setInput(document);
        viewer.expandToLevel(3);
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof OutlineNode n) {
                onSelect.accept(n.path());
            }
        });
    }

    Tree tree() {
        return viewer.getTree();
    }

    /** Rebuilds from the document's current outline. */
    void refresh() {
        viewer.refresh(true);
    }

    /** Selects (and reveals) the node with this path; false if there is none. */
    boolean select(String path) {
        return document.outline().find(path).map(n -> {
            viewer.setSelection(new StructuredSelection(n), true);
            return true;
        }).orElse(false);
    }

    /** The item of the node with this path, if it is shown (its ancestors expanded). */
    TreeItem item(String path) {
        return find(viewer.getTree().getItems(), path);
    }

    private static TreeItem find(TreeItem[] items, String path) {
        for (TreeItem i : items) {
            if (i.getData() instanceof OutlineNode n) {
                if (n.path().equals(path)) {
                    return i;
                }
                if (org.vagus.paradigm.ui.model.ParadigmPaths.isWithin(path, n.path())) {
                    TreeItem below = find(i.getItems(), path);
                    if (below != null) {
                        return below;
                    }
                }
            }
        }
        return null;
    }

    /** Children from the document's current outline, so nodes kept by the viewer from before an edit never go stale. */
    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return new Object[] {document.outline()};
        }

        @Override
        public Object[] getChildren(Object parent) {
            return current(parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            OutlineNode n = (OutlineNode) element;
            var chain = document.outline().pathTo(n.path());
            return chain.size() < 2 ? null : document.outline().find(chain.get(chain.size() - 2)).orElse(null);
        }

        @Override
        public boolean hasChildren(Object element) {
            return !current(element).children().isEmpty();
        }

        private OutlineNode current(Object element) {
            OutlineNode n = (OutlineNode) element;
            return document.outline().find(n.path()).orElse(n);
        }
    }

    private final class Labels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            OutlineNode n = (OutlineNode) element;
            return document.outline().find(n.path()).orElse(n).label();
        }

        @Override
        public Image getImage(Object element) {
            String path = ((OutlineNode) element).path();
            return images.of(document.problemIndex().worstOn(path), document.problemIndex().worstBelow(path));
        }

        @Override
        public String getToolTipText(Object element) {
            var problems = document.problemIndex().on(((OutlineNode) element).path());
            if (problems.isEmpty()) {
                return null;
            }
            return String.join("\n", problems.stream().map(OutlineTree::describe).toList());
        }
    }

    static String describe(Problem p) {
        return (p.isError() ? "Error: " : "Warning: ") + p.message();
    }
}
