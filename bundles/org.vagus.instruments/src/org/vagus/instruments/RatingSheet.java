package org.vagus.instruments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A clinician's rating form without widgets: one typed cell per item, checked as typed. The workbench's Clinician
 * Rating dialog (org.vagus.instruments.ui) edits one and {@code vagus instruments enter} fills one from its
 * {@code --answers}, so both refuse the same answers with the same messages. A cell is an answer when it is a whole
 * number on the item's own scale (the HAMD-17's items 4, 5, 6, 12, 13, 14, 16 and 17 score 0-2, the others 0-4);
 * otherwise the problem names the item and its range. The scores come from {@link Scoring}, the same key the
 * command line and the phenotype files use.
 *
 * @since 0.1.0
 */
public final class RatingSheet {
    /** The time point when none is given: the intake interview (the seed's eligibility ratings). */
    public static final String DEFAULT_TIMEPOINT = "intake";

    /** The session when none is given. */
    public static final String DEFAULT_SESSION = "01";

    private final Instrument instrument;
    private final String[] cells;

    /** @param instrument the clinician scale (any instrument works) */
    public RatingSheet(Instrument instrument) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.cells = new String[instrument.items().size()];
    }

    /** The instrument. */
    public Instrument instrument() {
        return instrument;
    }

    /** Sets the text typed for an item (1-based); null or blank for none. */
    public void set(int item, String text) {
        instrument.item(item);
        cells[item - 1] = text == null ? null : text.trim();
    }

    /** The text typed for an item (1-based), or null. */
    public String get(int item) {
        instrument.item(item);
        return cells[item - 1];
    }

    /**
     * The problem of one item's cell, or null if it holds an answer on the item's scale.
     *
     * @param item the 1-based item number
     */
    public String problem(int item) {
        Item it = instrument.item(item);
        String cell = cells[item - 1];
        String where = instrument.abbreviation() + " item " + it.label() + ": ";
        if (cell == null || cell.isEmpty()) {
            return where + "missing; enter " + it.scale().range();
        }
        try {
            int v = Integer.parseInt(cell);
            if (!it.scale().contains(v)) {
                return where + v + " is out of range; allowed " + it.scale().range();
            }
            return null;
        } catch (NumberFormatException e) {
            return where + "'" + cell + "' is not a whole number; allowed " + it.scale().range();
        }
    }

    /** Every item's problem, in item order; empty when the form is complete and valid. */
    public List<String> problems() {
        List<String> list = new ArrayList<>();
        for (Item it : instrument.items()) {
            String p = problem(it.number());
            if (p != null) {
                list.add(p);
            }
        }
        return List.copyOf(list);
    }

    /**
     * The scores.
     *
     * @throws ScoringException listing every missing, out-of-range or malformed cell, each naming its item
     */
    public InstrumentScore score() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new ScoringException(problems);
        }
        Map<Integer, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            answers.put(i + 1, Integer.parseInt(cells[i]));
        }
        return Scoring.score(instrument, answers);
    }

    /**
     * What the form shows under the items: the total and its severity band once complete
     * ({@code Total 18: moderate}), else the running sum and what is missing.
     */
    public String summary() {
        List<String> problems = problems();
        if (problems.isEmpty()) {
            InstrumentScore s = score();
            return "Total " + Numbers.format(s.total()) + s.bandIfAny().map(b -> ": " + b.label()).orElse("");
        }
        int valid = cells.length - problems.size();
        return valid + " of " + cells.length + " items rated; " + problems.size() + " to correct or fill in";
    }
}
