package org.vagus.runner.ui.photodiode;

import java.util.Locale;
import java.util.Objects;

/**
 * The square the presenter draws in a corner of the screen for a light sensor: white and black alternately, the
 * colour changing at every screen onset (in the same paint as the screen), so that each onset is a flip of the light
 * the sensor sees. The first screen of a presenter turns the square white; the square is black before it.
 *
 * @param corner where the square is
 * @param sizePixels its side in pixels (at least 8; a sensor needs about 1 cm, some 40 px on a 24-inch 1080p panel)
 * @since 0.1.0
 */
public record PhotodiodePatch(Corner corner, int sizePixels) {
    /** The side used when none is given: 60 px. */
    public static final int DEFAULT_SIZE = 60;

    /** A corner of the screen. */
    public enum Corner {
        /** Top left. */
        TOP_LEFT,
        /** Top right. */
        TOP_RIGHT,
        /** Bottom left (the usual place: away from text, reachable by the sensor's cable). */
        BOTTOM_LEFT,
        /** Bottom right. */
        BOTTOM_RIGHT;

        /** The corner named like {@code bottom-left} (case and '-'/'_' do not matter). */
        public static Corner parse(String name) {
            String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                return valueOf(n);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("photodiode corner '" + name + "': expected top-left, top-right,"
                        + " bottom-left or bottom-right", e);
            }
        }

        /** The name as written in options: {@code bottom-left}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** @throws IllegalArgumentException if the size is below 8 px */
    public PhotodiodePatch {
        Objects.requireNonNull(corner, "corner");
        if (sizePixels < 8) {
            throw new IllegalArgumentException("photodiode patch size: " + sizePixels + " px, expected at least 8 px");
        }
    }

    /** A patch of the default size in a corner. */
    public static PhotodiodePatch at(Corner corner) {
        return new PhotodiodePatch(corner, DEFAULT_SIZE);
    }

    /**
     * The square's position in a screen of the given size: {@code {x, y, side, side}}, in the screen's pixels.
     */
    public int[] bounds(int screenWidth, int screenHeight) {
        int s = Math.min(sizePixels, Math.min(screenWidth, screenHeight));
        int x = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT ? 0 : screenWidth - s;
        int y = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT ? 0 : screenHeight - s;
        return new int[] { x, y, s, s };
    }

    @Override
    public String toString() {
        return corner.label() + ", " + sizePixels + " px";
    }
}
