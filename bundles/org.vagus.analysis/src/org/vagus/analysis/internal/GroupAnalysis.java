package org.vagus.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.RecipeException;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.analysis.results.GroupCourse;
import org.vagus.analysis.results.GroupResult;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.analysis.results.WindowComparison;
import org.vagus.core.model.Participant;

/**
 * The group level of an analysis, after every participant: grouping, Table 1, group t-tests, the groups' mean
 * courses with 95 % CI, the sliding-window comparisons and the correlations. Sequential and deterministic (the
 * permutations are seeded by the recipe), so the numbers depend only on the inputs.
 */
public final class GroupAnalysis {
    private GroupAnalysis() {
    }

    /**
     * @param participants the study's participants with their participants.tsv attributes
     * @param columns the participants.tsv columns after participant_id
     * @param results the participants' results
     * @param warnings receives one line per test that could not be made
     * @throws RecipeException if the grouping column is missing or too few participants have a score
     */
    public static GroupResult run(Recipe recipe, List<Participant> participants, List<String> columns,
            List<ParticipantResult> results, List<String> warnings) throws RecipeException {
        GroupAssignment grouping = Grouping.assign(recipe.grouping(), participants, columns);
        grouping.ungrouped().forEach(u -> warnings.add("not grouped: " + u));
        Variables variables = new Variables(recipe, participants, columns, results);
        GroupStatistics stats = new GroupStatistics(recipe, variables, grouping, warnings);
        CourseStatistics courses = new CourseStatistics(recipe, variables, warnings);
        List<GroupCourse> means = new ArrayList<>();
        for (String course : List.of(Recipe.COURSE_HR, Recipe.COURSE_NHF)) {
            GroupCourse a = courses.groupCourse(course, grouping.group1(), stats.group1());
            GroupCourse b = courses.groupCourse(course, grouping.group2(), stats.group2());
            if (a != null) {
                means.add(a);
            }
            if (b != null) {
                means.add(b);
            }
        }
        List<WindowComparison> windows = new ArrayList<>();
        for (Recipe.SlidingCourse c : recipe.statistics().slidingWindows().courses()) {
            WindowComparison w = courses.compare(c, grouping.group1(), stats.group1(), grouping.group2(),
                    stats.group2());
            if (w != null) {
                if (!w.left().isEmpty()) {
                    warnings.add("sliding windows of " + c.course() + ": left out for a gap in their course: "
                            + String.join(", ", w.left()));
                }
                windows.add(w);
            }
        }
        return new GroupResult(grouping, stats.table1(), stats.tests(), means, windows, stats.correlations());
    }
}
