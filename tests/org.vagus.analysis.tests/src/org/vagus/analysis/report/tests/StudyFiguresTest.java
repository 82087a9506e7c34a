package org.vagus.analysis.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.report.StudyFigures;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.CorrelationTest;
import org.vagus.analysis.results.GroupAssignment;
import org.vagus.analysis.results.GroupCourse;
import org.vagus.analysis.results.GroupTest;
import org.vagus.analysis.results.WindowComparison;
import org.vagus.report.figure.BarPanel;
import org.vagus.report.figure.Figure;
import org.vagus.report.figure.HistogramPanel;
import org.vagus.report.figure.Marker;
import org.vagus.report.figure.ScatterPanel;
import org.vagus.report.figure.TimeCoursePanel;
import org.vagus.stats.SlidingWindowResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Figures 2 to 4 of the hand-built study of 77 participants ({@link HandBuiltStudy}): each panel shows what the
 * analysis result holds (the same means, SEMs, confidence bands, shaded windows, stars and correlation), and which
 * variable, window and correlation a panel shows follows the recipe.
 */
class StudyFiguresTest {
    @TempDir
    static Path dir;
    static AnalysisResult result;
    static List<Figure> figures;

    @BeforeAll
    static void build() throws Exception {
        result = HandBuiltStudy.result(Recipes.builtIn(), dir);
        figures = StudyFigures.build(result, result.recipe());
    }

    @Test
    void theSeedRecipeGivesFiguresTwoToFourWithTheSeedsPanels() {
        assertEquals(List.of("figure-2", "figure-3", "figure-4"), figures.stream().map(Figure::id).toList());
        assertEquals(2, figures.get(0).panels().size());
        assertInstanceOf(HistogramPanel.class, figures.get(0).panels().get(0));
        assertInstanceOf(BarPanel.class, figures.get(0).panels().get(1));
        assertEquals(2, figures.get(1).panels().size());
        assertInstanceOf(TimeCoursePanel.class, figures.get(1).panels().get(0));
        assertInstanceOf(BarPanel.class, figures.get(1).panels().get(1));
        assertEquals(3, figures.get(2).panels().size());
        assertInstanceOf(TimeCoursePanel.class, figures.get(2).panels().get(0));
        assertInstanceOf(BarPanel.class, figures.get(2).panels().get(1));
        assertInstanceOf(ScatterPanel.class, figures.get(2).panels().get(2));
        assertTrue(figures.get(1).title().contains("'Wrong' feedback"), figures.get(1).title());
    }

    @Test
    void theDistributionIsSplitAtTheMedianWithItsLine() {
        GroupAssignment ga = result.group().grouping();
        HistogramPanel h = (HistogramPanel) figures.get(0).panels().get(0);
        assertEquals(2, h.groups().size());
        assertTrue(h.groups().get(0).name().startsWith("High SC (n = 39)"), h.groups().get(0).name());
        // 39 High and 38 Low: the median of the 77 scores is 2.95 (numpy.median of HandBuiltStudy.PYTHON's scs)
        assertEquals(39, sum(h.counts(0)));
        assertEquals(38, sum(h.counts(1)));
        assertEquals(2.95, ga.median(), 1e-12);
        Marker median = h.markers().get(0);
        assertEquals(2.95, median.value(), 1e-12);
        assertEquals("Median = 2.95", median.label());
        int[] high = h.counts(0);
        int[] low = h.counts(1);
        for (int i = 0; i < h.bins(); i++) {
            assertFalse(high[i] > 0 && low[i] > 0, "bin " + i + " holds both groups: a bin edge lies at the median");
        }
    }

    @Test
    void barsShowTheGroupMeansWithSemAndTheStars() {
        GroupTest stai = result.group().test("stai_s_change").orElseThrow();
        checkBars((BarPanel) figures.get(0).panels().get(1), stai);
        GroupTest hr = result.group().test("hr_auc_0_0.85").orElseThrow();
        BarPanel b3 = (BarPanel) figures.get(1).panels().get(1);
        checkBars(b3, hr);
        assertEquals(List.of("0-0.85 s"), b3.conditions(), "the narrowest tested HR window, as in the seed");
        assertEquals("HR change, AUC (bpm\u00b7s)", b3.y().title());
        GroupTest nhf = result.group().test("nhf_mean_0.7_3.4").orElseThrow();
        checkBars((BarPanel) figures.get(2).panels().get(1), nhf);
    }

    private static void checkBars(BarPanel b, GroupTest t) {
        assertEquals("SEM", b.errorLabel());
        assertEquals(List.of("High SC", "Low SC"), b.groups().stream().map(BarPanel.BarGroup::name).toList());
        assertEquals(t.group1().mean(), b.groups().get(0).mean()[0], 1e-12);
        assertEquals(t.group2().mean(), b.groups().get(1).mean()[0], 1e-12);
        assertEquals(t.group1().sd() / Math.sqrt(t.group1().n()), b.groups().get(0).error()[0], 1e-12);
        assertEquals(t.group2().sd() / Math.sqrt(t.group2().n()), b.groups().get(1).error()[0], 1e-12);
        double p = t.test().p();
        String stars = p < .001 ? "***" : p < .01 ? "**" : p < .05 ? "*" : "n.s.";
        assertEquals(stars, b.marks().get(0).text(), t.variable() + " " + t.apa());
    }

