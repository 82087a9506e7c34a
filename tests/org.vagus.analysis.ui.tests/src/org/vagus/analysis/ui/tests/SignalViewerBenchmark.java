package org.vagus.analysis.ui.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.vagus.analysis.internal.Pipeline;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.ui.internal.AnalysisAccess;
import org.vagus.analysis.ui.model.BeatReview;
import org.vagus.analysis.ui.model.MinMaxPyramid;
import org.vagus.analysis.ui.model.ReviewedRecording;
import org.vagus.analysis.ui.model.TimeWindow;
import org.vagus.analysis.ui.views.SignalCanvas;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.simulation.ecg.EcgSimulator;
import org.vagus.devices.simulation.ecg.EcgsynParameters;
import org.vagus.io.Signal;
import org.vagus.signal.Processors;
import org.vagus.signal.RPeaks;
import org.vagus.signal.beats.BeatEditLayer;
import org.vagus.signal.beats.BeatTimes;

/**
 * Redraw time of the signal viewer for a 2 h recording at 1000 Hz (7.2 million samples: 10 min of simulated ECG
 * repeated), whole recording and zoomed in, with the recipe's peaks and corrected beats overlaid. Prints the median
 * and the longest of 30 frames per zoom (paint time inside the paint listener, and the wall time from redraw() until the frame was painted);
 * asserts nothing. Run: {@code xvfb-run -a java -cp ... org.vagus.analysis.ui.tests.SignalViewerBenchmark}.
 */
public final class SignalViewerBenchmark {
    private SignalViewerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double rate = 1000;
        int hours = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int n = (int) (hours * 3600 * rate);
        int piece = (int) (600 * rate);
        double[] block = new double[piece];
        new EcgSimulator(EcgsynParameters.builder().rateHz(rate).meanHeartRateBpm(70).rrSdMs(40).seed(3).build())
                .next(block, 0, piece);
        double[] ecg = new double[n];
        for (int i = 0; i < n; i += piece) {
            System.arraycopy(block, 0, ecg, i, Math.min(piece, n - i));
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = AnalysisAccess.pipeline(Recipes.builtIn(), Processors.builtIn());
        RPeaks peaks = pipeline.detector().detect(new Signal("ECG", Unit.MILLIVOLT, SamplingRate.ofHertz(rate), ecg));
        long t1 = System.nanoTime();
        var correction = pipeline.corrector().correct(BeatTimes.of(peaks));
        long t2 = System.nanoTime();
        MinMaxPyramid pyramid = new MinMaxPyramid(ecg);
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%d h at 1000 Hz: %d samples, %d R peaks; detection %.0f ms, correction %.0f ms,"
                + " min/max pyramid %.0f ms%n", hours, n, peaks.count(), (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                (t3 - t2) / 1e6);
        ReviewedRecording r = new ReviewedRecording("benchmark", Path.of("bench_physio.tsv.gz"),
                Path.of("bench_beatedits.tsv"), "ECG", Unit.MILLIVOLT, SamplingRate.ofHertz(rate), pyramid, peaks,
                correction, BeatEditLayer.empty(), List.of());

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1600, 600);
        SignalCanvas canvas = new SignalCanvas(shell);
        canvas.setReview(new BeatReview(r));
        shell.open();
        Waiting.pump(display);
        double total = n / rate;
        for (double span : new double[] {total, 600, 60, 10, 2}) {
            canvas.setWindow(TimeWindow.all(total).showing(total / 2 - span / 2, span));
            long[] paint = new long[30];
            long[] wall = new long[30];
            for (int i = 0; i < paint.length; i++) {
                // pan a little each frame, as dragging does, so no frame repeats the last
                canvas.setWindow(canvas.window().pan((i % 2 == 0 ? 1 : -1) * span / 500));
                long before = canvas.frames();
                long w0 = System.nanoTime();
                canvas.control().redraw();
                canvas.control().update();
                while (canvas.frames() == before) {
                    if (!display.readAndDispatch()) {
                        Thread.onSpinWait();
                    }
                }
                wall[i] = System.nanoTime() - w0;
                paint[i] = canvas.lastPaintNanos();
            }
            Arrays.sort(paint);
            Arrays.sort(wall);
            System.out.printf(Locale.ROOT, "span %8.0f s: paint median %6.2f ms, max %6.2f ms; redraw to painted median %6.2f"
                    + " ms, max %6.2f ms; %s%n", span, paint[15] / 1e6, paint[29] / 1e6, wall[15] / 1e6,
                    wall[29] / 1e6, canvas.lastFrame());
        }
        shell.dispose();
    }
}
