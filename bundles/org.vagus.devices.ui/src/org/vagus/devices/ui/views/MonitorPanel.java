package org.vagus.devices.ui.views;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.RingBuffer;
import org.vagus.devices.ui.model.ChannelQuality;
import org.vagus.devices.ui.model.FrameStats;
import org.vagus.devices.ui.model.LiveRecording;
import org.vagus.devices.ui.model.MonitorStatus;
import org.vagus.devices.ui.model.QualityClassifier;

/**
 * The live monitor's content: a window-length choice, one {@link ChannelPlot} per channel and the status line, redrawn
 * by a {@link Display#timerExec} loop at a steady {@value #FRAME_MILLIS} ms (25 Hz). Each frame reads the acquisition
 * that the supplier gives (a volatile read), folds the new samples of each ring buffer into the plots and, five times
 * a second, classifies the last {@link QualityClassifier#WINDOW_SECONDS} s of each channel and renders the status.
 * The acquisition thread is never waited for: ring buffers are read without locks, and counters are volatile.
 * <p>
 * With the system property {@value #STATS_PROPERTY}{@code =true} the redraw time per frame and the UI thread's CPU
 * use are logged every {@value #STATS_SECONDS} s. UI thread only.
 */
public final class MonitorPanel {
    /** The frame period: 25 Hz. */
    public static final int FRAME_MILLIS = 40;
    /** The window lengths offered, in seconds; the first view shows {@link #DEFAULT_WINDOW_SECONDS}. */
    public static final int[] WINDOW_SECONDS = { 2, 5, 10, 20, 30, 60 };
    /** The default window: 10 s. */
    public static final int DEFAULT_WINDOW_SECONDS = 10;
    /** Set to true to log redraw figures. */
    public static final String STATS_PROPERTY = "vagus.monitor.stats";
    /** Widget data key under which the status label holds its {@link MonitorStatus}. */
    public static final String STATUS_KEY = "org.vagus.devices.ui.status";
    /** Widget data key under which each channel's chart holds the channel's name. */
    public static final String CHANNEL_KEY = "org.vagus.devices.ui.channel";
    static final int STATS_SECONDS = 10;
    private static final long FRAME_NANOS = FRAME_MILLIS * 1_000_000L;
    private static final int STATUS_EVERY = 5;
    private static final String PAINT_KEY = "org.vagus.devices.ui.timedPaint";
    private static final System.Logger LOG = System.getLogger(MonitorPanel.class.getName());

    private final Supplier<LiveRecording> source;
    private final Composite root;
    private final Composite plotArea;
    private final Combo window;
    private final Composite header;
    private final Label status;
    private final Label detail;
    private final List<ChannelPlot> plots = new ArrayList<>();
    private final List<QualityClassifier> classifiers = new ArrayList<>();
    private final Runnable frame = this::frame;
    private final FrameStats stats = new FrameStats();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean logStats = Boolean.getBoolean(STATS_PROPERTY);
    private Consumer<FrameStats.Summary> statsListener;
    private Consumer<RuntimeException> errors = e -> LOG.log(System.Logger.Level.ERROR, "live monitor: drawing failed",
            e);
    private Acquisition shown;
    private StreamFormat shownFormat;
    private LiveRecording.State shownState;
    private MonitorStatus lastStatus = MonitorStatus.idle();
    private double[] qualityScratch = new double[0];
    private long frames;
    private long nextDue;
    /** The time the last frame took before painting, or -1 if it drew nothing. */
    private long lastPrep = -1;
    private long lastPrepCpu;
    /** Painting of the charts since the last frame began, wall and CPU time. */
    private long paintNanos;
    private long paintCpuNanos;
    private long paintStart;
    private long paintStartCpu;
    private final Listener paintBegins = e -> {
        if (e.widget.getData(PAINT_KEY) != null) {
            paintStart = System.nanoTime();
            paintStartCpu = uiCpu();
        }
    };
    private final Listener paintEnds = e -> {
        paintNanos += System.nanoTime() - paintStart;
        paintCpuNanos += uiCpu() - paintStartCpu;
    };

