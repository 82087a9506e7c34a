package org.vagus.signal.beats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.vagus.signal.Parameters;

/**
 * The manual edits of a beat series, kept as a separate layer over the automatic result so that the
 * detection and the automatic correction are never overwritten: applying the layer to the automatic beats
 * ({@link #apply(BeatTimes)}) gives the edited beats, and the layer alone is what is saved beside the
 * recording ({@link BeatEditsTsv}).
 * <p>
 * The layer is an immutable value with its own undo history: every edit returns a new layer, {@link #undo()}
 * steps back one edit, {@link #redo()} forward again, and a new edit after an undo drops the edits that could
 * have been redone (as in any editor). A view keeps the current layer in one field and replaces it on every
 * change; an older layer stays valid, which makes undo safe across threads.
 *
 * @since 0.1.0
 */
public final class BeatEditLayer {
    /** The default distance within which an edit finds its beat again: 10 ms, far under any RR interval. */
    public static final double DEFAULT_TOLERANCE_S = 0.010;

    private static final BeatEditLayer EMPTY = new BeatEditLayer(List.of(), List.of());

    private final List<BeatEdit> edits;
    /** The undone edits, the next to redo last. */
    private final List<BeatEdit> undone;

    private BeatEditLayer(List<BeatEdit> edits, List<BeatEdit> undone) {
        this.edits = List.copyOf(edits);
        this.undone = List.copyOf(undone);
    }

    /** A layer without edits. */
    public static BeatEditLayer empty() {
        return EMPTY;
    }

    /** A layer with these edits in this order and nothing to redo (as read from a file). */
    public static BeatEditLayer of(List<BeatEdit> edits) {
        return new BeatEditLayer(edits, List.of());
    }

    /** The layer with one more edit; nothing is left to redo. */
    public BeatEditLayer with(BeatEdit edit) {
        Objects.requireNonNull(edit, "edit");
        List<BeatEdit> e = new ArrayList<>(edits);
        e.add(edit);
        return new BeatEditLayer(e, List.of());
    }

    /** Adds a beat at {@code seconds}. */
    public BeatEditLayer add(double seconds) {
        return with(new BeatEdit.Add(seconds));
    }

    /** Deletes the beat at {@code seconds}. */
    public BeatEditLayer delete(double seconds) {
        return with(new BeatEdit.Delete(seconds));
    }

    /** Moves the beat at {@code fromSeconds} to {@code toSeconds}. */
    public BeatEditLayer move(double fromSeconds, double toSeconds) {
        return with(new BeatEdit.Move(fromSeconds, toSeconds));
    }

    /** Marks {@code [startSeconds, endSeconds]} unusable. */
    public BeatEditLayer markUnusable(double startSeconds, double endSeconds) {
        return with(new BeatEdit.MarkUnusable(new TimeSegment(startSeconds, endSeconds)));
    }

    /** True if there is an edit to undo. */
    public boolean canUndo() {
        return !edits.isEmpty();
    }

