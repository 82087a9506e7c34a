package org.vagus.stats;

/**
 * A standardized effect size with its confidence interval.
 *
 * @param name what it is: "Cohen's d", "Hedges' g", "Cohen's d_z"
 * @param value the estimate
 * @param ciLow lower confidence limit
 * @param ciHigh upper confidence limit
 * @param confidence the confidence level of the interval, e.g. 0.95
 * @param ciMethod how the interval was computed, for methods sections
 * @since 0.1.0
 */
public record EffectSize(String name, double value, double ciLow, double ciHigh, double confidence,
        String ciMethod) {
}
