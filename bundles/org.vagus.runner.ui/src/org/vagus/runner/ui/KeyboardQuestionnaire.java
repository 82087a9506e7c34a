package org.vagus.runner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;

import org.vagus.instruments.Instrument;
import org.vagus.instruments.Item;
import org.vagus.instruments.ResponseScale;
import org.vagus.runner.QuestionnaireAnswers;
import org.vagus.runner.Response;
import org.vagus.runner.Screen;

/**
 * A questionnaire on the presentation screen, answered with the keyboard: one item at a time, its text (the lab's
 * licensed text if loaded, else the item's number and domain) with the scale's anchors. On a scale of single digits
 * the digit answers at once; on a longer scale (perceived stress, 1-10) the participant types the number and presses
 * Enter. Backspace deletes a typed digit, or goes back to the previous item. An answer outside the scale is refused on
 * the screen, never stored. Keys typed ahead are kept in order. The items are drawn with
 * {@link SwtPresenter#replace} (no onsets, no photodiode flips); the questionnaire's own onset is the runner's.
 *
 * @since 0.1.0
 */
public final class KeyboardQuestionnaire implements QuestionnaireForm {
    private final SwtPresenter presenter;
    private final Function<String, Optional<Instrument>> instruments;

    /**
     * @param presenter the presentation (its responses are the keys)
     * @param instruments finds an instrument by id (an {@code InstrumentRegistry}'s {@code byId})
     */
    public KeyboardQuestionnaire(SwtPresenter presenter, Function<String, Optional<Instrument>> instruments) {
        this.presenter = Objects.requireNonNull(presenter, "presenter");
        this.instruments = Objects.requireNonNull(instruments, "instruments");
    }

    @Override
    public QuestionnaireAnswers administer(Screen screen, long onsetNanos) throws InterruptedException {
        Instrument instrument = instruments.apply(screen.instrument()).orElseThrow(() -> new IllegalArgumentException(
                "no instrument '" + screen.instrument() + "' for the on-screen questionnaire"));
        int n = instrument.items().size();
        List<Integer> answers = new ArrayList<>(n);
        int i = 0;
        StringBuilder typed = new StringBuilder();
        String problem = null;
        long last = onsetNanos;
        while (i < n) {
            Item item = instrument.item(i + 1);
            ResponseScale scale = item.scale();
            presenter.replace(Screen.of(Screen.QUESTIONNAIRE, page(instrument, item, typed, problem)));
            problem = null;
            Response r = presenter.responses().nextResponse(onsetNanos);
            last = r.hostNanos();
            String key = r.key();
            boolean singleDigits = scale.min() >= 0 && scale.max() <= 9;
            if (key.equals("backspace")) {
                if (typed.length() > 0) {
                    typed.setLength(typed.length() - 1);
                } else if (i > 0) {
                    i--;
                    answers.remove(i);
                }
            } else if (key.length() == 1 && Character.isDigit(key.charAt(0))) {
                typed.append(key);
                if (singleDigits) {
                    problem = accept(scale, typed, answers);
                    i = answers.size();
                } else if (typed.length() > Integer.toString(scale.max()).length()) {
                    problem = "Answer " + scale.min() + " to " + scale.max() + ".";
                    typed.setLength(0);
                }
            } else if (key.equals("enter") && !singleDigits && typed.length() > 0) {
                problem = accept(scale, typed, answers);
                i = answers.size();
            }
        }
        return new QuestionnaireAnswers(instrument.id(), answers, last);
    }

    /** Stores the typed answer if it is on the scale; returns the message otherwise. Clears what was typed. */
    private static String accept(ResponseScale scale, StringBuilder typed, List<Integer> answers) {
        int v = Integer.parseInt(typed.toString());
        typed.setLength(0);
        if (!scale.contains(v)) {
            return v + " is not on the scale: answer " + scale.min() + " to " + scale.max() + ".";
        }
        answers.add(v);
        return null;
    }

    private static String page(Instrument instrument, Item item, CharSequence typed, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(instrument.abbreviation()).append("   ").append(item.number()).append(" / ")
                .append(instrument.items().size()).append("\n\n");
        sb.append(instrument.prompt(item.number())).append("\n\n");
        SortedMap<Integer, String> anchors = instrument.anchors(item.scaleId());
        ResponseScale scale = item.scale();
        if (anchors.isEmpty()) {
            sb.append(scale.min()).append(" ... ").append(scale.max());
        } else {
            for (Map.Entry<Integer, String> a : anchors.entrySet()) {
                sb.append(a.getKey()).append(" = ").append(a.getValue()).append("\n");
            }
        }
        sb.append("\n");
        boolean singleDigits = scale.min() >= 0 && scale.max() <= 9;
        sb.append(singleDigits ? "Press " + scale.min() + " to " + scale.max() + "."
                : "Type " + scale.min() + " to " + scale.max() + ", then Enter.   " + (typed.length() > 0 ? typed : "_"));
        sb.append("\n(Backspace: back)");
        if (problem != null) {
            sb.append("\n\n").append(problem);
        }
        return sb.toString();
    }
}
