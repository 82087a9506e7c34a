package org.vagus.paradigm.ui.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vagus.paradigm.validation.Problem;

/**
 * The validation problems placed on the outline: each on the node of the element at fault (the deepest node its
 * path falls in), and counted on that node's ancestors so a collapsed outline still shows where to look.
 *
 * @since 0.1.0
 */
public final class ProblemIndex {
    private final Map<String, List<Problem>> own = new HashMap<>();
    private final Map<String, Problem.Severity> inside = new HashMap<>();
    private final List<Problem> all;

    /** Places the problems on the outline. */
    public ProblemIndex(OutlineNode root, List<Problem> problems) {
        this.all = List.copyOf(problems);
        for (Problem p : problems) {
            String owner = root.owner(p.path()).path();
            own.computeIfAbsent(owner, k -> new ArrayList<>()).add(p);
            for (String ancestor : root.pathTo(owner)) {
                if (!ancestor.equals(owner)) {
                    inside.merge(ancestor, p.severity(), ProblemIndex::worse);
                }
            }
        }
    }

    /** All problems, in the validator's order. */
    public List<Problem> all() {
        return all;
    }

    /** The problems of the element of this node itself. */
    public List<Problem> on(String nodePath) {
        return own.getOrDefault(nodePath, List.of());
    }

    /** The worst severity on the node itself, or null if it has no problem. */
    public Problem.Severity worstOn(String nodePath) {
        return on(nodePath).stream().map(Problem::severity).reduce(null, ProblemIndex::worse);
    }

    /** The worst severity of the problems below the node (not counting its own), or null. */
    public Problem.Severity worstBelow(String nodePath) {
        return inside.get(nodePath);
    }

    private static Problem.Severity worse(Problem.Severity a, Problem.Severity b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a == Problem.Severity.ERROR || b == Problem.Severity.ERROR ? Problem.Severity.ERROR
                : Problem.Severity.WARNING;
    }
}
