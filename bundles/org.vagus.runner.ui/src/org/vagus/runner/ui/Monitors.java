package org.vagus.runner.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Monitor;

/**
 * The monitors a presentation can use, by their index in {@code Display.getMonitors()}. UI thread.
 *
 * @since 0.1.0
 */
public final class Monitors {
    private static final System.Logger LOG = System.getLogger(Monitors.class.getName());

    private Monitors() {
    }

    /** The monitor with this index, or the primary one for -1 or an index beyond the monitors present. */
    public static Monitor pick(Display display, int index) {
        Monitor[] all = display.getMonitors();
        if (index >= 0 && index < all.length) {
            return all[index];
        }
        if (index >= all.length) {
            LOG.log(System.Logger.Level.WARNING, "monitor " + index + " is not connected (" + all.length
                    + " monitors); presenting on the primary monitor");
        }
        return display.getPrimaryMonitor();
    }

    /** One line per monitor: {@code 0: 1920 x 1080 at 0,0 (primary)}. */
    public static List<String> describe(Display display) {
        Monitor primary = display.getPrimaryMonitor();
        List<String> out = new ArrayList<>();
        Monitor[] all = display.getMonitors();
        for (int i = 0; i < all.length; i++) {
            Rectangle b = all[i].getBounds();
            out.add(i + ": " + b.width + " x " + b.height + " at " + b.x + "," + b.y
                    + (all[i].equals(primary) ? " (primary)" : ""));
        }
        return out;
    }
}
