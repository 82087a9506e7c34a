package org.vagus.instruments;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The answers an item accepts: whole numbers from {@code min} to {@code max}, some of them with an anchor label
 * (a few words such as "almost never"; never an item text).
 *
 * @param min the lowest answer
 * @param max the highest answer, above {@code min}
 * @param anchors labels of some answers, each within min..max. Copied, sorted, unmodifiable
 * @since 0.1.0
 */
public record ResponseScale(int min, int max, SortedMap<Integer, String> anchors) {

    /**
     * @throws DefinitionException if {@code max <= min}, an anchor lies outside the range or is blank
     */
    public ResponseScale {
        if (max <= min) {
            throw new DefinitionException("max", "must be above min (" + min + "), got " + max);
        }
        TreeMap<Integer, String> copy = new TreeMap<>();
        for (Map.Entry<Integer, String> e : anchors.entrySet()) {
            int value = e.getKey();
            if (value < min || value > max) {
                throw new DefinitionException("anchors['" + value + "']", "answer " + value + " is outside the scale "
                        + min + "-" + max);
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new DefinitionException("anchors['" + value + "']", "is empty; expected a label");
            }
            copy.put(value, e.getValue());
        }
        anchors = Collections.unmodifiableSortedMap(copy);
    }

    /** A scale without anchors. */
    public static ResponseScale of(int min, int max) {
        return new ResponseScale(min, max, new TreeMap<>());
    }

    /** @return whether the answer is on the scale */
    public boolean contains(int answer) {
        return answer >= min && answer <= max;
    }

    /**
     * The reverse-keyed score of an answer: {@code (min + max) - x}, which maps the scale onto itself (6 - x on
     * 1-5, 5 - x on 1-4).
     */
    public int reverse(int answer) {
        return min + max - answer;
    }

    /** @return the reverse rule as written in definition files, such as {@code 6 - x} */
    public String reverseRule() {
        return (min + max) + " - x";
    }

    /** @return {@code 1-5} */
    public String range() {
        return min + "-" + max;
    }

    /** @return {@code 1 almost never .. 5 almost always}, or the range when there are no anchors */
    public String describe() {
        if (anchors.isEmpty()) {
            return range();
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, String> e : anchors.entrySet()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        return range() + " (" + sb + ")";
    }
}
