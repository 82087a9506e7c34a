package org.vagus.cli;

import java.util.List;

/**
 * One sub-command of the headless {@code vagus} command line, contributed through the extension point
 * {@code org.vagus.cli.commands}. A command runs without a display and must not touch SWT or the workbench.
 *
 * @since 0.1.0
 */
public interface VagusCommand {

    /** One line for {@code vagus --help}. */
    String summary();

    /** The usage text for {@code vagus help NAME}: synopsis first, then options, one per line. */
    String usage();

    /**
     * Runs the command.
     *
     * @param context where to print and how to resolve paths the user typed
     * @param args the arguments after the command name
     * @return the process exit status: 0 for success
     * @throws UsageException for arguments that do not fit {@link #usage()}: exit status 2
     * @throws Exception any other failure: the command line prints its message and exits with status 1
     */
    int run(CommandContext context, List<String> args) throws Exception;
}
