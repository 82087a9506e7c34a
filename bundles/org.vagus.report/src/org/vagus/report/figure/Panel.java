package org.vagus.report.figure;

/**
 * One panel of a {@link Figure}: a plot with its title and axes. The kinds are those of the seed paper's
 * figures; renderers (JFreeChart for files, SWTChart in the workbench) draw each kind from the same data.
 *
 * @since 0.1.0
 */
public sealed interface Panel permits HistogramPanel, TimeCoursePanel, BarPanel, ScatterPanel {

    /** The title drawn above the plot. */
    String title();

    /** A one-line description for screen readers and alternative text, e.g. "histogram of SCS score". */
    String description();
}
