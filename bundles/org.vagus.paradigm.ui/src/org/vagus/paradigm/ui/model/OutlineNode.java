package org.vagus.paradigm.ui.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of the editor's outline: the paradigm, its flow steps, tasks, feedback rules, trials and phases, and the
 * grouping nodes between them. Nodes are values rebuilt after every edit; the path identifies a node across edits.
 *
 * @param path the element's path ({@link ParadigmPaths}); grouping nodes have the path of their list
 *            ({@code flow}, {@code tasks}, {@code tasks[0].trials})
 * @param kind what the node is
 * @param label the text the outline shows
 * @param children the child nodes in order. Copied
 * @since 0.1.0
 */
public record OutlineNode(String path, Kind kind, String label, List<OutlineNode> children) {

    /** What a node is. */
    public enum Kind {
        /** The paradigm itself (the root). */
        PARADIGM(false),
        /** The session flow (grouping). */
        FLOW(true),
        /** A flow step. */
        STEP(false),
        /** The tasks (grouping). */
        TASKS(true),
        /** A task. */
        TASK(false),
        /** A task's feedback rule (also shown when it has none, to choose one). */
        FEEDBACK(false),
        /** A task's introduction screens (grouping). */
        INTRO(true),
        /** A task's trials (grouping). */
        TRIALS(true),
        /** A trial. */
        TRIAL(false),
        /** A task's closing screens (grouping). */
        OUTRO(true),
        /** A timed screen of a task. */
        PHASE(false);

        private final boolean group;

        Kind(boolean group) {
            this.group = group;
        }

        /** True for grouping nodes, which have no fields of their own. */
        public boolean isGroup() {
            return group;
        }
    }

    public OutlineNode {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
    }

    /** This node or the descendant with this path. */
    public Optional<OutlineNode> find(String nodePath) {
        if (path.equals(nodePath)) {
            return Optional.of(this);
        }
        for (OutlineNode c : children) {
            if (ParadigmPaths.isWithin(nodePath, c.path())) {
                Optional<OutlineNode> f = c.find(nodePath);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The deepest node an element path falls in: the node of the element itself, or of the element that holds
     * the named property ({@code tasks[0].feedback.values[2]} falls in the feedback node).
     */
    public OutlineNode owner(String elementPath) {
        for (OutlineNode c : children) {
            if (ParadigmPaths.isWithin(elementPath, c.path())) {
                return c.owner(elementPath);
            }
        }
        return this;
    }

    /** The paths from the root down to and including the node with this path; empty if there is none. */
    public List<String> pathTo(String nodePath) {
        if (path.equals(nodePath)) {
            return List.of(path);
        }
        for (OutlineNode c : children) {
            List<String> below = c.pathTo(nodePath);
            if (!below.isEmpty()) {
                java.util.ArrayList<String> out = new java.util.ArrayList<>();
                out.add(path);
                out.addAll(below);
                return out;
            }
        }
        return List.of();
    }
}
