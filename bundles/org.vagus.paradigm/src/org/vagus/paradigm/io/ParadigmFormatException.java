package org.vagus.paradigm.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A paradigm file that cannot be read: not JSON, a field of the wrong kind, an unknown phase type, a newer format.
 * The message names the file, the element (a path such as {@code tasks[0].trials[3].phases[1].durationMs}) and what
 * was expected.
 *
 * @since 0.1.0
 */
public class ParadigmFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String element;

    /**
     * @param file the file, or null for text not from a file
     * @param element the path of the element at fault, or empty for the whole file
     * @param problem what is wrong and what was expected
     */
    public ParadigmFormatException(Path file, String element, String problem) {
        super((file == null ? "paradigm" : file.toString()) + (element.isEmpty() ? "" : ": at " + element) + ": "
                + problem);
        this.file = file;
        this.element = element;
    }

    /** The file, or null. */
    public Path file() {
        return file;
    }

    /** The path of the element at fault, such as {@code tasks[0].trials[3]}; empty for the whole file. */
    public String element() {
        return element;
    }
}
