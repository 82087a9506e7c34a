package org.vagus.report.figure;

import java.util.List;
import java.util.Objects;

import org.vagus.stats.Apa;
import org.vagus.stats.CorrelationResult;
import org.vagus.stats.Correlations;

/**
 * Paired values as points, coloured by group, with the least-squares line over all points and Pearson's r
 * and p in the legend (the seed's Figure 4C: nHF change against HAMA, r = -.32). The fit and the
 * correlation are computed here from the drawn points, so the legend always matches the picture.
 *
 * @param title the panel title
 * @param x the x axis
 * @param y the y axis
 * @param groups the point groups
 * @param showFit whether to draw the regression line and its legend entry
 * @since 0.1.0
 */
public record ScatterPanel(String title, Axis x, Axis y, List<PointGroup> groups, boolean showFit) implements Panel {

    /**
     * One group's points.
     *
     * @param name shown in the legend
     * @param colour the point colour
     * @param x the x values, finite
     * @param y the y values, finite, as many as x
     */
    public record PointGroup(String name, Rgb colour, double[] x, double[] y) {
        public PointGroup {
            Checks.text("group name", name);
            Objects.requireNonNull(colour, "group colour");
            x = Checks.finite(name + " x", x);
            y = Checks.finite(name + " y", y);
            Checks.sameLength(name + " y", x.length, y);
        }

        public int size() {
            return x.length;
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }
    }

    public ScatterPanel {
        Checks.text("panel title", title);
        Objects.requireNonNull(x, "x axis");
        Objects.requireNonNull(y, "y axis");
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException(title + ": a scatter panel needs at least one group");
        }
        if (showFit && pooled(groups, true).length < 3) {
            throw new IllegalArgumentException(title + ": a fit with r and p needs at least 3 points");
        }
    }

    /** All x values, groups in order. */
    public double[] allX() {
        return pooled(groups, true);
    }

    /** All y values, groups in order. */
    public double[] allY() {
        return pooled(groups, false);
    }

    /** The number of points. */
    public int size() {
        return groups.stream().mapToInt(PointGroup::size).sum();
    }

    /** The least-squares line over all points. */
    public LinearFit fit() {
        return LinearFit.of(allX(), allY());
    }

    /** Pearson's correlation over all points, with its two-sided p. */
    public CorrelationResult correlation() {
        return Correlations.pearson(allX(), allY());
    }

    /** The legend text of the fit: {@code r(75) = -.32, p = .005}. */
    public String fitLabel() {
        CorrelationResult c = correlation();
        return "r(" + c.df() + ") = " + Apa.r(c.r()) + ", " + Apa.p(c.p());
    }

    private static double[] pooled(List<PointGroup> groups, boolean xs) {
        int n = 0;
        for (PointGroup g : groups) {
            n += g.size();
        }
        double[] out = new double[n];
        int k = 0;
        for (PointGroup g : groups) {
            double[] v = xs ? g.x : g.y;
            System.arraycopy(v, 0, out, k, v.length);
            k += v.length;
        }
        return out;
    }

    @Override
    public String description() {
        return "scatter plot of " + y.title() + " against " + x.title() + (showFit ? " with regression line, "
                + fitLabel() : "");
    }
}
