package org.vagus.app.internal;

import java.nio.file.Path;

/**
 * Options of the workbench application: {@code -study DIR} opens a study folder at start-up. The
 * environment variable {@code VAGUS_STARTUP_PROBE} makes the workbench print one line when its first window
 * is painted ({@code exit}: and then close), which the start-up benchmark and end-to-end tests read.
 */
public record StartupOptions(Path study, String probe) {

    public static StartupOptions parse(String[] args) {
        Path study = null;
        if (args != null) {
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals("-study") || args[i].equals("--study")) {
                    study = Path.of(args[i + 1]).toAbsolutePath();
                }
            }
        }
        return new StartupOptions(study, System.getenv("VAGUS_STARTUP_PROBE"));
    }
}
