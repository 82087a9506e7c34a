package org.vagus.analysis.ui.views;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.vagus.analysis.ui.model.BeatReview;
import org.vagus.analysis.ui.model.TimeWindow;

/**
 * The ECG of one recording with its R peaks and beats, zoomed and panned smoothly, and the beats edited by hand:
 * <ul>
 * <li>mouse wheel: zoom around the time under the cursor; drag on the trace, or the arrow keys (Shift: a whole
 * window), pan; Up/Down or +/- zoom; Home/End jump to the start/end; 0 shows the whole recording;</li>
 * <li>click a beat (its tick on the rail above the trace, or its R peak) to select it, Delete removes it; drag a beat to move it;
 * Shift+click adds a beat at the R peak under the cursor; Shift+drag marks a stretch unusable; the context menu
 * offers the same;</li>
 * <li>Ctrl+Z undoes, Ctrl+Y (or Ctrl+Shift+Z) redoes, Ctrl+S saves the edit layer.</li>
 * </ul>
 * Every edit goes through the {@link BeatReview}; edits it refuses are reported through the message consumer.
 * A frame draws at most two trace points per pixel column ({@link SignalPainter}). UI thread only.
 */
public final class SignalCanvas {
    /** How close (pixels) a click must come to a beat to pick it. */
    static final int PICK_PIXELS = 6;
    /** How far (seconds) an added beat snaps to the ECG's largest deflection. */
    static final double SNAP_S = 0.05;
    /** Zoom per wheel notch. */
    static final double WHEEL_ZOOM = 0.8;

    private final Canvas canvas;
    private final SignalPainter painter = new SignalPainter();
    private BeatReview review;
    private TimeWindow window;
    private double selected = Double.NaN;
    private Consumer<String> messages = m -> {
    };
    private Runnable save = () -> {
    };
    private Runnable unlisten = () -> {
    };

    private enum Drag { NONE, PAN, MOVE, UNUSABLE }

    private Drag drag = Drag.NONE;
    private long frames;
    private int downX;
    private boolean dragged;
    private TimeWindow downWindow;
    private double downSeconds;
    private double previewFrom = Double.NaN;
    private double previewTo = Double.NaN;

