package org.vagus.report.internal;

/** Escaping of text for XML and HTML content and attribute values. */
public final class Xml {
    private Xml() {
    }

    /**
     * {@code & < > " '} as character references; control characters that XML 1.0 forbids are dropped, so any
     * string gives well-formed output.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
