package org.vagus.runner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vagus.core.model.Event;
import org.vagus.core.model.Event.Columns;
import org.vagus.runner.io.EventsTsvWriter;

/**
 * Turns the onsets and responses of one run into markers, events rows and audit rows. A screen's row stays open
 * (duration n/a) until the next screen's onset closes it: durations are differences of marker samples, so they are
 * on the recording's sample clock like the onsets.
 */
final class RunRecorder {
    private final SessionState.Run run;
    private final MarkerSink sink;
    private final double hz;
    private int openRow = -1;
    private long openSample;
    private int screens;

    RunRecorder(SessionState.Run run, MarkerSink sink) {
        this.run = run;
        this.sink = sink;
        this.hz = sink.rate().hertz();
        this.screens = run.audit().size();
    }

    /**
     * Records a screen's onset.
     *
     * @return the index of its events row
     */
    int screen(String trialType, int trial, String itemCode, long scheduledNanos, long actualNanos) {
        long sample = sink.mark(actualNanos, trialType);
        requireInRecording(sample, trialType);
        closeOpen(sample);
        double scheduled = sink.sampleAt(scheduledNanos) / hz;
        double actual = sample / hz;
        run.audit().add(new TimingAudit.Row(run.number(), ++screens, trialType, trial, scheduled, actual,
                actualNanos - scheduledNanos));
        Map<String, String> columns = new LinkedHashMap<>();
        if (itemCode != null) {
            columns.put(Columns.ITEM_CODE, itemCode);
        }
        columns.put(Columns.ONSET_SCHEDULED, EventsTsvWriter.seconds(Math.max(0, scheduled)));
        List<Event> events = run.events();
        events.add(new Event(actual, Double.NaN, sample, trialType, trial, columns));
        openRow = events.size() - 1;
        openSample = sample;
        return openRow;
    }

    /**
     * Records a response: a marker, a {@code response} row, and the response and its time on the screen's row if
     * that has none yet.
     */
    void response(Response r, int trial, String itemCode, long screenOnsetNanos, int screenRow) {
        long sample = sink.mark(r.hostNanos(), "response");
        requireInRecording(sample, "response");
        String rt = EventsTsvWriter.seconds((r.hostNanos() - screenOnsetNanos) / 1e9);
        Map<String, String> columns = new LinkedHashMap<>();
        if (itemCode != null) {
            columns.put(Columns.ITEM_CODE, itemCode);
        }
        columns.put(Columns.RESPONSE, r.key());
        columns.put(Columns.RESPONSE_TIME, rt);
        run.events().add(new Event(sample / hz, 0, sample, "response", trial, columns));
        Event screen = run.events().get(screenRow);
        if (screen.column(Columns.RESPONSE).isEmpty()) {
            run.events().set(screenRow, screen.withColumn(Columns.RESPONSE, r.key())
                    .withColumn(Columns.RESPONSE_TIME, rt));
        }
    }

    /** Sets a column of a row (the feedback value, a questionnaire's instrument). */
    void set(int row, String column, String value) {
        run.events().set(row, run.events().get(row).withColumn(column, value));
    }

    /**
     * Marks the end of the run (the session's end, or an abort): closes the open row, and adds a row of its own if
     * {@code addRow}.
     */
    void end(long hostNanos, String label, boolean addRow) {
        long sample = sink.mark(hostNanos, label);
        closeOpen(Math.max(sample, openRow >= 0 ? openSample : sample));
        if (addRow && sample >= 0) {
            run.events().add(new Event(sample / hz, 0, sample, label, 0, Map.of()));
        }
        openRow = -1;
    }

    private void closeOpen(long sample) {
        if (openRow >= 0) {
            Event e = run.events().get(openRow);
            run.events().set(openRow, e.withDuration((sample - openSample) / hz));
            openRow = -1;
        }
    }

    private static void requireInRecording(long sample, String what) {
        if (sample < 0) {
            throw new IllegalStateException(what + " at sample " + sample + ", before the recording's first sample:"
                    + " start the recording before the session");
        }
    }
}
