package org.vagus.instruments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.vagus.instruments.InstrumentScore.ItemScore;
import org.vagus.instruments.InstrumentScore.SubscaleScore;

/**
 * Scores answers: each answer is checked against its item's scale, reverse-keyed items are scored as
 * {@code (min + max) - x} (6 - x on the SCS's 1-5, 5 - x on the STAI's 1-4), subscales aggregate their items'
 * scores, and every total the instrument offers is computed; the band is that of the instrument's own total.
 * <p>
 * Missing answers are rejected (no pro-rating): scoring refuses until every item has an answer on its scale.
 *
 * @since 0.1.0
 */
public final class Scoring {
    private Scoring() {
    }

    /**
     * Scores with the instrument's own total rule.
     *
     * @param instrument the instrument
     * @param answers answers by 1-based item number
     * @return the scores
     * @throws ScoringException listing every missing, out-of-range or unknown answer
     */
    public static InstrumentScore score(Instrument instrument, Map<Integer, Integer> answers) {
        return score(instrument, answers, instrument.totalRule());
    }

    /**
     * Scores with a chosen total rule, one the instrument offers (for the SCS-26: {@code mean}, the seed's "total
     * mean", or {@code mean-of-subscale-means}, Neff's). The other offered totals are reported too.
     *
     * @param instrument the instrument
     * @param answers answers by 1-based item number; a null value is a missing answer
     * @param rule the rule of {@link InstrumentScore#total()}
     * @return the scores
     * @throws ScoringException listing every missing, out-of-range or unknown answer
     * @throws IllegalArgumentException if the instrument does not offer the rule
     */
    public static InstrumentScore score(Instrument instrument, Map<Integer, Integer> answers, TotalRule rule) {
        Objects.requireNonNull(answers, "answers");
        if (!instrument.offeredTotals().contains(rule)) {
            throw new IllegalArgumentException(instrument.abbreviation() + " does not offer the total "
                    + rule.jsonName() + "; it offers "
                    + String.join(", ", instrument.offeredTotals().stream().map(TotalRule::jsonName).toList()));
        }
        List<String> problems = new ArrayList<>();
        for (Integer n : new TreeSet<>(answers.keySet().stream().filter(Objects::nonNull).toList())) {
            if (n < 1 || n > instrument.items().size()) {
                problems.add(instrument.abbreviation() + " has no item " + n + "; its items are 1-"
                        + instrument.items().size());
            }
        }
        int[] scores = new int[instrument.items().size()];
        List<ItemScore> items = new ArrayList<>();
        for (Item item : instrument.items()) {
            Integer answer = answers.get(item.number());
            if (answer == null) {
                problems.add(where(instrument, item) + "no answer; allowed " + item.scale().range());
            } else if (!item.scale().contains(answer)) {
                problems.add(where(instrument, item) + "answer " + answer + " is out of range; allowed "
                        + item.scale().range());
            } else {
                int score = item.score(answer);
                scores[item.number() - 1] = score;
                items.add(new ItemScore(item.number(), answer, score, item.reverse()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoringException(problems);
        }
        List<SubscaleScore> subscales = new ArrayList<>();
        for (Subscale s : instrument.subscales()) {
            subscales.add(new SubscaleScore(s.id(), s.name(), s.rule(), s.rule().apply(pick(scores, s))));
        }
        Map<TotalRule, Double> totals = new LinkedHashMap<>();
        for (TotalRule r : instrument.offeredTotals()) {
            totals.put(r, total(r, instrument.subscales(), scores));
        }
        Band band = instrument.band(totals.get(instrument.totalRule())).orElse(null);
        return new InstrumentScore(instrument.id(), instrument.version(), items, subscales, rule, totals, band);
    }

    /**
     * Reads answers typed as a list in item order, such as {@code 3,2,4,...}; an empty cell or {@code n/a} is a
     * missing answer (rejected by scoring, with the item named).
     *
     * @param instrument the instrument
     * @param list comma-separated answers, item 1 first
     * @return answers by item number, without the missing ones
     * @throws ScoringException if a cell is not a whole number or there are more answers than items
     */
    public static Map<Integer, Integer> parseAnswers(Instrument instrument, String list) {
        String[] cells = list.trim().isEmpty() ? new String[0] : list.split(",", -1);
        List<String> problems = new ArrayList<>();
        if (cells.length > instrument.items().size()) {
            int n = instrument.items().size();
            problems.add(instrument.abbreviation() + ": " + cells.length + " answers given, but it has " + n
                    + (n == 1 ? " item" : " items"));
        }
        Map<Integer, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(cells.length, instrument.items().size()); i++) {
            String cell = cells[i].trim();
            if (cell.isEmpty() || cell.equals("n/a")) {
                continue;
            }
            Item item = instrument.items().get(i);
            try {
                answers.put(i + 1, Integer.parseInt(cell));
            } catch (NumberFormatException e) {
                problems.add(where(instrument, item) + "'" + cell + "' is not a whole number; allowed "
                        + item.scale().range());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoringException(problems);
        }
        return answers;
    }

    /**
     * A total from item scores (after reverse keying).
     *
     * @param rule the rule
     * @param subscales the instrument's subscales (for {@link TotalRule#MEAN_OF_SUBSCALE_MEANS})
     * @param scores item scores, index 0 for item 1
     */
    static double total(TotalRule rule, List<Subscale> subscales, int[] scores) {
        return switch (rule) {
            case SUM -> Aggregate.SUM.apply(scores);
            case MEAN -> Aggregate.MEAN.apply(scores);
            case MEAN_OF_SUBSCALE_MEANS -> {
                double sum = 0;
                for (Subscale s : subscales) {
                    sum += Aggregate.MEAN.apply(pick(scores, s));
                }
                yield sum / subscales.size();
            }
        };
    }

    private static int[] pick(int[] scores, Subscale s) {
        int[] picked = new int[s.items().size()];
        for (int k = 0; k < picked.length; k++) {
            picked[k] = scores[s.items().get(k) - 1];
        }
        return picked;
    }

    private static String where(Instrument instrument, Item item) {
        return instrument.abbreviation() + " item " + item.label() + ": ";
    }
}
