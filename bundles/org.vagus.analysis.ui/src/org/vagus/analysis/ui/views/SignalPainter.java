package org.vagus.analysis.ui.views;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.vagus.analysis.ui.model.BeatReview;
import org.vagus.analysis.ui.model.BeatReview.BeatOrigin;
import org.vagus.analysis.ui.model.BeatReview.PeakMark;
import org.vagus.analysis.ui.model.MinMaxPyramid;
import org.vagus.analysis.ui.model.ReviewedRecording;
import org.vagus.analysis.ui.model.TimeWindow;
import org.vagus.signal.beats.BeatTimes;
import org.vagus.signal.beats.TimeSegment;

/**
 * Draws one frame of the signal viewer: the unusable stretches, the time and value grid, the ECG decimated to at
 * most two points per pixel column ({@link MinMaxPyramid#decimate}), the detected R peaks marked by what the
 * automatic correction found, and the edited beats as ticks on a rail above the trace. Holds the point buffers so
 * that a frame allocates nothing in proportion to the recording. UI thread only.
 */
final class SignalPainter {
    static final int LEFT = 58;
    static final int RIGHT = 10;
    static final int TOP = 18;
    static final int BOTTOM = 24;
    /** The beat rail: the top band of the plot, where the edited beats are ticks. */
    static final int RAIL = 12;

    private static final Color TRACE = new Color(40, 40, 40);
    private static final Color GRID = new Color(230, 230, 230);
    private static final Color AXIS = new Color(110, 110, 110);
    private static final Color UNUSABLE = new Color(222, 222, 222);
    private static final Color UNUSABLE_EDGE = new Color(160, 160, 160);
    private static final Color RAIL_BAND = new Color(243, 243, 243);
    private static final Color SELECTION = new Color(0, 114, 178);
    private static final Color PREVIEW = new Color(0, 114, 178);

    /** The colour of each peak mark (Okabe-Ito hues, so the kinds stay apart for colour-blind reviewers). */
    static Color colour(PeakMark m) {
        return switch (m) {
            case NORMAL -> new Color(0, 158, 115);
            case ECTOPIC -> new Color(230, 159, 0);
            case MISSED -> new Color(86, 180, 233);
            case EXTRA -> new Color(213, 94, 0);
            case LONG_SHORT -> new Color(204, 121, 167);
        };
    }

    static Color colour(BeatOrigin o) {
        return switch (o) {
            case DETECTED -> new Color(70, 70, 70);
            case CORRECTED -> new Color(230, 159, 0);
            case MANUAL -> new Color(204, 0, 153);
        };
    }

    /** What the last frame drew, for tests and the benchmark. */
    record Stats(int columns, int points, int maxPointsPerColumn, int peaks, int beats, long nanos) {
    }

    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int[] line = new int[0];
    private int[] perColumn = new int[0];
    private Stats last = new Stats(0, 0, 0, 0, 0, 0);
    private double yLow;
    private double yHigh;

    Stats last() {
        return last;
    }

    static Rectangle plot(Point size) {
        return new Rectangle(LEFT, TOP, Math.max(1, size.x - LEFT - RIGHT), Math.max(1, size.y - TOP - BOTTOM));
    }

    double yLow() {
        return yLow;
    }

    double yHigh() {
        return yHigh;
    }

    /**
     * Draws a frame.
     *
     * @param selected the selected beat's time, NaN for none
     * @param previewFrom a drag preview's start in seconds (NaN for none)
     * @param previewTo its end; equal to the start for a line (moving a beat)
     */
    void paint(GC gc, Point size, BeatReview review, TimeWindow w, double selected, double previewFrom,
            double previewTo) {
        long t0 = System.nanoTime();
        Rectangle p = plot(size);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, size.x, size.y);
        ReviewedRecording r = review.recording();
        double rate = r.rate().hertz();
        long from = (long) Math.floor(w.start() * rate);
        long to = Math.max(from + 1, (long) Math.ceil(w.end() * rate));
        double[] mm = new double[2];
        r.ecg().minMax(from, to, mm);
        double lo = Double.isNaN(mm[0]) ? -1 : mm[0];
        double hi = Double.isNaN(mm[1]) ? 1 : mm[1];
        double pad = Math.max(1e-6, (hi - lo) * 0.08);
        yLow = lo - pad;
        yHigh = hi + pad;

