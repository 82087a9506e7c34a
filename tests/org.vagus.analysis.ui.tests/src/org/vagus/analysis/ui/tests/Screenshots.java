package org.vagus.analysis.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Saves what a control shows as a PNG into target/screenshots of this test bundle (GC.copyArea of the shown
 * control) and copies it to /tmp/screenshots, where the lead looks at them.
 */
final class Screenshots {
    static final Path DIR = bundleDir().resolve("target").resolve("screenshots");
    static final Path SHARED = Path.of("/tmp", "screenshots");

    private Screenshots() {
    }

    /**
     * This test bundle's folder: the working directory or the nearest folder above it named after the bundle (Tycho
     * runs tests in target/work), so the screenshots land in tests/org.vagus.analysis.ui.tests/target/screenshots.
     */
    private static Path bundleDir() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path d = cwd; d != null; d = d.getParent()) {
            if (d.getFileName() != null && d.getFileName().toString().equals("org.vagus.analysis.ui.tests")
                    && Files.isDirectory(d.resolve("META-INF"))) {
                return d;
            }
            Path child = d.resolve("tests").resolve("org.vagus.analysis.ui.tests");
            if (Files.isDirectory(child.resolve("META-INF"))) {
                return child;
            }
        }
        return cwd;
    }

    static Path save(Control control, String name) throws IOException {
        Waiting.pump(control.getDisplay());
        control.update();
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(control);
            try {
                gc.copyArea(image, 0, 0);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            try {
                Files.createDirectories(SHARED);
                Files.copy(file, SHARED.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // the shared copy is a convenience; the test's own file is what counts
            }
            return file;
        } finally {
            image.dispose();
        }
    }
}
