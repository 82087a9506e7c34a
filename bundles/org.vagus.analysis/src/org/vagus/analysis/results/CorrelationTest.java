package org.vagus.analysis.results;

import java.util.Objects;

import org.vagus.stats.CorrelationResult;

/**
 * A correlation of two participant variables over all participants that have both.
 *
 * @param x the first variable id
 * @param y the second
 * @param xLabel the first variable's label
 * @param yLabel the second's
 * @param result the correlation with its test and 95 % interval
 * @since 0.1.0
 */
public record CorrelationTest(String x, String y, String xLabel, String yLabel, CorrelationResult result) {
    public CorrelationTest {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(result, "result");
    }

    /** APA-style text such as {@code r(75) = -.32, p = .005, 95% CI [-.51, -.10]}. */
    public String apa() {
        return result.apa();
    }
}
