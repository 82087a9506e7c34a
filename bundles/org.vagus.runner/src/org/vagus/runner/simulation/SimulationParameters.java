package org.vagus.runner.simulation;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.vagus.instruments.Instrument;
import org.vagus.instruments.Item;

/**
 * What a {@link SimulatedParticipant} draws its behaviour from. Times are log-normal: {@code median * exp(sigma * z)}
 * with z standard normal, so they are positive and right-skewed like human reaction and reading times.
 *
 * @param responseProbability the chance of answering an item within its response window (0 to 1)
 * @param responseTimeMedian the median time to answer an item, from its onset
 * @param responseTimeSigma the log-normal spread of that time
 * @param readingTimeMedian the median time spent on a self-paced screen (instructions, consent, the end)
 * @param readingTimeSigma its spread
 * @param itemTimeMedian the median time per questionnaire item
 * @param itemTimeSigma its spread
 * @param instruments how each instrument is answered, by instrument id. Copied
 * @since 0.1.0
 */
public record SimulationParameters(double responseProbability, Duration responseTimeMedian, double responseTimeSigma,
        Duration readingTimeMedian, double readingTimeSigma, Duration itemTimeMedian, double itemTimeSigma,
        Map<String, AnswerModel> instruments) {

    /**
     * How the items of one instrument are answered: each answer is {@code round(mean + sd * z)} clamped to
     * {@code [min, max]}.
     *
     * @param items the number of items
     * @param min the lowest answer
     * @param max the highest answer
     * @param mean the mean answer
     * @param sd the spread of answers
     */
    public record AnswerModel(int items, int min, int max, double mean, double sd) {
        public AnswerModel {
            if (items < 1 || min > max || sd < 0) {
                throw new IllegalArgumentException("answer model: " + items + " items, range " + min + ".." + max
                        + ", sd " + sd + "; expected items >= 1, min <= max, sd >= 0");
            }
        }

        /**
         * The answer model of an instrument's scale: its number of items; the range every item accepts (the
         * intersection of the items' scales, so that every drawn answer scores: 0-2 for the HAMD-17, whose items
         * score 0-4 or 0-2); answers centred on the middle of that range with a spread of a quarter of it, so that
         * about 95 % of the draws fall inside before clamping.
         *
         * @since 0.1.0
         */
        public static AnswerModel of(Instrument instrument) {
            int min = Integer.MIN_VALUE;
            int max = Integer.MAX_VALUE;
            for (Item item : instrument.items()) {
                min = Math.max(min, item.scale().min());
                max = Math.min(max, item.scale().max());
            }
            if (min > max) {
                throw new IllegalArgumentException(instrument.abbreviation() + ": the items' scales have no answer"
                        + " in common; a simulated participant cannot answer it with one range");
            }
            return new AnswerModel(instrument.items().size(), min, max, (min + max) / 2.0, (max - min) / 4.0);
        }
    }

    public SimulationParameters {
        if (!(responseProbability >= 0 && responseProbability <= 1)) {
            throw new IllegalArgumentException("response probability " + responseProbability + ", expected 0 to 1");
        }
        Objects.requireNonNull(responseTimeMedian, "responseTimeMedian");
        Objects.requireNonNull(readingTimeMedian, "readingTimeMedian");
        Objects.requireNonNull(itemTimeMedian, "itemTimeMedian");
        instruments = Map.copyOf(instruments);
    }

    /**
     * Defaults for the seed study: items answered 85 % of the time after a median 12 s (the items are hard, the
     * window 20 s); 10 s on instruction screens; 4 s per questionnaire item; the seed's instruments answered around
     * the middle of their scales (SCS-26: 26 items 1-5; STAI form Y-1: 20 items 1-4; perceived stress: 1 item 1-10).
     * Until org.vagus.instruments supplies the shapes of every instrument, others are added with
     * {@link #withInstrument}.
     */
    public static SimulationParameters defaults() {
        Map<String, AnswerModel> m = new LinkedHashMap<>();
        m.put("scs-26", new AnswerModel(26, 1, 5, 2.8, 1.0));
        m.put("stai-y1", new AnswerModel(20, 1, 4, 2.3, 0.8));
        m.put("perceived-stress", new AnswerModel(1, 1, 10, 5.0, 2.0));
        return new SimulationParameters(0.85, Duration.ofSeconds(12), 0.35, Duration.ofSeconds(10), 0.4,
                Duration.ofSeconds(4), 0.3, m);
    }

    /**
     * The {@link #defaults()} behaviour with the answer model of every given instrument derived from its scale
     * ({@link AnswerModel#of}) instead of the built-in constants: the simulated participant answers whatever
     * instruments the registry holds, contributed ones included.
     *
     * @param instruments the instruments (an {@code InstrumentRegistry}'s {@code instruments()})
     * @since 0.1.0
     */
    public static SimulationParameters forInstruments(Collection<Instrument> instruments) {
        Map<String, AnswerModel> m = new LinkedHashMap<>();
        for (Instrument i : instruments) {
            m.put(i.id(), AnswerModel.of(i));
        }
        SimulationParameters d = defaults();
        return new SimulationParameters(d.responseProbability, d.responseTimeMedian, d.responseTimeSigma,
                d.readingTimeMedian, d.readingTimeSigma, d.itemTimeMedian, d.itemTimeSigma, m);
    }

    /** A copy with one instrument's answer model added or replaced. */
    public SimulationParameters withInstrument(String id, AnswerModel model) {
        Map<String, AnswerModel> m = new LinkedHashMap<>(instruments);
        m.put(id, model);
        return new SimulationParameters(responseProbability, responseTimeMedian, responseTimeSigma, readingTimeMedian,
                readingTimeSigma, itemTimeMedian, itemTimeSigma, m);
    }

    /** A copy with another response probability. */
    public SimulationParameters withResponseProbability(double p) {
        return new SimulationParameters(p, responseTimeMedian, responseTimeSigma, readingTimeMedian, readingTimeSigma,
                itemTimeMedian, itemTimeSigma, instruments);
    }
}
