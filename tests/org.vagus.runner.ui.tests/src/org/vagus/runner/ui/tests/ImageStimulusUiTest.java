package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.paradigm.FlowStep;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Task;
import org.vagus.paradigm.Timing;
import org.vagus.paradigm.Trial;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.RunListener;
import org.vagus.runner.Screen;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.ui.PresenterOptions;
import org.vagus.runner.ui.ScreenLayout;
import org.vagus.runner.ui.SwtPresenter;

/**
 * A lab-supplied stimulus image is scaled to fit its area with its aspect ratio, its caption under it; an image file
 * that cannot be decoded falls back to the placeholder with the item code.
 */
class ImageStimulusUiTest {

    @Test
    void anImageIsScaledToFitAndABrokenOneShowsThePlaceholder(@TempDir Path dir) throws Exception {
        Display display = UiLoop.display();
        Path images = Files.createDirectories(dir.resolve("items"));
        ImageData red = new ImageData(300, 200, 24, new PaletteData(0xff0000, 0x00ff00, 0x0000ff));
        int redPixel = red.palette.getPixel(new RGB(220, 30, 30));
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                red.setPixel(x, y, redPixel);
            }
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { red };
        loader.save(images.resolve("X1.png").toString(), SWT.IMAGE_PNG);
        Files.writeString(images.resolve("X2.png"), "not a png");

        List<Trial> trials = List.of(
                Trial.of("X1", List.of(new StimulusPhase("Which piece fits?", "X1.png", Timing.millis(400), false,
                        null))),
                Trial.of("X2", List.of(new StimulusPhase(null, "X2.png", Timing.millis(400), false, null))));
        Paradigm p = new Paradigm("images", "Images", "", "images", null, List.of(new FlowStep.RunTask("t")),
                List.of(new Task("t", "T", null, List.of(), trials, List.of())));
        MonotonicClock clock = MonotonicClock.INSTANCE;
        SwtPresenter presenter = new SwtPresenter(display, clock, PresenterOptions.defaults(), null);
        List<ScreenGrab> grabs = new ArrayList<>();
        try {
            RunListener grab = new RunListener() {
                @Override
                public void screenShown(Screen screen, String trialType, long scheduledNanos, long actualNanos) {
                    display.syncExec(() -> grabs.add(ScreenGrab.of(display, "image-" + screen.itemCode())));
                }
            };
            SessionSetup setup = SessionSetup.of(clock, presenter, presenter.responses(),
                    new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime())).withImageFolder(images)
                    .withListener(grab);
            SessionResult r = UiLoop.await(UiLoop.onWorker("images",
                    new SessionRunner(p, new SessionState("01", "01", p.id(), 1), setup)::run), Duration.ofSeconds(20));
            assertTrue(r.completed());
            assertEquals(2, grabs.size());

            ScreenLayout l = presenter.layout();
            Rectangle fitted = ScreenLayout.fit(300, 200, l.stimulusArea(true));
            assertEquals(3 * fitted.height, 2 * fitted.width, 2.0, "aspect ratio 3:2 kept: " + fitted);
            ScreenGrab g = grabs.get(0);
            RGB inside = g.rgb(fitted.x + fitted.width / 2, fitted.y + fitted.height / 2);
            assertTrue(inside.red > 180 && inside.green < 80, "the red image at the centre of its place: " + inside);
            assertTrue(g.rgb(fitted.x + 2, fitted.y + 2).red > 180, "scaled up to its place's corner");
            assertTrue(g.black(fitted.x - 3, fitted.y + fitted.height / 2), "black left of the image");
            assertTrue(g.black(fitted.x + fitted.width + 2, fitted.y + fitted.height / 2), "black right of it");
            assertTrue(g.brightIn(l.captionArea()) > 100, "the caption under it");

            Rectangle box = ScreenLayout.placeholder(l.stimulusArea(false));
            ScreenGrab broken = grabs.get(1);
            assertTrue(broken.white(box.x, box.y + box.height / 2), "placeholder box for the undecodable file");
            assertFalse(broken.rgb(box.x + box.width / 2, box.y + box.height / 2).red > 180
                    && broken.rgb(box.x + box.width / 2, box.y + box.height / 2).green < 80, "no red image");
        } finally {
            presenter.close();
            UiLoop.settle();
        }
    }
}
