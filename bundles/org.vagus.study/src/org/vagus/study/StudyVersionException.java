package org.vagus.study;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A study folder was written by a newer Vagus, in a format version this one cannot read.
 *
 * @since 0.1.0
 */
public class StudyVersionException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int found;
    private final int supported;

    /**
     * @param study the study folder
     * @param found the folder's format version
     * @param supported the newest format version this Vagus reads
     */
    public StudyVersionException(Path study, int found, int supported) {
        super("study " + study + " has format version " + found + "; this Vagus reads up to " + supported
                + ": update Vagus");
        this.found = found;
        this.supported = supported;
    }

    /** The folder's format version. */
    public int found() {
        return found;
    }

    /** The newest format version this Vagus reads. */
    public int supported() {
        return supported;
    }
}
