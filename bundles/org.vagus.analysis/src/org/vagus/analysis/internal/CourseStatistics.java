package org.vagus.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.GroupCourse;
import org.vagus.analysis.results.ParticipantCourse;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.analysis.results.WindowComparison;
import org.vagus.core.model.Participant;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.beats.RegularSeries;
import org.vagus.stats.ClusterPermutationTest;
import org.vagus.stats.SlidingWindowResult;
import org.vagus.stats.SlidingWindows;

/**
 * The groups' event-locked courses: each group's mean with its 95 % confidence interval at every point, and the
 * sliding-window comparison of the two groups (Student's t per window, FDR over the windows, clusters of windows by
 * permutation; {@link SlidingWindows}) over the part of the epoch the recipe searches.
 */
final class CourseStatistics {
    private static final double CONFIDENCE = 0.95;

    private final Recipe recipe;
    private final Variables variables;
    private final List<String> warnings;

    CourseStatistics(Recipe recipe, Variables variables, List<String> warnings) {
        this.recipe = recipe;
        this.variables = variables;
        this.warnings = warnings;
    }

    /** A participant's course with its {@code sub-} name. */
    private record Member(String name, ParticipantCourse course) {
    }

    /** The course of each member of a group that has it. */
    private List<Member> courses(List<Participant> group, String course) {
        List<Member> out = new ArrayList<>();
        for (Participant p : group) {
            ParticipantResult r = variables.result(p);
            if (r != null) {
                r.course(course).ifPresent(c -> out.add(new Member(p.bidsName(), c)));
            }
        }
        return out;
    }

    /** A group's mean course with 95 % CI, or null if no member has the course. */
    GroupCourse groupCourse(String course, String group, List<Participant> members) {
        List<Member> courses = courses(members, course);
        if (courses.isEmpty()) {
            warnings.add("no " + course + " course in group " + group + "; its mean course is missing");
            return null;
        }
        RegularSeries first = courses.get(0).course().mean();
        int m = first.length();
        int k = courses.size();
        double[][] rows = new double[k][];
        for (int i = 0; i < k; i++) {
            rows[i] = courses.get(i).course().mean().values();
        }
        int[] n = new int[m];
        double[] mean = new double[m];
        double[] sd = new double[m];
        double[] lo = new double[m];
        double[] hi = new double[m];
        Map<Integer, Double> critical = new HashMap<>();
        for (int j = 0; j < m; j++) {
            double sum = 0;
            int c = 0;
            for (int i = 0; i < k; i++) {
                double v = rows[i][j];
                if (v == v) {
                    sum += v;
                    c++;
                }
            }
            n[j] = c;
            double mu = c > 0 ? sum / c : Double.NaN;
            double ss = 0;
            for (int i = 0; i < k; i++) {
                double v = rows[i][j];
                if (v == v) {
                    ss += (v - mu) * (v - mu);
                }
            }
            mean[j] = mu;
            if (c >= 2) {
                sd[j] = Math.sqrt(ss / (c - 1));
                double t = critical.computeIfAbsent(c, df -> new TDistribution(null, df - 1)
                        .inverseCumulativeProbability(0.5 + CONFIDENCE / 2));
                double half = t * sd[j] / Math.sqrt(c);
                lo[j] = mu - half;
                hi[j] = mu + half;
            } else {
                sd[j] = Double.NaN;
                lo[j] = Double.NaN;
                hi[j] = Double.NaN;
            }
        }
        return new GroupCourse(course, group, first.rate(), first.firstIndex(), first.unit(), n, mean, sd, lo, hi);
    }

    /** The sliding-window comparison of one course, or null (with a warning) if it cannot be made. */
    WindowComparison compare(Recipe.SlidingCourse spec, String name1, List<Participant> group1, String name2,
            List<Participant> group2) {
        Recipe.SlidingSpec s = recipe.statistics().slidingWindows();
        List<String> left = new ArrayList<>();
        double[][] a = slices(courses(group1, spec.course()), s, left);
        double[][] b = slices(courses(group2, spec.course()), s, left);
        if (a.length < 2 || b.length < 2) {
            warnings.add("sliding windows of " + spec.course() + " not run: " + name1 + " has " + a.length + " and "
                    + name2 + " " + b.length + " complete courses; each group needs at least 2");
            return null;
        }
        double hz = spec.course().equals(Recipe.COURSE_HR) ? recipe.heartRate().gridHz()
                : 1 / recipe.hrv().epochStepS();
        SlidingWindows.Measure measure = spec.measure().equals(Recipe.MEASURE_AUC) ? SlidingWindows.Measure.AUC
                : SlidingWindows.Measure.MEAN;
        SlidingWindows windows = new SlidingWindows(hz, s.fromS(), s.windowS(), s.stepS(), measure);
        try {
            SlidingWindowResult result = windows.compare(a, b, recipe.statistics().alpha(),
                    new ClusterPermutationTest(s.permutations(), s.seed(), s.clusterAlpha()), List.of());
            return new WindowComparison(spec.course(), spec.measure(), unit(spec), a.length, b.length, left, result);
        } catch (IllegalArgumentException e) {
            warnings.add("sliding windows of " + spec.course() + " not run: " + e.getMessage());
            return null;
        }
    }

    /** The part [from_s, to_s] of each complete course; the others are named in {@code left}. */
    private static double[][] slices(List<Member> courses, Recipe.SlidingSpec s, List<String> left) {
        List<double[]> out = new ArrayList<>();
        for (Member c : courses) {
            RegularSeries r = c.course().mean();
            SamplingRate rate = r.rate();
            int from = (int) (rate.secondsToSample(s.fromS()) - r.firstIndex());
            int to = (int) (rate.secondsToSample(s.toS()) - r.firstIndex());
            double[] v = new double[to - from + 1];
            boolean complete = from >= 0 && to < r.length();
            for (int i = 0; complete && i < v.length; i++) {
                v[i] = r.value(from + i);
                complete = v[i] == v[i];
            }
            if (complete) {
                out.add(v);
            } else {
                left.add(c.name());
            }
        }
        return out.toArray(new double[0][]);
    }

    private static Unit unit(Recipe.SlidingCourse spec) {
        boolean hr = spec.course().equals(Recipe.COURSE_HR);
        if (spec.measure().equals(Recipe.MEASURE_MEAN)) {
            return hr ? Unit.BEATS_PER_MINUTE : Unit.DIMENSIONLESS;
        }
        return hr ? Unit.of("bpm*s") : Unit.SECOND;
    }
}
