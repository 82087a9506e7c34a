package org.vagus.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vagus.stats.tests.Ref.near;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.stats.Stars;
import org.vagus.stats.Table1;
import org.vagus.stats.TableModel;

class Table1Test {

    private static List<String> labels(int female, int male) {
        List<String> l = new ArrayList<>(Collections.nCopies(female, "female"));
        l.addAll(Collections.nCopies(male, "male"));
        return l;
    }

    @Test
    void continuousAndCategoricalRowsWithTestsAndStars() {
        Table1 t = Table1.builder("High", 8, "Low", 7)
                .continuous("Score", TTestsTest.A, TTestsTest.B)
                .categorical("Sex", labels(5, 3), labels(2, 5))
                .build();
        // scipy.stats.ttest_ind(A, B).pvalue
        near(0.002036078329259022, t.variables().get(0).p());
        Table1.Categorical sex = assertInstanceOf(Table1.Categorical.class, t.variables().get(1));
        assertEquals(List.of("female", "male"), sex.levels());
        // scipy.stats.chi2_contingency([[5, 2], [3, 5]], correction=False) -> 1.7267219387755102, 0.18883007821587947
        near(1.7267219387755102, sex.test().statistic());
        near(0.18883007821587947, sex.p());

        TableModel m = t.table();
        assertEquals(List.of("Variable", "High (n = 8)", "Low (n = 7)", "Statistic", "p"), m.columns());
        // numpy: mean(A) 5.6125, std(A, ddof=1) 0.4853; mean(B) 4.7429, std(B, ddof=1) 0.3735
        assertEquals(List.of("Score", "5.61 (0.49)", "4.74 (0.37)", "t(13) = 3.84", ".002**"), m.rows().get(0));
        assertEquals(List.of("Sex", "", "", "χ²(1) = 1.73", ".189"), m.rows().get(1));
        assertEquals(List.of("  female", "5 (62.5)", "2 (28.6)", "", ""), m.rows().get(2));
        assertEquals(List.of("  male", "3 (37.5)", "5 (71.4)", "", ""), m.rows().get(3));
        assertTrue(m.notes().stream().anyMatch(n -> n.startsWith("Sex: ") && n.contains("below 5")), m.notes().toString());
        assertTrue(m.notes().contains(Stars.LEGEND + "."));

        String tsv = t.toTsv();
        assertTrue(tsv.startsWith("Variable\tHigh (n = 8)\tLow (n = 7)\tStatistic\tp\nScore\t5.61 (0.49)\t4.74 (0.37)\t"),
                tsv);
        assertEquals(5, tsv.split("\n").length);
    }

    @Test
    void seedLikeCountsAndWelch() {
        Table1 t = Table1.builder("High", 39, "Low", 38).welch(true)
                .categorical("Sex", List.of("female", "male"), new long[] {25, 14}, new long[] {28, 10})
                .continuous("Score", TTestsTest.A, TTestsTest.B)
                .build();
        // scipy.stats.chi2_contingency([[25, 28], [14, 10]], correction=False).pvalue (the transpose of [[25, 14], [28, 10]])
        near(0.3641210044823898, t.variables().get(0).p());
        // scipy.stats.ttest_ind(A, B, equal_var=False).pvalue
        near(0.0018227909577030407, t.variables().get(1).p());
        assertEquals("  female", t.table().rows().get(1).get(0));
        assertEquals("25 (64.1)", t.table().rows().get(1).get(1));
        assertEquals("28 (73.7)", t.table().rows().get(1).get(2));
        assertEquals("5.61 (0.49) [n = 8]", t.table().rows().get(3).get(1));
        assertEquals("t(12.83) = 3.91", t.table().rows().get(3).get(3));
    }

    @Test
    void starsAndErrors() {
        assertEquals("***", Stars.of(0.0009));
        assertEquals("**", Stars.of(0.001));
        assertEquals("*", Stars.of(0.049));
        assertEquals("", Stars.of(0.05));
        assertThrows(IllegalArgumentException.class, () -> Stars.of(Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Table1.builder("High", 3, "Low", 3).continuous("Age", new double[] {30, 31}, new double[] {40}));
        assertEquals("Age: group 2 has n = 1; a t-test needs at least 2 values per group", e.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Table1.builder("High", 5, "Low", 5).categorical("Smoker", List.of("yes", "no"),
                        new long[] {0, 5}, new long[] {0, 5}));
        assertTrue(empty.getMessage().startsWith("Smoker: level 1 is empty"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Table1.builder("High", 2, "Low", 2).build());
    }
}
