package org.vagus.instruments;

import java.io.IOException;

/**
 * A definition, texts, demographics or eligibility file does not have the expected content. The message names
 * the file (or resource), the JSON path of the offending value and what was expected, for example
 * {@code my-scale.json: $.items[3].scale: unknown scale 'freq'; expected one of frequency, agreement}.
 *
 * @since 0.1.0
 */
public class InstrumentFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;

    /**
     * @param source the file or resource name, as the user knows it
     * @param path the JSON path of the offending value, such as {@code $.items[3].scale}; {@code $} for the
     *            whole document
     * @param detail what is wrong and what was expected
     */
    public InstrumentFormatException(String source, String path, String detail) {
        super(source + ": " + path + ": " + detail);
        this.source = source;
        this.path = path;
    }

    /** As {@link #InstrumentFormatException(String, String, String)}, with the cause (a JSON syntax error). */
    public InstrumentFormatException(String source, String path, String detail, Throwable cause) {
        super(source + ": " + path + ": " + detail, cause);
        this.source = source;
        this.path = path;
    }

    /** @return the file or resource name */
    public String source() {
        return source;
    }

    /** @return the JSON path of the offending value ({@code $} for the document) */
    public String path() {
        return path;
    }
}
