package org.vagus.cli;

/**
 * Arguments that do not fit a command's usage. The command line prints the message, then the usage, and
 * exits with status 2.
 *
 * @since 0.1.0
 */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