    /** @param parent the composite to put the canvas in */
    public SignalCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, e -> {
            if (review == null) {
                e.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                Point s = canvas.getSize();
                e.gc.fillRectangle(0, 0, s.x, s.y);
                return;
            }
            painter.paint(e.gc, canvas.getSize(), review, window, selected, previewFrom, previewTo);
            frames++;
        });
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Dispose, e -> unlisten.run());
        canvas.setMenu(contextMenu());
    }

    /** @return the SWT control */
    public Canvas control() {
        return canvas;
    }

    /** @param consumer shown the reason when an edit is refused, or an empty string when one succeeds */
    public void setMessages(Consumer<String> consumer) {
        messages = consumer;
    }

    /** @param action run for Ctrl+S */
    public void setSave(Runnable action) {
        save = action;
    }

    /** Shows a review (null: nothing), the whole recording in view. */
    public void setReview(BeatReview r) {
        unlisten.run();
        review = r;
        selected = Double.NaN;
        window = r == null ? null : TimeWindow.all(r.recording().durationSeconds());
        unlisten = r == null ? () -> {
        } : r.addListener(canvas::redraw);
        canvas.redraw();
    }

    /** @return the review shown, or null */
    public BeatReview review() {
        return review;
    }

    /** @return the time window shown, or null with no review */
    public TimeWindow window() {
        return window;
    }

    /** Shows a time window (clamped to the recording). */
    public void setWindow(TimeWindow w) {
        if (review != null) {
            window = w;
            canvas.redraw();
        }
    }

    /** @return the selected beat's time, or NaN */
    public double selected() {
        return selected;
    }

    /** What the last frame drew: columns, points, the most points in one column, peaks, beats, nanoseconds. */
    public String lastFrame() {
        SignalPainter.Stats s = painter.last();
        return s.columns() + " columns, " + s.points() + " points (max " + s.maxPointsPerColumn()
                + " per column), " + s.peaks() + " peaks, " + s.beats() + " beats, " + s.nanos() / 1000 + " us";
    }

    /** @return how many frames with a review were drawn so far */
    public long frames() {
        return frames;
    }

    /** @return the number of pixel columns of the last frame's plot */
    public int lastColumns() {
        return painter.last().columns();
    }

    /** @return the number of trace points the last frame drew */
    public int lastPoints() {
        return painter.last().points();
    }

    /** @return the most trace points the last frame drew in one pixel column */
    public int lastMaxPointsPerColumn() {
        return painter.last().maxPointsPerColumn();
    }

    /** @return the detected peaks the last frame marked on the trace */
    public int lastPeaks() {
        return painter.last().peaks();
    }

    /** @return how long the last frame took to draw, nanoseconds */
    public long lastPaintNanos() {
        return painter.last().nanos();
    }

    /** @return the plot rectangle in canvas pixels */
    public Rectangle plot() {
        return SignalPainter.plot(canvas.getSize());
    }

    /** @return the canvas x of a time */
    public int pixelOf(double seconds) {
        return SignalPainter.x(plot(), window, seconds);
    }

    /** @return the time at a canvas x */
    public double secondsAt(int x) {
        Rectangle p = plot();
        return window.start() + (x - p.x) / (double) p.width * window.span();
    }

    private double secondsPerPixel() {
        return window.span() / plot().width;
    }

    private void wheel(Event e) {
        if (review == null || e.count == 0) {
            return;
        }
        window = window.zoom(Math.pow(WHEEL_ZOOM, e.count > 0 ? 1 : -1), secondsAt(e.x));
        canvas.redraw();
    }

    private void down(Event e) {
        canvas.setFocus();
        if (review == null || e.button != 1) {
            return;
        }
        downX = e.x;
        dragged = false;
        downWindow = window;
        downSeconds = secondsAt(e.x);
        int beat = pick(e.x, e.y);
        if ((e.stateMask & SWT.SHIFT) != 0) {
            drag = Drag.UNUSABLE;
        } else if (beat >= 0) {
            selected = review.edited().beats().seconds(beat);
            drag = Drag.MOVE;
            canvas.redraw();
        } else {
            selected = Double.NaN;
            drag = Drag.PAN;
            canvas.redraw();
        }
    }

    /**
     * The beat a click at (x, y) picks: the nearest within {@value #PICK_PIXELS} px across, if the click is on the
     * beat rail or on the beat's R peak (within 12 px up or down), so that a drag elsewhere on the trace pans.
     *
     * @return its index in the edited beats, or -1
     */
    private int pick(int x, int y) {
        Rectangle p = plot();
        int beat = review.beatNear(secondsAt(x), PICK_PIXELS * secondsPerPixel());
        if (beat < 0 || y <= p.y + SignalPainter.RAIL + 2) {
            return beat;
        }
        double t = review.edited().beats().seconds(beat);
        int sample = (int) Math.min(review.recording().ecg().length() - 1,
                Math.round(t * review.recording().rate().hertz()));
        double v = review.recording().ecg().sample(sample);
        return !Double.isNaN(v) && Math.abs(painter.y(p, v) - y) <= 12 ? beat : -1;
    }

    /** @return the canvas y of the beat rail, where clicks pick beats */
    public int railY() {
        return plot().y + SignalPainter.RAIL / 2;
    }

    private void move(Event e) {
        if (drag == Drag.NONE) {
            return;
        }
        if (Math.abs(e.x - downX) > 3) {
            dragged = true;
        }
        if (!dragged) {
            return;
        }
        switch (drag) {
            case PAN -> window = downWindow.pan(-(e.x - downX) * downWindow.span() / plot().width);
            case MOVE -> {
                previewFrom = secondsAt(e.x);
                previewTo = previewFrom;
            }
            case UNUSABLE -> {
                previewFrom = downSeconds;
                previewTo = secondsAt(e.x);
            }
            default -> {
            }
        }
        canvas.redraw();
    }

    private void up(Event e) {
        Drag d = drag;
        drag = Drag.NONE;
        previewFrom = Double.NaN;
        previewTo = Double.NaN;
        if (review == null || d == Drag.NONE) {
            return;
        }
        double t = secondsAt(e.x);
        if (d == Drag.MOVE && dragged) {
            double to = Math.rint(t * review.recording().rate().hertz()) / review.recording().rate().hertz();
            report(review.move(selected, to, 1e-9));
            selected = to;
        } else if (d == Drag.UNUSABLE && dragged) {
            report(review.markUnusable(downSeconds, t));
        } else if (d == Drag.UNUSABLE) {
            addBeatAt(t);
        }
        canvas.redraw();
    }

    /** Adds a beat at the R peak nearest to a time (within {@value #SNAP_S} s) and selects it. */
    public void addBeatAt(double seconds) {
        double t = review.snapToPeak(seconds, SNAP_S);
        if (report(review.add(t))) {
            selected = t;
        }
    }

    /** Deletes the selected beat, if any. */
    public void deleteSelected() {
        if (review != null && !Double.isNaN(selected)) {
            if (report(review.delete(selected, 1e-9))) {
                selected = Double.NaN;
            }
        }
    }

    private boolean report(String problem) {
        messages.accept(problem == null ? "" : problem);
        return problem == null;
    }

    private void key(Event e) {
        if (review == null) {
            return;
        }
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        if (ctrl) {
            switch (Character.toLowerCase((char) e.keyCode)) {
                case 'z' -> {
                    if (shift) {
                        review.redo();
                    } else {
                        review.undo();
                    }
                    selected = Double.NaN;
                }
                case 'y' -> {
                    review.redo();
                    selected = Double.NaN;
                }
                case 's' -> save.run();
                default -> {
                    return;
                }
            }
            e.doit = false;
            canvas.redraw();
            return;
        }
        double centre = window.start() + window.span() / 2;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> window = window.panFraction(shift ? -1 : -0.1);
            case SWT.ARROW_RIGHT -> window = window.panFraction(shift ? 1 : 0.1);
            case SWT.ARROW_UP, '+', SWT.KEYPAD_ADD -> window = window.zoom(0.5, centre);
            case SWT.ARROW_DOWN, '-', SWT.KEYPAD_SUBTRACT -> window = window.zoom(2, centre);
            case SWT.HOME -> window = window.showing(0, window.span());
            case SWT.END -> window = window.showing(window.total(), window.span());
            case '0' -> window = window.showing(0, window.total());
            case SWT.DEL, SWT.BS -> deleteSelected();
            case SWT.ESC -> selected = Double.NaN;
            default -> {
                return;
            }
        }
        e.doit = false;
        canvas.redraw();
    }

    private Menu contextMenu() {
        Menu menu = new Menu(canvas);
        double[] at = {Double.NaN};
        canvas.addListener(SWT.MenuDetect, e -> {
            Point p = canvas.toControl(e.x, e.y);
            at[0] = review == null ? Double.NaN : secondsAt(p.x);
            if (review != null) {
                int beat = pick(p.x, p.y);
                selected = beat >= 0 ? review.edited().beats().seconds(beat) : selected;
                canvas.redraw();
            }
        });
        MenuItem add = new MenuItem(menu, SWT.PUSH);
        add.setText("Add Beat Here\tShift+Click");
        add.addListener(SWT.Selection, e -> {
            if (review != null && !Double.isNaN(at[0])) {
                addBeatAt(at[0]);
                canvas.redraw();
            }
        });
        MenuItem delete = new MenuItem(menu, SWT.PUSH);
        delete.setText("Delete Selected Beat\tDel");
        delete.addListener(SWT.Selection, e -> {
            deleteSelected();
            canvas.redraw();
        });
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem all = new MenuItem(menu, SWT.PUSH);
        all.setText("Show Whole Recording\t0");
        all.addListener(SWT.Selection, e -> {
            if (review != null) {
                setWindow(window.showing(0, window.total()));
            }
        });
        menu.addListener(SWT.Show, e -> {
            add.setEnabled(review != null);
            delete.setEnabled(review != null && !Double.isNaN(selected));
            all.setEnabled(review != null);
        });
        return menu;
    }
}
