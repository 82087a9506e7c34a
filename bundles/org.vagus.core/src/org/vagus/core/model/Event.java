package org.vagus.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vagus.core.units.SamplingRate;

/**
 * An event on a recording's time base: a row of a BIDS {@code *_events.tsv} file (screen changes, responses,
 * feedback). The fixed columns are record components; the optional ones ({@link Columns#ITEM_CODE},
 * {@link Columns#RESPONSE}, {@link Columns#RESPONSE_TIME}, {@link Columns#FEEDBACK},
 * {@link Columns#ONSET_SCHEDULED} and any others) are kept as text in {@link #columns()}; an absent key is
 * {@code n/a}.
 *
 * @param onset seconds from the recording's first sample (sample 0), finite and >= 0
 * @param duration seconds, >= 0, or NaN for n/a
 * @param sample the index of the sample at the onset in the recording, >= 0
 * @param trialType the kind of event such as {@code fixation}, {@code item}, {@code feedback}; non-blank
 * @param trial the 1-based trial number, or 0 if the event belongs to no trial (n/a)
 * @param columns further columns by name, in column order, excluding the fixed ones. Copied, unmodifiable
 * @since 0.1.0
 */
public record Event(double onset, double duration, long sample, String trialType, int trial, Map<String, String> columns) {

    /** The events.tsv column names shared by the runner, the readers and the analysis. */
    public static final class Columns {
        /** Onset in seconds from the recording's first sample. */
        public static final String ONSET = "onset";
        /** Duration in seconds. */
        public static final String DURATION = "duration";
        /** Sample index in the recording. */
        public static final String SAMPLE = "sample";
        /** fixation, item, countdown, feedback, message, questionnaire, response, ... */
        public static final String TRIAL_TYPE = "trial_type";
        /** 1-based trial number. */
        public static final String TRIAL = "trial";
        /** The task item shown, such as {@code B12}. */
        public static final String ITEM_CODE = "item_code";
        /** The participant's response. */
        public static final String RESPONSE = "response";
        /** Response time in seconds from item onset. */
        public static final String RESPONSE_TIME = "response_time";
        /** The feedback shown: {@code Correct} or {@code Wrong}. */
        public static final String FEEDBACK = "feedback";
        /** The onset the schedule asked for, in seconds, for the timing audit. */
        public static final String ONSET_SCHEDULED = "onset_scheduled";
        /** The standard columns in file order. */
        public static final List<String> ALL = List.of(ONSET, DURATION, SAMPLE, TRIAL_TYPE, TRIAL, ITEM_CODE, RESPONSE,
                RESPONSE_TIME, FEEDBACK, ONSET_SCHEDULED);
        /** The columns held by record components rather than {@link Event#columns()}. */
        public static final Set<String> FIXED = Set.of(ONSET, DURATION, SAMPLE, TRIAL_TYPE, TRIAL);

        private Columns() {
        }
    }

    /**
     * @throws IllegalArgumentException naming the field if a value is out of range, or if {@code columns} holds
     *             a fixed column
     */
    public Event {
        if (!Double.isFinite(onset) || onset < 0) {
            throw new IllegalArgumentException("event onset: " + onset + " s, expected a finite value >= 0 s");
        }
        if (duration < 0 || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("event duration: " + duration + " s, expected >= 0 s or NaN for n/a");
        }
        if (sample < 0) {
            throw new IllegalArgumentException("event sample: " + sample + ", expected a sample index >= 0");
        }
        Checks.nonBlank("event trial_type", trialType);
        if (trial < 0) {
            throw new IllegalArgumentException("event trial: " + trial + ", expected a 1-based trial number or 0 for n/a");
        }
        columns = Checks.orderedCopy("event columns", columns);
        for (String key : columns.keySet()) {
            if (Columns.FIXED.contains(key)) {
                throw new IllegalArgumentException("event columns: '" + key + "' is a fixed column, set it as a component");
            }
        }
    }

    /**
     * An event at a sample, with its onset computed from the sampling rate, no duration (n/a), no trial and
     * no further columns.
     */
    public static Event at(SamplingRate rate, long sample, String trialType) {
        return new Event(rate.sampleToSeconds(sample), Double.NaN, sample, trialType, 0, Map.of());
    }

    /** True if the duration is known. */
    public boolean hasDuration() {
        return !Double.isNaN(duration);
    }

    /** The value of a further column, empty if n/a. */
    public Optional<String> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /** A copy with a further column set; a null value removes it (n/a). */
    public Event withColumn(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(columns);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new Event(onset, duration, sample, trialType, trial, copy);
    }

    /** A copy with another duration in seconds (NaN for n/a). */
    public Event withDuration(double newDuration) {
        return new Event(onset, newDuration, sample, trialType, trial, columns);
    }

    /** A copy with another 1-based trial number (0 for n/a). */
    public Event withTrial(int newTrial) {
        return new Event(onset, duration, sample, trialType, newTrial, columns);
    }
}
