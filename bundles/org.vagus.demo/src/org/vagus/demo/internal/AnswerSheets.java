package org.vagus.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.Item;
import org.vagus.instruments.Scoring;

/**
 * Item answers that an instrument's own scoring turns into a chosen total: the simulated participant (and the
 * simulated clinician) fill in every item, and {@link Scoring} makes the score, reverse keys included, exactly as for a
 * real administration.
 * <p>
 * The item <em>scores</em> are spread around the target's item mean: each item starts at the mean rounded down, the
 * remainder is added one point at a time to random items, then random pairs of items trade a point (as many trades as
 * items) within their scales, which keeps the sum; an answer is the score itself, or its reverse on the item's scale
 * for a reverse-keyed item.
 */
public final class AnswerSheets {
    private AnswerSheets() {
    }

    /**
     * Answers whose item scores sum to {@code targetSum}.
     *
     * @param instrument the instrument
     * @param targetSum the sum of item scores after reverse keying
     * @param random the draws
     * @return the answers by 1-based item number
     * @throws IllegalArgumentException if no answers reach the sum (outside the instrument's range)
     */
    public static Map<Integer, Integer> forSum(Instrument instrument, int targetSum, SplittableRandom random) {
        List<Item> items = instrument.items();
        int n = items.size();
        int min = 0;
        int max = 0;
        for (Item i : items) {
            min += i.scale().min();
            max += i.scale().max();
        }
        if (targetSum < min || targetSum > max) {
            throw new IllegalArgumentException(instrument.abbreviation() + ": an item-score sum of " + targetSum
                    + " is outside " + min + "-" + max);
        }
        int[] score = new int[n];
        int sum = 0;
        for (int k = 0; k < n; k++) {
            Item i = items.get(k);
            double share = i.scale().min() + (double) (targetSum - min) * (i.scale().max() - i.scale().min())
                    / Math.max(1, max - min);
            score[k] = (int) Math.floor(share);
            sum += score[k];
        }
        while (sum < targetSum) {
            int k = random.nextInt(n);
            if (score[k] < items.get(k).scale().max()) {
                score[k]++;
                sum++;
            }
        }
        for (int t = 0; t < n && n > 1; t++) {
            int up = random.nextInt(n);
            int down = random.nextInt(n);
            if (up != down && score[up] < items.get(up).scale().max() && score[down] > items.get(down).scale().min()) {
                score[up]++;
                score[down]--;
            }
        }
        Map<Integer, Integer> answers = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            Item i = items.get(k);
            answers.put(i.number(), i.reverse() ? i.scale().reverse(score[k]) : score[k]);
        }
        return answers;
    }

    /** {@link #forSum} as a list in item order, checked against the instrument's scoring. */
    public static List<Integer> list(Instrument instrument, int targetSum, SplittableRandom random) {
        Map<Integer, Integer> answers = forSum(instrument, targetSum, random);
        InstrumentScore s = Scoring.score(instrument, answers);
        double sum = 0;
        for (InstrumentScore.ItemScore i : s.items()) {
            sum += i.score();
        }
        if (Math.round(sum) != targetSum) {
            throw new IllegalStateException(instrument.abbreviation() + ": answers score " + sum + ", not "
                    + targetSum);
        }
        return new ArrayList<>(answers.values());
    }
}
