package org.vagus.instruments.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.vagus.instruments.Instrument;
import org.vagus.instruments.Item;
import org.vagus.instruments.ResponseScale;

/**
 * The state of a questionnaire answered one item per screen, without widgets (what {@link QuestionnaireWidget} shows
 * and what its keys and clicks change): the item on screen, the answer chosen for each item so far, and the number
 * being typed.
 * <p>
 * Answering: a click on an answer, or its number typed. Typed digits build a number: on a scale of single digits the
 * digit is the answer at once; on a longer scale (perceived stress, 1-10) a digit that begins a longer answer ("1"
 * of "10") selects that answer and waits for the next digit ("0" makes it 10). A number outside the scale is refused
 * with a message, never stored. Enter or "Next" moves on only when the item has an answer ("cannot continue with a
 * missing answer"); Backspace deletes a typed digit, else goes back one item. Not thread-safe: the UI thread's.
 *
 * @since 0.1.0
 */
public final class AnswerSheet {
    private final Instrument instrument;
    private final Integer[] answers;
    private int index;
    private final StringBuilder typed = new StringBuilder();
    private String message;

    /** @param instrument the instrument answered */
    public AnswerSheet(Instrument instrument) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.answers = new Integer[instrument.items().size()];
    }

    /** The instrument. */
    public Instrument instrument() {
        return instrument;
    }

    /** The item on screen. */
    public Item item() {
        return instrument.items().get(index);
    }

    /** The 0-based index of the item on screen. */
    public int index() {
        return index;
    }

    /** The number of items. */
    public int size() {
        return answers.length;
    }

    /** True on the last item (its "Next" finishes the questionnaire). */
    public boolean onLastItem() {
        return index == answers.length - 1;
    }

    /** The answer chosen for the item on screen, or null. */
    public Integer answer() {
        return answers[index];
    }

    /** The message to show (a refused number, a missing answer), or null. */
    public String message() {
        return message;
    }

    /** The heading of the item: its number and text if the lab loaded texts, else {@code Item 4}. */
    public String prompt() {
        int n = item().number();
        return instrument.itemText(n).map(t -> n + ". " + t).orElse("Item " + n);
    }

    /**
     * Chooses an answer for the item on screen (a click).
     *
     * @return true if it is on the item's scale (else the message says so and nothing is stored)
     */
    public boolean choose(int value) {
        typed.setLength(0);
        ResponseScale s = item().scale();
        if (!s.contains(value)) {
            message = value + " is not an answer to item " + item().number() + ": choose " + s.min() + " to "
                    + s.max() + ".";
            return false;
        }
        answers[index] = value;
        message = null;
        return true;
    }

    /**
     * A digit typed: builds the number as the class comment says.
     *
     * @return true if an answer is now chosen from the typed digits
     */
    public boolean type(char digit) {
        if (digit < '0' || digit > '9') {
            return false;
        }
        typed.append(digit);
        int value = Integer.parseInt(typed.toString());
        ResponseScale s = item().scale();
        if (s.contains(value)) {
            answers[index] = value;
            message = null;
            if (!longerAnswerStartsWith(s, typed)) {
                typed.setLength(0);
            }
            return true;
        }
        if (typed.length() > 1) {
            // the digits before were an answer only provisionally (1 of 11): neither stands
            answers[index] = null;
        }
        typed.setLength(0);
        message = value + " is not an answer to item " + item().number() + ": choose " + s.min() + " to " + s.max()
                + ".";
        return false;
    }

    /** True if an answer on the scale, longer than {@code typed}, begins with it (10 begins with 1). */
    private static boolean longerAnswerStartsWith(ResponseScale s, CharSequence typed) {
        for (int v = s.min(); v <= s.max(); v++) {
            String text = Integer.toString(v);
            if (text.length() > typed.length() && text.startsWith(typed.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves to the next item if this one has an answer.
     *
     * @return true if it moved, false if the answer is missing (the message says so) or this is the last item
     *         (then see {@link #complete()})
     */
    public boolean next() {
        typed.setLength(0);
        if (answers[index] == null) {
            ResponseScale s = item().scale();
            message = "Please answer item " + item().number() + " (" + s.min() + " to " + s.max() + ") to continue.";
            return false;
        }
        message = null;
        if (onLastItem()) {
            return false;
        }
        index++;
        return true;
    }

    /** Backspace: deletes a typed digit, else goes back one item. Returns true if the item on screen changed. */
    public boolean back() {
        message = null;
        if (typed.length() > 0) {
            typed.setLength(0);
            return false;
        }
        if (index == 0) {
            return false;
        }
        index--;
        return true;
    }

    /** True once every item has an answer. */
    public boolean complete() {
        return Arrays.stream(answers).allMatch(Objects::nonNull);
    }

    /**
     * The answers in item order.
     *
     * @throws IllegalStateException naming the first item without an answer
     */
    public List<Integer> answers() {
        List<Integer> list = new ArrayList<>(answers.length);
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] == null) {
                throw new IllegalStateException(instrument.abbreviation() + " item " + (i + 1) + " has no answer");
            }
            list.add(answers[i]);
        }
        return List.copyOf(list);
    }
}
