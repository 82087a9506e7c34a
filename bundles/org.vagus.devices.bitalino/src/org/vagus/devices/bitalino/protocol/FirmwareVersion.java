package org.vagus.devices.bitalino.protocol;

import java.nio.charset.StandardCharsets;

/**
 * The answer to the version command, such as {@code BITalino_v5.2}, and what it implies: the number after
 * {@code _v} decides the dialect ((r)evolution from 4.2 on, as the official Python API has it; the boards in the
 * field say 5.x) and the length of the state response (17 bytes from 5.2 on, 16 before).
 *
 * @param text the version line without its line break, such as {@code BITalino_v5.2}
 * @param major the number before the dot
 * @param minor the number after it (0 if none)
 * @since 0.1.0
 */
public record FirmwareVersion(String text, int major, int minor) {

    /**
     * Parses a version line. Text before {@code BITalino} (bytes left over from a stream) and after the number
     * (suffixes such as {@code _beta}) is ignored.
     *
     * @throws IllegalArgumentException if the text holds no {@code _v} followed by a number; the message quotes it
     */
    public static FirmwareVersion parse(String line) {
        String t = line.strip();
        int at = t.indexOf("BITalino");
        if (at > 0) {
            t = t.substring(at);
        }
        int v = t.indexOf("_v");
        if (v < 0) {
            throw new IllegalArgumentException("BITalino version: '" + printable(line)
                    + "', expected a text such as BITalino_v5.2");
        }
        int i = v + 2;
        int major = 0;
        int digits = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i)) && digits < 6) {
            major = major * 10 + (t.charAt(i++) - '0');
            digits++;
        }
        if (digits == 0) {
            throw new IllegalArgumentException("BITalino version: '" + printable(line) + "', expected a number after _v");
        }
        int minor = 0;
        if (i < t.length() - 1 && t.charAt(i) == '.' && Character.isDigit(t.charAt(i + 1))) {
            i++;
            digits = 0;
            while (i < t.length() && Character.isDigit(t.charAt(i)) && digits < 6) {
                minor = minor * 10 + (t.charAt(i++) - '0');
                digits++;
            }
        }
        return new FirmwareVersion(t, major, minor);
    }

    /** Parses the bytes of a version answer as ASCII; see {@link #parse(String)}. */
    public static FirmwareVersion parse(byte[] answer, int offset, int length) {
        return parse(new String(answer, offset, length, StandardCharsets.US_ASCII));
    }

    /** (r)evolution from 4.2 on, legacy before. */
    public Dialect dialect() {
        return atLeast(4, 2) ? Dialect.REVOLUTION : Dialect.LEGACY;
    }

    /** The length of the state response in bytes: 17 from 5.2 on (with the PWM byte), 16 before. */
    public int stateLength() {
        return atLeast(5, 2) ? 17 : 16;
    }

    /** True if this version is {@code major.minor} or later. */
    public boolean atLeast(int maj, int min) {
        return major > maj || (major == maj && minor >= min);
    }

    /** The number as text, such as {@code 5.2}. */
    public String number() {
        return major + "." + minor;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 32 && c < 127) {
                b.append(c);
            } else {
                b.append(String.format("\\x%02X", (int) c & 0xFF));
            }
            if (b.length() > 80) {
                b.append("...");
                break;
            }
        }
        return b.toString();
    }
}
