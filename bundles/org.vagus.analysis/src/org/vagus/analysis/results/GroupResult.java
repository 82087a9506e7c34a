package org.vagus.analysis.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vagus.stats.Table1;

/**
 * The group level of an analysis.
 *
 * @param grouping who is in which group
 * @param table1 the characteristics table, or null if none of its columns was in participants.tsv
 * @param tests the group t-tests, in recipe order
 * @param courses the groups' mean courses with 95 % CI: for each course, group 1 then group 2
 * @param windows the sliding-window comparisons, in recipe order
 * @param correlations the correlations, in recipe order
 * @since 0.1.0
 */
public record GroupResult(GroupAssignment grouping, Table1 table1, List<GroupTest> tests, List<GroupCourse> courses,
        List<WindowComparison> windows, List<CorrelationTest> correlations) {
    public GroupResult {
        Objects.requireNonNull(grouping, "grouping");
        tests = List.copyOf(tests);
        courses = List.copyOf(courses);
        windows = List.copyOf(windows);
        correlations = List.copyOf(correlations);
    }

    /** The test of a variable, if it was run. */
    public Optional<GroupTest> test(String variable) {
        return tests.stream().filter(t -> t.variable().equals(variable)).findFirst();
    }

    /** The mean course of a group, if made. */
    public Optional<GroupCourse> course(String course, String group) {
        return courses.stream().filter(c -> c.course().equals(course) && c.group().equals(group)).findFirst();
    }

    /** The sliding-window comparison of a course, if run. */
    public Optional<WindowComparison> window(String course) {
        return windows.stream().filter(w -> w.course().equals(course)).findFirst();
    }
}
