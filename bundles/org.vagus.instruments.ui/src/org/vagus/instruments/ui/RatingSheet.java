package org.vagus.instruments.ui;

import java.util.List;

import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.ScoringException;

/**
 * A clinician's rating form without widgets (what {@link ClinicianRatingDialog} edits). The checks and scores live
 * in the headless {@link org.vagus.instruments.RatingSheet}, which {@code vagus instruments enter} uses too; this
 * class keeps the form's place in this bundle's API and delegates every call to it.
 *
 * @since 0.1.0
 */
public final class RatingSheet {
    private final org.vagus.instruments.RatingSheet sheet;

    /** @param instrument the clinician scale (any instrument works) */
    public RatingSheet(Instrument instrument) {
        this.sheet = new org.vagus.instruments.RatingSheet(instrument);
    }

    /** The instrument. */
    public Instrument instrument() {
        return sheet.instrument();
    }

    /** Sets the text typed for an item (1-based); null or blank for none. */
    public void set(int item, String text) {
        sheet.set(item, text);
    }

    /** The text typed for an item (1-based), or null. */
    public String get(int item) {
        return sheet.get(item);
    }

    /**
     * The problem of one item's cell, or null if it holds an answer on the item's scale.
     *
     * @param item the 1-based item number
     */
    public String problem(int item) {
        return sheet.problem(item);
    }

    /** Every item's problem, in item order; empty when the form is complete and valid. */
    public List<String> problems() {
        return sheet.problems();
    }

    /**
     * The scores.
     *
     * @throws ScoringException listing every missing, out-of-range or malformed cell, each naming its item
     */
    public InstrumentScore score() {
        return sheet.score();
    }

    /**
     * What the form shows under the items: the total and its severity band once complete
     * ({@code Total 18: moderate}), else the running sum and what is missing.
     */
    public String summary() {
        return sheet.summary();
    }
}
