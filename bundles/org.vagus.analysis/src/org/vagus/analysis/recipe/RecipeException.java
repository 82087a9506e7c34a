package org.vagus.analysis.recipe;

import java.io.IOException;

/**
 * A recipe that cannot be run as written. The message names the recipe (file name, or {@code recipe} for one
 * built in memory), the JSON path of the offending value in the form {@code $.epochs.end_s} or
 * {@code $.features[2].to_s}, what was found and what was expected, for example
 * {@code seed.json: $.epochs.baseline_end_s: 7, expected a time within the epoch -1..6 s}.
 *
 * @since 0.1.0
 */
public class RecipeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String detail;

    /**
     * @param source the file name or {@code recipe}
     * @param path the JSON path, {@code $} for the whole document
     * @param detail what is wrong and what was expected
     */
    public RecipeException(String source, String path, String detail) {
        super(source + ": " + path + ": " + detail);
        this.source = source;
        this.path = path;
        this.detail = detail;
    }

    /** As {@link #RecipeException(String, String, String)}, with the cause (a JSON syntax error, a step's refusal). */
    public RecipeException(String source, String path, String detail, Throwable cause) {
        super(source + ": " + path + ": " + detail, cause);
        this.source = source;
        this.path = path;
        this.detail = detail;
    }

    /** The file name or {@code recipe}. */
    public String source() {
        return source;
    }

    /** The JSON path of the offending value, such as {@code $.epochs.end_s}. */
    public String path() {
        return path;
    }

    /** What is wrong, without the source and path. */
    public String detail() {
        return detail;
    }
}
