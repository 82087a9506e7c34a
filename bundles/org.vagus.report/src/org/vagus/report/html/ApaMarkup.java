package org.vagus.report.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vagus.report.internal.Xml;

/**
 * Escapes a result text for HTML and sets statistical symbols in italics, as APA style asks: {@code t},
 * {@code p}, {@code r}, {@code d}, {@code F}, {@code M}, {@code SD}, {@code n}, {@code N} standing alone before
 * "(", "=", "&lt;" or "&gt;"; {@code r_s} and {@code d_z} as an italic letter with a subscript. Greek letters
 * (χ², φ) stay upright.
 */
final class ApaMarkup {
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.])(SD|M|N|n|t|p|r|d|F)(?:_([sz]))?(?=\\s?(?:\\(|=|&lt;|&gt;|\u2264|\u2265))");

    private ApaMarkup() {
    }

    static String html(String text) {
        String escaped = Xml.escape(text);
        Matcher m = SYMBOL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String sub = m.group(2) == null ? "" : "<sub>" + m.group(2) + "</sub>";
            m.appendReplacement(out, Matcher.quoteReplacement("<i>" + m.group(1) + "</i>" + sub));
        }
        m.appendTail(out);
        return out.toString();
    }
}
