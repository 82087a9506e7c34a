package org.vagus.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Group time courses around an event (the seed's Figures 3A and 4A): per group the mean course with a
 * confidence band, time windows where the groups differ shaded, a vertical line at the event (0 s) and a
 * horizontal line at zero change.
 *
 * @param title the panel title
 * @param x the time axis, seconds relative to the event
 * @param y the value axis (e.g. HR change in bpm, nHF change dimensionless)
 * @param courses the group courses
 * @param shades shaded x intervals (significant windows), drawn behind the data
 * @param markers vertical reference lines, such as {@link Marker#event()}
 * @param bandLabel what the bands are, e.g. "95 % CI", for the legend and the description
 * @param zeroLine whether to draw a horizontal line at y = 0
 * @since 0.1.0
 */
public record TimeCoursePanel(String title, Axis x, Axis y, List<Course> courses, List<Shade> shades,
        List<Marker> markers, String bandLabel, boolean zeroLine) implements Panel {

    /**
     * One group's course: the mean with an optional band. NaN marks a gap (no participant there); the line
     * and the band are interrupted at gaps.
     *
     * @param name shown in the legend
     * @param colour the line colour; the band is drawn in the same colour, translucent
     * @param time strictly increasing, seconds from the event
     * @param mean the mean at each time
     * @param lower the lower band limit at each time, or null for no band
     * @param upper the upper band limit, null exactly when {@code lower} is
     */
    public record Course(String name, Rgb colour, double[] time, double[] mean, double[] lower, double[] upper) {
        public Course {
            Checks.text("course name", name);
            Objects.requireNonNull(colour, "course colour");
            time = Checks.finite(name + " time", time);
            for (int i = 1; i < time.length; i++) {
                if (!(time[i] > time[i - 1])) {
                    throw new IllegalArgumentException(name + " time must increase strictly, but time[" + i + "] = "
                            + time[i] + " follows " + time[i - 1]);
                }
            }
            mean = Checks.gaps(name + " mean", mean);
            Checks.sameLength(name + " mean", time.length, mean);
            if ((lower == null) != (upper == null)) {
                throw new IllegalArgumentException(name + ": give both band limits or neither");
            }
            if (lower != null) {
                lower = Checks.gaps(name + " lower", lower);
                upper = Checks.gaps(name + " upper", upper);
                Checks.sameLength(name + " lower", time.length, lower);
                Checks.sameLength(name + " upper", time.length, upper);
            }
        }

        /**
         * A course sampled on a regular grid: point {@code i} at {@code start + i / rateHz} seconds.
         */
        public static Course onGrid(String name, Rgb colour, double start, double rateHz, double[] mean,
                double[] lower, double[] upper) {
            if (!(rateHz > 0) || !Double.isFinite(rateHz) || !Double.isFinite(start)) {
                throw new IllegalArgumentException(name + ": rate must be positive and start finite");
            }
            double[] t = new double[mean.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = start + i / rateHz;
            }
            return new Course(name, colour, t, mean, lower, upper);
        }

        public boolean hasBand() {
            return lower != null;
        }

        public int length() {
            return time.length;
        }

        @Override
        public double[] time() {
            return time.clone();
        }

        @Override
        public double[] mean() {
            return mean.clone();
        }

        /** The lower limits, or null without band. */
        @Override
        public double[] lower() {
            return lower == null ? null : lower.clone();
        }

        /** The upper limits, or null without band. */
        @Override
        public double[] upper() {
            return upper == null ? null : upper.clone();
        }
    }

    /**
     * A shaded interval of the x axis.
     *
     * @param start seconds
     * @param end seconds, greater than start
     * @param label the legend text, e.g. "Group difference, cluster-corrected p < .05"
     * @param colour the fill colour (drawn translucent)
     */
    public record Shade(double start, double end, String label, Rgb colour) {
        public Shade {
            if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
                throw new IllegalArgumentException("shaded interval [" + start + ", " + end
                        + "]: expected finite bounds with start < end");
            }
            Checks.text("shade label", label);
            Objects.requireNonNull(colour, "shade colour");
        }

        /** A significant window in the palette's pink. */
        public static Shade significant(double start, double end, String label) {
            return new Shade(start, end, label, Palette.SIGNIFICANT);
        }
    }

    public TimeCoursePanel {
        Checks.text("panel title", title);
        Objects.requireNonNull(x, "x axis");
        Objects.requireNonNull(y, "y axis");
        courses = List.copyOf(courses);
        shades = List.copyOf(shades);
        markers = List.copyOf(markers);
        Objects.requireNonNull(bandLabel, "band label");
        if (courses.isEmpty()) {
            throw new IllegalArgumentException(title + ": a time-course panel needs at least one course");
        }
    }

    public static Builder builder(String title, Axis x, Axis y) {
        return new Builder(title, x, y);
    }

    @Override
    public String description() {
        return "time courses of " + y.title() + " over " + x.title() + " for " + courses.size() + " groups"
                + (bandLabel.isEmpty() ? "" : " with " + bandLabel + " bands")
                + (shades.isEmpty() ? "" : ", " + shades.size() + " shaded windows");
    }

    /** Collects courses, shades and markers; the event line at 0 s and the zero line are on by default. */
    public static final class Builder {
        private final String title;
        private final Axis x;
        private final Axis y;
        private final List<Course> courses = new ArrayList<>();
        private final List<Shade> shades = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private String bandLabel = "95 % CI";
        private boolean eventLine = true;
        private boolean zeroLine = true;

        private Builder(String title, Axis x, Axis y) {
            this.title = title;
            this.x = x;
            this.y = y;
        }

        public Builder course(Course c) {
            courses.add(c);
            return this;
        }

        public Builder shade(Shade s) {
            shades.add(s);
            return this;
        }

        public Builder marker(Marker m) {
            markers.add(m);
            return this;
        }

        public Builder bandLabel(String label) {
            bandLabel = label;
            return this;
        }

        /** Whether to draw {@link Marker#event()} at 0 s (default on). */
        public Builder eventLine(boolean on) {
            eventLine = on;
            return this;
        }

        public Builder zeroLine(boolean on) {
            zeroLine = on;
            return this;
        }

        public TimeCoursePanel build() {
            List<Marker> all = new ArrayList<>();
            if (eventLine) {
                all.add(Marker.event());
            }
            all.addAll(markers);
            return new TimeCoursePanel(title, x, y, courses, shades, all, bandLabel, zeroLine);
        }
    }
}