    /**
     * Builds the panel in {@code parent} and starts its frame loop, which ends when the panel is disposed.
     *
     * @param parent the composite to fill
     * @param source the acquisition to show now (may give null); called every frame, so it must be cheap
     */
    public MonitorPanel(Composite parent, Supplier<LiveRecording> source) {
        this.source = Objects.requireNonNull(source, "source");
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite top = new Composite(root, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout topLayout = new GridLayout(3, false);
        topLayout.marginWidth = 0;
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        new Label(top, SWT.NONE).setText("Window:");
        window = new Combo(top, SWT.READ_ONLY);
        for (int s : WINDOW_SECONDS) {
            window.add(s + " s");
            if (s == DEFAULT_WINDOW_SECONDS) {
                window.select(window.getItemCount() - 1);
            }
        }
        header = new Composite(top, SWT.NONE);
        header.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        header.setLayout(new FillLayout());
        plotArea = new Composite(root, SWT.NONE);
        plotArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        plotArea.setLayout(new AlignedChartsLayout());
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        detail = new Label(root, SWT.NONE);
        detail.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        showStatus(MonitorStatus.idle());
        Display display = root.getDisplay();
        // painting happens after a frame, when the event loop gets to it: a filter notes when each chart part starts
        // painting, and a listener on the part (after SWTChart's) when it is done
        display.addFilter(SWT.Paint, paintBegins);
        root.addDisposeListener(e -> display.removeFilter(SWT.Paint, paintBegins));
        stats.start(System.nanoTime(), uiCpu());
        nextDue = System.nanoTime() + FRAME_NANOS;
        display.timerExec(FRAME_MILLIS, frame);
    }

    /** @return the panel's top composite */
    public Control control() {
        return root;
    }

    /** @return a composite at the right of the top row for the caller's controls (a tool bar), empty at first */
    public Composite header() {
        return header;
    }

    /** @return the status last shown */
    public MonitorStatus status() {
        return lastStatus;
    }

    /** @return the window length in seconds */
    public int windowSeconds() {
        int i = window.getSelectionIndex();
        return i < 0 ? DEFAULT_WINDOW_SECONDS : WINDOW_SECONDS[i];
    }

    /**
     * @param seconds one of {@link #WINDOW_SECONDS}
     */
    public void setWindowSeconds(int seconds) {
        for (int i = 0; i < WINDOW_SECONDS.length; i++) {
            if (WINDOW_SECONDS[i] == seconds) {
                window.select(i);
                return;
            }
        }
        throw new IllegalArgumentException("window " + seconds + " s; offered: " + Arrays.toString(WINDOW_SECONDS));
    }

    /** @return the number of points each chart shows now, in channel order */
    public int[] points() {
        return plots.stream().mapToInt(ChannelPlot::points).toArray();
    }

    /**
     * Receives the redraw figures every {@value #STATS_SECONDS} s (benchmarks).
     *
     * @param listener the listener, or null
     */
    public void setStatsListener(Consumer<FrameStats.Summary> listener) {
        this.statsListener = listener;
    }

    /**
     * Where a failure while drawing a frame is reported (by default {@link System.Logger} at ERROR); the frame loop
     * goes on.
     *
     * @param handler the handler
     */
    public void setErrorHandler(Consumer<RuntimeException> handler) {
        this.errors = Objects.requireNonNull(handler, "handler");
    }

    /** Gives the keyboard focus to the window choice. */
    public void setFocus() {
        window.setFocus();
    }

    private void frame() {
        if (root.isDisposed()) {
            return;
        }
        long t0 = System.nanoTime();
        long c0 = uiCpu();
        if (lastPrep >= 0) {
            // the last frame's redraw time: reading, decimating and handing over the data, then the painting
            stats.add(lastPrep + paintNanos, c0 < 0 ? -1 : lastPrepCpu + paintCpuNanos);
        }
        paintNanos = 0;
        paintCpuNanos = 0;
        boolean drawn = false;
        try {
            drawn = draw();
        } catch (RuntimeException e) {
            // told, and the next frame tries again: a bad frame must not end the monitor
            errors.accept(e);
        }
        long t1 = System.nanoTime();
        lastPrep = drawn ? t1 - t0 : -1;
        lastPrepCpu = uiCpu() - c0;
        if (t1 - stats.startWall() >= STATS_SECONDS * 1_000_000_000L) {
            reportStats(t1);
        }
        // a steady rate: the next frame is due one period after this one was, unless we fell a whole period behind
        nextDue += FRAME_NANOS;
        if (nextDue - t1 < 0) {
            nextDue = t1 + FRAME_NANOS / 2;
        }
        root.getDisplay().timerExec((int) Math.max(1, (nextDue - t1 + 500_000) / 1_000_000), frame);
    }

    /** One frame; true if a chart was redrawn. */
    private boolean draw() {
        LiveRecording r = source.get();
        Acquisition a = r == null ? null : r.acquisition();
        if (a != shown || (r != null && r.format() != shownFormat)) {
            rebuild(r);
        }
        boolean statusDue = frames++ % STATUS_EVERY == 0 || (r != null && r.state() != shownState);
        if (!root.isVisible()) {
            return false;
        }
        boolean drawn = false;
        if (a != null) {
            long end = Long.MAX_VALUE;
            for (int c = 0; c < plots.size(); c++) {
                end = Math.min(end, a.ring(c).end());
            }
            long windowSamples = Math.round(windowSeconds() * r.format().rate().hertz());
            for (int c = 0; c < plots.size(); c++) {
                drawn |= plots.get(c).show(a.ring(c), end, windowSamples);
            }
        }
        if (statusDue) {
            if (!AlignedChartsLayout.aligned(plotArea)) {
                plotArea.layout(true);
            }
            shownState = r == null ? null : r.state();
            showStatus(r == null ? MonitorStatus.idle() : MonitorStatus.of(r, qualities(r)));
        }
        return drawn;
    }

    private void rebuild(LiveRecording r) {
        for (ChannelPlot p : plots) {
            p.chart().dispose();
        }
        plots.clear();
        classifiers.clear();
        shown = r == null ? null : r.acquisition();
        shownFormat = r == null ? null : r.format();
        if (shown != null && shownFormat != null) {
            List<ChannelDescription> channels = shownFormat.channels();
            for (int c = 0; c < channels.size(); c++) {
                ChannelPlot p = new ChannelPlot(plotArea, channels.get(c), shownFormat.rate().hertz(),
                        c == channels.size() - 1);
                p.timePaints(PAINT_KEY, paintEnds);
                plots.add(p);
                classifiers.add(QualityClassifier.forChannel(channels.get(c)));
            }
        }
        plotArea.layout(true, true);
    }

    private List<ChannelQuality> qualities(LiveRecording r) {
        Acquisition a = r.acquisition();
        if (a == null || r.format() == null || classifiers.size() != r.format().channelCount()) {
            return List.of();
        }
        int n = (int) Math.max(1, Math.round(QualityClassifier.WINDOW_SECONDS * r.format().rate().hertz()));
        if (qualityScratch.length != n) {
            qualityScratch = new double[n];
        }
        List<ChannelQuality> q = new ArrayList<>();
        for (int c = 0; c < classifiers.size(); c++) {
            RingBuffer ring = a.ring(c);
            ring.readLatest(qualityScratch);
            q.add(classifiers.get(c).classify(qualityScratch, 0, n));
        }
        return q;
    }

    private void showStatus(MonitorStatus s) {
        lastStatus = s;
        String text = s.text();
        if (!text.equals(status.getText())) {
            status.setText(text);
        }
        status.setData(STATUS_KEY, s);
        String more = s.detail();
        if (!more.equals(detail.getText())) {
            detail.setText(more);
            detail.setForeground(root.getDisplay().getSystemColor(
                    s.state() == LiveRecording.State.FAILED ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND));
        }
    }

    private void reportStats(long now) {
        FrameStats.Summary s = stats.summary(now, uiCpu());
        if (logStats) {
            LOG.log(System.Logger.Level.INFO, "live monitor: " + plots.size() + " channel(s), window "
                    + windowSeconds() + " s: " + s.text());
        }
        Consumer<FrameStats.Summary> l = statsListener;
        if (l != null) {
            l.accept(s);
        }
        stats.start(now, uiCpu());
    }

    /** The CPU time of the UI thread (this thread), or -1 if the JVM cannot tell. */
    private long uiCpu() {
        try {
            return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }
}
