package org.vagus.analysis.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.report.StudyFigures;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.GroupCourse;
import org.vagus.report.figure.Axis;
import org.vagus.report.figure.Figure;
import org.vagus.report.figure.Palette;
import org.vagus.report.figure.TimeCoursePanel;

/**
 * The figures of a group result: those of {@link StudyFigures#build(AnalysisResult, Recipe)} (the seed's Figures
 * 2-4, the ones the report renders with JFreeChart), so that the workbench and the report show the same figures;
 * when a recipe yields none of them, the groups' event-locked courses with their 95 % CI bands, in the same model.
 */
public final class StudyFiguresBridge {
    private StudyFiguresBridge() {
    }

    /** The report's figures, or the fallback courses. */
    public static List<Figure> build(AnalysisResult result, Recipe recipe) {
        return reportFigures(result, recipe).orElseGet(() -> courses(result));
    }

    /** The report's figures ({@code StudyFigures.build}); empty if the result has none to show. */
    static Optional<List<Figure>> reportFigures(AnalysisResult result, Recipe recipe) {
        List<Figure> figures = StudyFigures.build(result, recipe);
        return figures.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(figures));
    }

    /** One figure per course (heart rate, nHF): each group's mean with its 95 % CI band, the event at 0 s. */
    static List<Figure> courses(AnalysisResult result) {
        List<Figure> out = new ArrayList<>();
        String g1 = result.group().grouping().group1();
        String g2 = result.group().grouping().group2();
        for (String course : List.of(Recipe.COURSE_HR, Recipe.COURSE_NHF)) {
            boolean hr = course.equals(Recipe.COURSE_HR);
            Axis y = Axis.of(hr ? "HR change" : "nHF change", hr ? org.vagus.core.units.Unit.BEATS_PER_MINUTE
                    : org.vagus.core.units.Unit.DIMENSIONLESS);
            TimeCoursePanel.Builder b = TimeCoursePanel.builder(hr ? "Heart rate" : "nHF",
                    Axis.of("Time from event", org.vagus.core.units.Unit.SECOND), y);
            int added = 0;
            String[] groups = {g1, g2};
            for (int i = 0; i < groups.length; i++) {
                Optional<GroupCourse> c = result.group().course(course, groups[i]);
                if (c.isPresent() && c.get().length() > 1) {
                    GroupCourse gc = c.get();
                    b.course(TimeCoursePanel.Course.onGrid(groups[i] + " (n = " + result.group().grouping()
                            .size(groups[i]) + ")", Palette.group(i), gc.seconds(0), gc.rate().hertz(), gc.mean(),
                            gc.ciLow(), gc.ciHigh()));
                    added++;
                }
            }
            if (added > 0) {
                out.add(Figure.builder(course + "-courses", (hr ? "Heart-rate" : "nHF") + " change by group")
                        .caption("Mean change from baseline around the events with 95 % confidence bands.")
                        .columns(1).panel(b.build()).build());
            }
        }
        return out;
    }
}
