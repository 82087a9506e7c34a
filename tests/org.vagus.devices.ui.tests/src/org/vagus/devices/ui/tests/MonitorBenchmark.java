package org.vagus.devices.ui.tests;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.vagus.core.model.ChannelType;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.simulation.SimulatedEcgProvider;
import org.vagus.devices.ui.RecordingController;
import org.vagus.devices.ui.model.FrameStats;
import org.vagus.devices.ui.model.LiveRecording;
import org.vagus.devices.ui.model.RecordingRequest;
import org.vagus.devices.ui.views.MonitorPanel;

/**
 * Redraw time per frame and UI-thread CPU use of the live monitor, in a plain SWT shell (no workbench). Not a test:
 * run it with the bundle's classes and their dependencies on the class path under a display, for example
 *
 * <pre>
 * xvfb-run -a java -cp ... org.vagus.devices.ui.tests.MonitorBenchmark --seconds 60
 * xvfb-run -a java -cp ... org.vagus.devices.ui.tests.MonitorBenchmark --synthetic 6 --speed 60 --seconds 60
 * </pre>
 *
 * The default is the simulated ECG sensor through the {@link RecordingController} (monitor only), 1 channel at
 * 1000 Hz in real time, a 10 s window. {@code --synthetic N} feeds N channels of 1000 Hz from a thread instead,
 * {@code --speed F} F times faster than real time (60: an hour of signal per minute). Every 10 s it prints the
 * monitor's figures (frames, redraw time mean/p95/max including the paint, UI thread CPU); at the end the median of
 * the periods after the first (JIT warm-up), the process CPU and optionally a screenshot ({@code --png FILE}).
 */
public final class MonitorBenchmark {
    private MonitorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = 60;
        int synthetic = 0;
        double speed = 1;
        int window = MonitorPanel.DEFAULT_WINDOW_SECONDS;
        int width = 1280;
        int height = 480;
        String png = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--seconds" -> seconds = Double.parseDouble(args[++i]);
            case "--synthetic" -> synthetic = Integer.parseInt(args[++i]);
            case "--speed" -> speed = Double.parseDouble(args[++i]);
            case "--window" -> window = Integer.parseInt(args[++i]);
            case "--size" -> {
                String[] wh = args[++i].split("x");
                width = Integer.parseInt(wh[0]);
                height = Integer.parseInt(wh[1]);
            }
            case "--png" -> png = args[++i];
            default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("Live monitor benchmark");
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        RecordingController controller = null;
        Feeder feeder = null;
        Supplier<LiveRecording> source;
        if (synthetic > 0) {
            feeder = new Feeder(synthetic, speed);
            source = feeder::recording;
        } else {
            controller = new RecordingController(() -> SensorRegistry.of(new SimulatedEcgProvider()));
            controller.start(new RecordingRequest("simulated", null, List.of(), SamplingRate.ofHertz(1000),
                    speed == 1 ? Map.of() : Map.of("speed", Double.toString(speed)),
                    new RecordingRequest.MonitorOnly()));
            source = controller::current;
        }
        MonitorPanel panel = new MonitorPanel(shell, source);
        panel.setWindowSeconds(window);
        List<FrameStats.Summary> periods = new ArrayList<>();
        panel.setStatsListener(s -> {
            periods.add(s);
            System.out.println("monitor: " + s.text());
        });
        shell.open();
        long cpu0 = processCpu();
        long wall0 = System.nanoTime();
        if (feeder != null) {
            feeder.start();
        }
        long end = wall0 + (long) (seconds * 1e9);
        while (System.nanoTime() < end && !shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        long cpu1 = processCpu();
        long wall1 = System.nanoTime();
        System.out.println("status: " + panel.status().text());
        if (png != null) {
            Image image = new Image(display, shell.getClientArea().width, shell.getClientArea().height);
            GC gc = new GC(shell);
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(png, SWT.IMAGE_PNG);
            image.dispose();
        }
        if (feeder != null) {
            feeder.stop();
        }
        if (controller != null) {
            controller.stopAndWait(10_000);
        }
        List<FrameStats.Summary> steady = periods.size() > 1 ? periods.subList(1, periods.size()) : periods;
        System.out.printf(Locale.ROOT, "summary: %s, window %d s, %.0f s, medians of %d periods after the first:"
                + " redraw wall mean %.2f ms, p95 %.2f ms (max %.2f ms); redraw CPU mean %.2f ms, p95 %.2f ms;"
                + " UI thread CPU %.1f %%; process CPU %.1f %% of one core; %d processors%n",
                synthetic > 0 ? synthetic + " synthetic channel(s) at 1000 Hz x" + speed
                        : "simulated ECG at 1000 Hz x" + speed,
                window, (wall1 - wall0) / 1e9, steady.size(), median(steady, FrameStats.Summary::meanMs),
                median(steady, FrameStats.Summary::p95Ms),
                steady.stream().mapToDouble(FrameStats.Summary::maxMs).max().orElse(Double.NaN),
                median(steady, FrameStats.Summary::meanCpuMs), median(steady, FrameStats.Summary::p95CpuMs),
                median(steady, FrameStats.Summary::uiCpuPercent), (cpu1 - cpu0) / 1e7 / ((wall1 - wall0) / 1e9),
                Runtime.getRuntime().availableProcessors());
        display.dispose();
    }

