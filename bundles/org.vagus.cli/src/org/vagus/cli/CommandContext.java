package org.vagus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command gets from the command line: output streams, the directory the user started {@code vagus}
 * in, the installation folder and the environment.
 *
 * @param out standard output, for results
 * @param err standard error, for progress and warnings
 * @param workingDirectory the user's current directory; relative paths resolve against it
 * @param installation the product folder, or {@code null} when not started by the launcher script
 * @param environment the process environment (read-only)
 * @since 0.1.0
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory, Path installation,
        Map<String, String> environment) {

    public CommandContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        environment = Map.copyOf(environment);
    }

    /** Resolves a path the user typed against the working directory. */
    public Path resolve(String userPath) {
        return workingDirectory.resolve(userPath).normalize();
    }
}
