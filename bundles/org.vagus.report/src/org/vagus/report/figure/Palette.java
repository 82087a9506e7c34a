package org.vagus.report.figure;

import java.util.List;

/**
 * The colour-blind safe palette of Okabe and Ito (2008, "Color Universal Design"), distinguishable under
 * protanopia, deuteranopia and tritanopia and in greyscale print by lightness. Groups take
 * {@link #groups()} in order: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow.
 *
 * @since 0.1.0
 */
public final class Palette {
    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb ORANGE = new Rgb(230, 159, 0);
    public static final Rgb SKY_BLUE = new Rgb(86, 180, 233);
    public static final Rgb BLUISH_GREEN = new Rgb(0, 158, 115);
    public static final Rgb YELLOW = new Rgb(240, 228, 66);
    public static final Rgb BLUE = new Rgb(0, 114, 178);
    public static final Rgb VERMILLION = new Rgb(213, 94, 0);
    public static final Rgb REDDISH_PURPLE = new Rgb(204, 121, 167);
    /** Neutral grey for reference lines that are not data. */
    public static final Rgb GREY = new Rgb(102, 102, 102);
    /**
     * The shading of significant time windows: reddish purple lightened to a pale pink (the seed's figures
     * shade them pink), which stays distinct from both group colours.
     */
    public static final Rgb SIGNIFICANT = REDDISH_PURPLE.lighter(0.6);

    private static final List<Rgb> GROUPS = List.of(BLUE, VERMILLION, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE,
            YELLOW);

    private Palette() {
    }

    /** The group colours in order of use. */
    public static List<Rgb> groups() {
        return GROUPS;
    }

    /** The colour of group {@code i} (0-based); the palette repeats after seven groups. */
    public static Rgb group(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("group index must be 0 or more, got " + i);
        }
        return GROUPS.get(i % GROUPS.size());
    }
}