    private static double median(List<FrameStats.Summary> periods, ToDoubleFunction<FrameStats.Summary> figure) {
        double[] s = periods.stream().mapToDouble(figure).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** The process's CPU time in nanoseconds, or -1 if the platform cannot tell. */
    private static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** N channels of 1000 Hz (an ECG-like pulse train plus noise) into an acquisition, 20 ms blocks, paced. */
    private static final class Feeder {
        private final Acquisition acquisition;
        private final LiveRecording recording;
        private final int channels;
        private final double speed;
        private final Thread thread;
        private volatile boolean stop;

        Feeder(int channels, double speed) throws IOException {
            this.channels = channels;
            this.speed = speed;
            List<ChannelDescription> list = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                list.add(new ChannelDescription("A" + (c + 1), Unit.MILLIVOLT, ChannelType.ECG, 10, 3.0 / 1024, -1.5));
            }
            StreamFormat format = new StreamFormat(SamplingRate.ofHertz(1000), list, true);
            AcquisitionOptions d = AcquisitionOptions.defaults();
            AcquisitionOptions options = new AcquisitionOptions(Duration.ofSeconds(70), d.driftWindow(),
                    d.minFitSpan(), d.driftMaxPoints(), d.refitInterval(), d.latency(), d.chunk(), d.idleFlush());
            acquisition = new Acquisition(format, MonotonicClock.INSTANCE, options, null, null);
            recording = new LiveRecording(1, LiveRecording.State.RUNNING, new RecordingRequest("synthetic", null,
                    List.of(), null, Map.of(), new RecordingRequest.MonitorOnly()), "synthetic, " + channels
                            + " channels", format, acquisition, null, null, null);
            thread = new Thread(this::run, "synthetic feeder");
            thread.setDaemon(true);
        }

        LiveRecording recording() {
            return recording;
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            stop = true;
            thread.join();
        }

        private void run() {
            Random random = new Random(1);
            int frames = 20;
            long index = 0;
            long start = System.nanoTime();
            while (!stop) {
                int[][] block = new int[channels][frames];
                for (int c = 0; c < channels; c++) {
                    for (int i = 0; i < frames; i++) {
                        long k = index + i;
                        double beat = (k % 857) < 12 ? 300 : 0; // 70 bpm spikes
                        block[c][i] = (int) Math.max(0, Math.min(1023, 512 + beat + 40 * Math.sin(k / 300.0)
                                + random.nextGaussian() * 3));
                    }
                }
                index += frames;
                long due = start + (long) (index * 1e6 / speed);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                acquisition.onBlock(SampleBlock.ofInts(index - frames, -1, System.nanoTime(), block));
            }
        }
    }
}
