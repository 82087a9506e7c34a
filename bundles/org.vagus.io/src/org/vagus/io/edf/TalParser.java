package org.vagus.io.edf;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.vagus.io.FormatException;

/**
 * Parses the bytes an annotations signal holds in one data record into time-stamped annotation lists (TALs),
 * Kemp and Olivan 2003, section 2.2.2:
 *
 * <pre>
 * TAL   = '+' | '-' onset [0x15 duration] 0x14 { text 0x14 } 0x00
 * </pre>
 *
 * onset and duration are decimal seconds (onset signed, duration not); the texts are UTF-8. TALs follow each
 * other; the bytes after the last one are 0. In the first annotations signal, the first TAL of every data record
 * is the record's time-keeping TAL: its first text is empty and its onset is the record's start, in seconds after
 * the header's start time.
 */
final class TalParser {
    private static final Pattern ONSET = Pattern.compile("[+-]([0-9]+\\.?[0-9]*|\\.[0-9]+)");
    private static final Pattern DURATION = Pattern.compile("[0-9]+\\.?[0-9]*|\\.[0-9]+");
    private static final byte ANNOTATION_END = 0x14;
    private static final byte DURATION_START = 0x15;

    /**
     * One TAL.
     *
     * @param onset seconds after the header's start time
     * @param duration seconds, or NaN when not given
     * @param texts the texts in order; the time-keeping TAL's first text is empty
     * @param fileOffset the byte offset of the TAL in the file, for messages
     */
    record Tal(double onset, double duration, List<String> texts, long fileOffset) {
    }

    private TalParser() {
    }

    /**
     * Parses {@code len} bytes from {@code off}.
     *
     * @param fileOffset the file offset of {@code b[off]}, for messages
     * @param where the data record and signal, for messages
     * @throws FormatException naming the byte offset of a TAL that does not follow the grammar
     */
    static List<Tal> parse(Path file, byte[] b, int off, int len, long fileOffset, String where)
            throws FormatException {
        List<Tal> out = new ArrayList<>();
        int end = off + len;
        int p = off;
        while (p < end) {
            if (b[p] == 0) {
                p++;
                continue;
            }
            int start = p;
            long at = fileOffset + (start - off);
            int zero = indexOf(b, start, end, (byte) 0);
            if (zero < 0) {
                throw bad(file, at, where, "TAL '" + show(b, start, end) + "' runs to the end of the annotations"
                        + " signal without its closing 0 byte (expected +onset[0x15 duration]0x14 text 0x14 0x00)");
            }
            int sep = indexOf(b, start, zero, ANNOTATION_END);
            if (sep < 0) {
                throw bad(file, at, where, "TAL '" + show(b, start, zero) + "' has no 0x14 after its onset"
                        + " (expected +onset[0x15 duration]0x14 text 0x14 0x00)");
            }
            if (b[zero - 1] != ANNOTATION_END) {
                throw bad(file, at, where, "TAL '" + show(b, start, zero) + "' does not end with 0x14 before its 0"
                        + " byte");
            }
            int dur = indexOf(b, start, sep, DURATION_START);
            String onsetText = new String(b, start, (dur < 0 ? sep : dur) - start, StandardCharsets.ISO_8859_1);
            if (!ONSET.matcher(onsetText).matches()) {
                throw bad(file, at, where, "TAL onset '" + printable(onsetText) + "' is not a signed decimal"
                        + " number of seconds such as +1.5 or -0.25 (a TAL must start with '+' or '-')");
            }
            double duration = Double.NaN;
            if (dur >= 0) {
                String durationText = new String(b, dur + 1, sep - dur - 1, StandardCharsets.ISO_8859_1);
                if (!DURATION.matcher(durationText).matches()) {
                    throw bad(file, fileOffset + (dur + 1 - off), where, "TAL duration '" + printable(durationText)
                            + "' is not an unsigned decimal number of seconds");
                }
                duration = Double.parseDouble(durationText);
            }
            List<String> texts = new ArrayList<>();
            int from = sep + 1;
            for (int i = sep + 1; i < zero; i++) {
                if (b[i] == ANNOTATION_END) {
                    texts.add(utf8(file, b, from, i, fileOffset + (from - off), where));
                    from = i + 1;
                } else if (b[i] == DURATION_START) {
                    throw bad(file, fileOffset + (i - off), where, "byte 0x15 inside an annotation text (0x15 may"
                            + " only separate onset and duration)");
                }
            }
            out.add(new Tal(Double.parseDouble(onsetText), duration, texts, at));
            p = zero + 1;
        }
        return out;
    }

    private static String utf8(Path file, byte[] b, int from, int to, long at, String where) throws FormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw bad(file, at, where, "annotation text '" + show(b, from, to) + "' is not valid UTF-8");
        }
    }

    private static int indexOf(byte[] b, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static FormatException bad(Path file, long at, String where, String problem) {
        return new FormatException(file, "byte " + at, where + ": " + problem);
    }

    /** Up to 40 bytes as text with control bytes shown as hex, for messages. */
    private static String show(byte[] b, int from, int to) {
        return printable(new String(b, from, Math.min(to - from, 40), StandardCharsets.ISO_8859_1))
                + (to - from > 40 ? "..." : "");
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("<0x%02x>", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
