package org.vagus.report.html;

import org.vagus.stats.CorrelationResult;
import org.vagus.stats.TTestResult;

/**
 * Result sentences in APA style around the statistics bundle's formatted results ({@code TTestResult#apa()},
 * {@code CorrelationResult#apa()}), for the results section. Significance is judged at alpha as given.
 *
 * @since 0.1.0
 */
public final class ApaSentences {
    private ApaSentences() {
    }

    /**
     * "High SC and Low SC differed in state anxiety change, t(75) = -2.07, p = .041, d = 0.47: High SC had the
     * lower mean (M = 1.20 vs 4.90)." (the lower mean first) or "... did not differ significantly in ...".
     *
     * @param measure what was compared, lower case unless a name ("state anxiety change")
     * @param group1 the name of the test's group 1
     * @param group2 the name of group 2
     * @param mean1 group 1's mean, for the direction
     * @param mean2 group 2's mean
     */
    public static String groupDifference(String measure, String group1, String group2, TTestResult t, double mean1,
            double mean2, double alpha) {
        boolean significant = t.p() < alpha;
        StringBuilder s = new StringBuilder(group1).append(" and ").append(group2)
                .append(significant ? " differed in " : " did not differ significantly in ").append(measure)
                .append(", ").append(t.apa());
        if (significant && mean1 != mean2) {
            // the lower group's mean first, so that the numbers read in the order the words name them
            String lower = mean1 < mean2 ? group1 : group2;
            s.append(": ").append(lower).append(" had the lower mean (M = ")
                    .append(org.vagus.stats.Apa.two(Math.min(mean1, mean2))).append(" vs ")
                    .append(org.vagus.stats.Apa.two(Math.max(mean1, mean2))).append(")");
        }
        return s.append('.').toString();
    }

    /**
     * "nHF change was negatively correlated with HAMA score, r(75) = -.32, p = .005, 95% CI [-.51, -.10]." (or
     * "positively", or "was not significantly correlated with").
     */
    public static String correlation(String x, String y, CorrelationResult r, double alpha) {
        String how = r.p() >= alpha ? " was not significantly correlated with "
                : r.r() < 0 ? " was negatively correlated with " : " was positively correlated with ";
        return capitalised(x) + how + y + ", " + r.apa() + ".";
    }

    /**
     * The sentence with a reference in parentheses before its final period: {@code "... d = 0.52 (Figure 3)."}.
     */
    public static String withReference(String sentence, String reference) {
        String s = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        return s + " (" + reference + ").";
    }

    /** The first letter in upper case, unless the first word has capitals of its own ("nHF", "pH"). */
    private static String capitalised(String s) {
        int end = s.indexOf(' ');
        String first = end < 0 ? s : s.substring(0, end);
        if (s.isEmpty() || !first.equals(first.toLowerCase(java.util.Locale.ROOT))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