        for (TimeSegment s : review.edited().unusable()) {
            if (s.endSeconds() >= w.start() && s.startSeconds() <= w.end()) {
                int x1 = Math.max(p.x, x(p, w, s.startSeconds()));
                int x2 = Math.min(p.x + p.width, x(p, w, s.endSeconds()));
                gc.setBackground(UNUSABLE);
                gc.fillRectangle(x1, p.y, Math.max(1, x2 - x1), p.height);
                gc.setForeground(UNUSABLE_EDGE);
                gc.drawString("unusable", x1 + 3, p.y + RAIL + 2, true);
            }
        }
        grid(gc, p, w, r.unit().symbol(), r.column());
        gc.setClipping(p);
        int points = trace(gc, p, w, r.ecg(), rate);
        int peaks = peaks(gc, p, w, review);
        int beats = beats(gc, p, w, review, selected);
        if (!Double.isNaN(previewFrom)) {
            gc.setForeground(PREVIEW);
            int a = x(p, w, previewFrom);
            int b = x(p, w, previewTo);
            if (a == b) {
                gc.setLineStyle(SWT.LINE_DASH);
                gc.drawLine(a, p.y, a, p.y + p.height);
                gc.setLineStyle(SWT.LINE_SOLID);
            } else {
                gc.setBackground(UNUSABLE);
                gc.setAlpha(140);
                gc.fillRectangle(Math.min(a, b), p.y, Math.abs(b - a), p.height);
                gc.setAlpha(255);
            }
        }
        gc.setClipping((Rectangle) null);
        int maxPer = 0;
        for (int i = 0; i < p.width; i++) {
            maxPer = Math.max(maxPer, perColumn[i]);
        }
        last = new Stats(p.width, points, maxPer, peaks, beats, System.nanoTime() - t0);
    }

    /** The pixel column of a time: column {@code c} shows {@code [start + c span / width, start + (c + 1) ...)}. */
    static int x(Rectangle p, TimeWindow w, double seconds) {
        return p.x + (int) Math.floor((seconds - w.start()) / w.span() * p.width);
    }

    /** @return the canvas y of an ECG value in the last frame's scale */
    int y(Rectangle p, double v) {
        return p.y + RAIL + (int) Math.round((yHigh - v) / (yHigh - yLow) * (p.height - RAIL));
    }

    private int trace(GC gc, Rectangle p, TimeWindow w, MinMaxPyramid ecg, double rate) {
        int cap = 2 * p.width + 2;
        if (xs.length < cap) {
            xs = new double[cap];
            ys = new double[cap];
            line = new int[2 * cap];
        }
        if (perColumn.length < p.width) {
            perColumn = new int[p.width];
        }
        java.util.Arrays.fill(perColumn, 0, p.width, 0);
        // the columns of the decimation are the pixel columns: fractional sample bounds, so no pixel gets two
        int n = ecg.decimate(w.start() * rate, w.end() * rate, p.width, xs, ys);
        gc.setForeground(TRACE);
        gc.setLineWidth(1);
        gc.setAntialias(SWT.OFF);
        int k = 0;
        int drawn = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(ys[i])) {
                flush(gc, k);
                k = 0;
                continue;
            }
            int px = x(p, w, xs[i] / rate);
            line[k++] = px;
            line[k++] = y(p, ys[i]);
            int col = px - p.x;
            if (col >= 0 && col < p.width) {
                perColumn[col]++;
            }
            drawn++;
        }
        flush(gc, k);
        return drawn;
    }

    private void flush(GC gc, int k) {
        if (k >= 4) {
            gc.drawPolyline(java.util.Arrays.copyOf(line, k));
        } else if (k == 2) {
            gc.drawPoint(line[0], line[1]);
        }
    }

    /** The detected peaks on the trace; when they crowd (zoomed far out) only the artefacts are drawn. */
    private int peaks(GC gc, Rectangle p, TimeWindow w, BeatReview review) {
        ReviewedRecording r = review.recording();
        double rate = r.rate().hertz();
        int first = review.firstPeakAtOrAfter(w.start());
        int last = review.firstPeakAtOrAfter(w.end());
        boolean crowded = (last - first) > p.width / 6;
        int drawn = 0;
        int lastX = Integer.MIN_VALUE;
        for (int i = first; i < last; i++) {
            PeakMark m = review.peakMark(i);
            double t = review.peakSeconds(i);
            int px = x(p, w, t);
            if (m == PeakMark.NORMAL && (crowded || px == lastX)) {
                continue;
            }
            int sample = (int) Math.min(r.ecg().length() - 1, Math.round(t * rate));
            double v = r.ecg().sample(sample);
            int py = Double.isNaN(v) ? p.y + RAIL + 4 : y(p, v);
            gc.setForeground(colour(m));
            gc.setBackground(colour(m));
            if (m == PeakMark.EXTRA) {
                gc.setLineWidth(2);
                gc.drawLine(px - 4, py - 4, px + 4, py + 4);
                gc.drawLine(px - 4, py + 4, px + 4, py - 4);
                gc.setLineWidth(1);
            } else if (m == PeakMark.NORMAL) {
                gc.fillOval(px - 3, py - 3, 7, 7);
            } else {
                gc.drawOval(px - 6, py - 6, 12, 12);
                gc.fillOval(px - 3, py - 3, 7, 7);
            }
            lastX = px;
            drawn++;
        }
        return drawn;
    }

    /** The edited beats as ticks on the rail, one per pixel column at most, and the selected beat as a line. */
    private int beats(GC gc, Rectangle p, TimeWindow w, BeatReview review, double selected) {
        BeatTimes b = review.edited().beats();
        double[] t = b.secondsArray();
        int first = lowerBound(t, w.start());
        int lastX = Integer.MIN_VALUE;
        int drawn = 0;
        gc.setBackground(RAIL_BAND);
        gc.fillRectangle(p.x + 1, p.y + 1, p.width - 1, RAIL - 1);
        // the detected beats (nearly all) as one path, one tick per pixel column: a single stroke however many
        // hours are in view; the corrected and manual ones (few) drawn one by one over them, thicker
        org.eclipse.swt.graphics.Path ticks = new org.eclipse.swt.graphics.Path(gc.getDevice());
        try {
            for (int i = first; i < t.length && t[i] <= w.end(); i++) {
                int px = x(p, w, t[i]);
                if (px != lastX && review.origin(i) == BeatOrigin.DETECTED) {
                    ticks.moveTo(px, p.y + 1);
                    ticks.lineTo(px, p.y + RAIL - 1);
                    lastX = px;
                    drawn++;
                }
            }
            gc.setForeground(colour(BeatOrigin.DETECTED));
            gc.setLineWidth(1);
            gc.drawPath(ticks);
        } finally {
            ticks.dispose();
        }
        gc.setLineWidth(3);
        for (int i = first; i < t.length && t[i] <= w.end(); i++) {
            BeatOrigin o = review.origin(i);
            if (o != BeatOrigin.DETECTED) {
                int px = x(p, w, t[i]);
                gc.setForeground(colour(o));
                gc.drawLine(px, p.y + 1, px, p.y + RAIL - 1);
                drawn++;
            }
        }
        gc.setLineWidth(1);
        if (!Double.isNaN(selected) && selected >= w.start() && selected <= w.end()) {
            int px = x(p, w, selected);
            gc.setForeground(SELECTION);
            gc.setLineWidth(2);
            gc.drawLine(px, p.y, px, p.y + p.height);
            gc.setLineWidth(1);
        }
        return drawn;
    }

    private static int lowerBound(double[] t, double v) {
        int lo = 0;
        int hi = t.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void grid(GC gc, Rectangle p, TimeWindow w, String unit, String column) {
        gc.setForeground(AXIS);
        gc.drawRectangle(p.x, p.y, p.width, p.height);
        double step = niceStep(w.span() / Math.max(1, p.width / 90.0));
        int h = gc.getFontMetrics().getHeight();
        for (double t = Math.ceil(w.start() / step) * step; t <= w.end(); t += step) {
            int px = x(p, w, t);
            gc.setForeground(GRID);
            gc.drawLine(px, p.y + RAIL, px, p.y + p.height - 1);
            gc.setForeground(AXIS);
            gc.drawLine(px, p.y + p.height, px, p.y + p.height + 3);
            String s = clock(t, step);
            gc.drawString(s, px - gc.textExtent(s).x / 2, p.y + p.height + 4, true);
        }
        double vStep = niceStep((yHigh - yLow) / Math.max(1, (p.height - RAIL) / 40.0));
        for (double v = Math.ceil(yLow / vStep) * vStep; v <= yHigh; v += vStep) {
            int py = y(p, v);
            gc.setForeground(GRID);
            gc.drawLine(p.x + 1, py, p.x + p.width - 1, py);
            gc.setForeground(AXIS);
            String s = String.format(Locale.ROOT, vStep < 0.1 ? "%.2f" : "%.1f", v);
            gc.drawString(s, p.x - 4 - gc.textExtent(s).x, py - h / 2, true);
        }
        gc.drawString(column + " (" + unit + ")", 4, 2, true);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double e = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * e >= raw) {
                return m * e;
            }
        }
        return 10 * e;
    }

    /** {@code h:mm:ss}, {@code m:ss} or with milliseconds when the tick step is under a second. */
    static String clock(double seconds, double step) {
        long ms = Math.round(seconds * 1000);
        long h = ms / 3_600_000;
        long m = ms / 60_000 % 60;
        double s = (ms % 60_000) / 1000.0;
        String sec = step < 1 ? String.format(Locale.ROOT, step < 0.1 ? "%06.3f" : "%04.1f", s)
                : String.format(Locale.ROOT, "%02d", (long) s);
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%s", h, m, sec) : String.format(Locale.ROOT, "%d:%s", m, sec);
    }
}