    /** True if there is an undone edit to redo. */
    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /**
     * The layer without its last edit, which can be redone.
     *
     * @throws IllegalStateException if there is nothing to undo
     */
    public BeatEditLayer undo() {
        if (edits.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        List<BeatEdit> e = new ArrayList<>(edits);
        List<BeatEdit> u = new ArrayList<>(undone);
        u.add(e.remove(e.size() - 1));
        return new BeatEditLayer(e, u);
    }

    /**
     * The layer with the last undone edit made again.
     *
     * @throws IllegalStateException if there is nothing to redo
     */
    public BeatEditLayer redo() {
        if (undone.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        List<BeatEdit> e = new ArrayList<>(edits);
        List<BeatEdit> u = new ArrayList<>(undone);
        e.add(u.remove(u.size() - 1));
        return new BeatEditLayer(e, u);
    }

    /** The edits in force, oldest first. */
    public List<BeatEdit> edits() {
        return edits;
    }

    /** The edits {@link #redo()} would make again, the next one last. */
    public List<BeatEdit> undone() {
        return undone;
    }

    /** {@link #apply(BeatTimes, double)} with {@link #DEFAULT_TOLERANCE_S}. */
    public EditedBeats apply(BeatTimes automatic) {
        return apply(automatic, DEFAULT_TOLERANCE_S);
    }

    /**
     * Applies the edits in order to a copy of the automatic beats. A delete or move finds the beat nearest to
     * its time within {@code toleranceS}; an add or the target of a move must not come within
     * {@code toleranceS} of another beat. An edit that cannot be applied is skipped and reported with the
     * reason; the others still apply. Unusable segments are collected as they are.
     *
     * @param automatic the automatic result (or raw beats), unchanged
     * @param toleranceS the matching distance in seconds, &gt;= 0
     */
    public EditedBeats apply(BeatTimes automatic, double toleranceS) {
        if (!(toleranceS >= 0) || Double.isInfinite(toleranceS)) {
            throw new IllegalArgumentException("tolerance " + toleranceS + " s: expected a finite value >= 0");
        }
        double[] t = Arrays.copyOf(automatic.secondsArray(), automatic.count() + edits.size());
        int n = automatic.count();
        List<TimeSegment> unusable = new ArrayList<>();
        List<EditedBeats.SkippedEdit> skipped = new ArrayList<>();
        int added = 0;
        int deleted = 0;
        int moved = 0;
        for (int k = 0; k < edits.size(); k++) {
            BeatEdit e = edits.get(k);
            String problem = null;
            switch (e) {
                case BeatEdit.Add a -> {
                    int near = BeatTimes.nearest(t, n, a.seconds(), toleranceS);
                    if (near >= 0) {
                        problem = "a beat already lies at " + t[near] + " s, within " + toleranceS + " s";
                    } else {
                        n = insert(t, n, a.seconds());
                        added++;
                    }
                }
                case BeatEdit.Delete d -> {
                    int at = BeatTimes.nearest(t, n, d.seconds(), toleranceS);
                    if (at < 0) {
                        problem = "no beat within " + toleranceS + " s of " + d.seconds() + " s";
                    } else {
                        n = remove(t, n, at);
                        deleted++;
                    }
                }
                case BeatEdit.Move m -> {
                    int at = BeatTimes.nearest(t, n, m.fromSeconds(), toleranceS);
                    if (at < 0) {
                        problem = "no beat within " + toleranceS + " s of " + m.fromSeconds() + " s";
                    } else {
                        double old = t[at];
                        n = remove(t, n, at);
                        int near = BeatTimes.nearest(t, n, m.toSeconds(), toleranceS);
                        if (near >= 0) {
                            problem = "another beat already lies at " + t[near] + " s, within " + toleranceS + " s";
                            n = insert(t, n, old);
                        } else {
                            n = insert(t, n, m.toSeconds());
                            moved++;
                        }
                    }
                }
                case BeatEdit.MarkUnusable u -> unusable.add(u.segment());
            }
            if (problem != null) {
                skipped.add(new EditedBeats.SkippedEdit(k, e, problem));
            }
        }
        Parameters p = automatic.parameters().with("edits.count", edits.size()).with("edits.added", added)
                .with("edits.deleted", deleted).with("edits.moved", moved)
                .with("edits.unusable_segments", unusable.size()).with("edits.skipped", skipped.size())
                .with("edits.tolerance_s", toleranceS);
        BeatTimes beats = new BeatTimes(Arrays.copyOf(t, n), automatic.sourceRate().orElse(null), p);
        return new EditedBeats(beats, unusable, skipped);
    }

    private static int insert(double[] t, int n, double v) {
        int pos = Arrays.binarySearch(t, 0, n, v);
        pos = pos < 0 ? -pos - 1 : pos;
        System.arraycopy(t, pos, t, pos + 1, n - pos);
        t[pos] = v;
        return n + 1;
    }

    private static int remove(double[] t, int n, int at) {
        System.arraycopy(t, at + 1, t, at, n - at - 1);
        return n - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BeatEditLayer l && edits.equals(l.edits) && undone.equals(l.undone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(edits, undone);
    }

    @Override
    public String toString() {
        return "BeatEditLayer[" + edits.size() + " edits, " + undone.size() + " to redo]";
    }
}
