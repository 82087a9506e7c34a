package org.vagus.report.figure;

import java.util.Locale;

/**
 * An opaque sRGB colour, independent of any toolkit (AWT for the report, SWT for the workbench).
 *
 * @param red 0..255
 * @param green 0..255
 * @param blue 0..255
 * @since 0.1.0
 */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        check("red", red);
        check("green", green);
        check("blue", blue);
    }

    /** The colour of a CSS-style hex string, {@code #RRGGBB}. */
    public static Rgb hex(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("colour '" + hex + "': expected #RRGGBB");
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    /** {@code #rrggbb}, lower case. */
    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The colour blended with white: {@code fraction} 0 gives this colour, 1 gives white. */
    public Rgb lighter(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must lie in [0, 1], got " + fraction);
        }
        return new Rgb(mix(red, fraction), mix(green, fraction), mix(blue, fraction));
    }

    private static int mix(int c, double f) {
        return (int) Math.round(c + (255 - c) * f);
    }

    private static void check(String what, int v) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException(what + " must lie in 0..255, got " + v);
        }
    }

    @Override
    public String toString() {
        return toHex();
    }
}
