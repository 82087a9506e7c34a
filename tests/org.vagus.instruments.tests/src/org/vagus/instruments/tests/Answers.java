package org.vagus.instruments.tests;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.Item;

/** Helpers for building answer sets in tests. */
final class Answers {
    static final InstrumentRegistry BUILT_IN = InstrumentRegistry.builtIn();

    private Answers() {
    }

    /** Answers in item order: {@code list(3, 1, 2)} is item 1 = 3, item 2 = 1, item 3 = 2. */
    static Map<Integer, Integer> list(int... answers) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) {
            m.put(i + 1, answers[i]);
        }
        return m;
    }

    /**
     * Answers of a scale without reverse keys that sum to {@code total}: items filled from item 1 with their maximum
     * until the rest fits, the remainder on the next item, zeros (the scale minimum) after. For HAMA, total 15 is
     * 4, 4, 4, 3, 0, 0, ...
     */
    static Map<Integer, Integer> summingTo(Instrument instrument, int total) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        int left = total;
        for (Item item : instrument.items()) {
            int min = item.scale().min();
            int take = Math.min(item.scale().max(), Math.max(min, left));
            m.put(item.number(), take);
            left -= take;
        }
        if (left != 0) {
            throw new IllegalArgumentException(instrument + ": cannot reach " + total);
        }
        return m;
    }
}