    @Test
    void timeCoursesHaveTheGroupMeansTheirBandsAndTheSignificantWindows() {
        for (int f = 1; f <= 2; f++) {
            String course = f == 1 ? Recipe.COURSE_HR : Recipe.COURSE_NHF;
            TimeCoursePanel p = (TimeCoursePanel) figures.get(f).panels().get(0);
            assertEquals(2, p.courses().size());
            for (int g = 0; g < 2; g++) {
                String group = g == 0 ? "High SC" : "Low SC";
                GroupCourse gc = result.group().course(course, group).orElseThrow();
                TimeCoursePanel.Course c = p.courses().get(g);
                assertEquals(group, c.name());
                assertArrayEquals(gc.mean(), c.mean());
                assertArrayEquals(gc.ciLow(), c.lower());
                assertArrayEquals(gc.ciHigh(), c.upper());
                assertEquals(-1, c.time()[0], 1e-12);
                assertEquals(6, c.time()[c.length() - 1], 1e-9);
            }
            assertEquals("95 % CI", p.bandLabel());
            WindowComparison w = result.group().window(course).orElseThrow();
            // the most conservative family that found windows; the courses differ strongly, so the clusters do
            List<SlidingWindowResult.Span> spans = w.result().spans(SlidingWindowResult.Family.CLUSTER);
            assertFalse(spans.isEmpty(), course);
            assertEquals(spans.size(), p.shades().size());
            for (int i = 0; i < spans.size(); i++) {
                assertEquals(spans.get(i).start(), p.shades().get(i).start(), 1e-12);
                assertEquals(spans.get(i).end(), p.shades().get(i).end(), 1e-12);
                assertTrue(p.shades().get(i).label().contains("cluster-corrected p < .05"), p.shades().get(i).label());
            }
            assertTrue(figures.get(f).caption().contains("cluster-corrected"), figures.get(f).caption());
        }
    }

    @Test
    void theScatterIsTheFirstCorrelationWithItsLineAndR() {
        ScatterPanel s = (ScatterPanel) figures.get(2).panels().get(2);
        CorrelationTest c = result.group().correlations().get(0);
        assertEquals("nhf_mean_0.7_3.4", c.x());
        assertEquals(76, s.size(), "every participant with both values: the last has no recording");
        assertTrue(s.showFit());
        assertEquals(c.result().r(), s.correlation().r(), 1e-12);
        assertEquals(c.result().p(), s.correlation().p(), 1e-12);
        assertEquals(c.xLabel(), s.x().label());
        assertEquals(c.yLabel(), s.y().label());
    }

    /** A recipe whose first correlation is of heart rate, with another narrowest HR window and no nHF windows. */
    @Test
    void thePanelsFollowTheRecipe() throws Exception {
        Recipe other = edit(o -> {
            JsonObject st = o.getAsJsonObject("statistics");
            JsonArray corr = st.getAsJsonArray("correlations");
            JsonObject first = corr.remove(0).getAsJsonObject();
            corr.add(first);
            JsonObject f = o.getAsJsonArray("features").get(0).getAsJsonObject();
            f.addProperty("to_s", 2);
            f.addProperty("from_s", 1.5);
            f.addProperty("label", "HR change, AUC 1.5-2 s (bpm*s)");
            JsonObject sliding = st.getAsJsonObject("sliding_windows");
            sliding.getAsJsonArray("courses").remove(1);
            sliding.addProperty("permutations", 99);
        });
        AnalysisResult r = HandBuiltStudy.result(other, dir);
        List<Figure> f = StudyFigures.build(r, other);
        assertEquals(3, f.get(1).panels().size(), "Figure 3 holds the first correlation now");
        BarPanel b = (BarPanel) f.get(1).panels().get(1);
        assertEquals(List.of("1.5-2 s"), b.conditions());
        ScatterPanel s = (ScatterPanel) f.get(1).panels().get(2);
        assertEquals(r.group().correlations().get(0).result().r(), s.correlation().r(), 1e-12);
        assertEquals(2, f.get(2).panels().size());
        TimeCoursePanel nhf = (TimeCoursePanel) f.get(2).panels().get(0);
        assertTrue(nhf.shades().isEmpty(), "no sliding windows of nHF in this recipe");
        assertTrue(f.get(2).caption().contains("No sliding-window comparison of nHF"), f.get(2).caption());
    }

    static Recipe edit(Consumer<JsonObject> change) throws Exception {
        JsonObject o = JsonParser.parseString(Recipes.format(Recipes.builtIn())).getAsJsonObject();
        change.accept(o);
        return Recipes.parse(o.toString(), "edited");
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }
}
