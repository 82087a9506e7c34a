package org.vagus.instruments;

/**
 * A model value (an instrument, item, scale, band, texts) built in code breaks a rule of the definition format.
 * It carries the relative JSON path of the offending part, so that the file reader can report it as
 * {@code file: $.path: detail} ({@link InstrumentFormatException}); built in code, the message is
 * {@code path: detail}.
 *
 * @since 0.1.0
 */
public class DefinitionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String detail;

    /**
     * @param path the path of the offending part relative to the document root, such as {@code items[3].scale};
     *            empty for the whole document
     * @param detail what is wrong and what was expected
     */
    public DefinitionException(String path, String detail) {
        super(path.isEmpty() ? detail : path + ": " + detail);
        this.path = path;
        this.detail = detail;
    }

    /**
     * A problem in a named file: the message reads {@code source: $.path: detail}.
     *
     * @param source the file or resource name
     * @param path the path relative to the document root
     * @param detail what is wrong and what was expected
     */
    public DefinitionException(String source, String path, String detail) {
        super(source + ": $" + (path.isEmpty() || path.startsWith("[") ? "" : ".") + path + ": " + detail);
        this.path = path;
        this.detail = detail;
    }

    /**
     * A member path as the file readers write it: {@code anchors.intensity} for a key that is an identifier,
     * {@code items['21']} for others.
     */
    public static String member(String parent, String key) {
        return parent + (key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key : "['" + key + "']");
    }

    /** @return the relative path ({@code items[3].scale}), empty for the document */
    public String path() {
        return path;
    }

    /** @return what is wrong, without the path */
    public String detail() {
        return detail;
    }

    /** The same problem one level down: {@code prefix} joined before this path. */
    public DefinitionException under(String prefix) {
        String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        DefinitionException e = new DefinitionException(joined, detail);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
