package org.vagus.example.subtraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vagus.paradigm.FeedbackRule;

/**
 * The count behind a run of serial subtraction, reconstructed from the judgements: the first answer expected is
 * {@code start - step}; after a right answer the next is {@code step} lower; after a wrong (or missing) one the
 * participant starts again, so the next expected answer is {@code start - step} again.
 *
 * @param expected the number expected at each answer, in order. Copied
 * @param judgements true for each answer judged right, in order. Copied
 * @param correct how many answers were right
 * @param mistakes how many were wrong or missing (each one a restart)
 * @param lowest the lowest number said correctly, or {@code start} if none was
 * @param longestRun the most right answers in a row
 */
public record SerialSubtraction(List<Integer> expected, List<Boolean> judgements, int correct, int mistakes,
        int lowest, int longestRun) {

    public SerialSubtraction {
        expected = List.copyOf(expected);
        judgements = List.copyOf(judgements);
    }

    /**
     * Replays the judgements of a run.
     *
     * @param start the starting number (1022 in the TSST)
     * @param step the step (13 in the TSST), positive
     * @param judgements true for a right answer, false for a wrong or missing one, in order
     */
    public static SerialSubtraction replay(int start, int step, List<Boolean> judgements) {
        if (step <= 0) {
            throw new IllegalArgumentException("step " + step + ": expected a positive number");
        }
        List<Integer> expected = new ArrayList<>(judgements.size());
        int next = start - step;
        int correct = 0;
        int lowest = start;
        int run = 0;
        int longest = 0;
        for (boolean right : judgements) {
            expected.add(next);
            if (right) {
                correct++;
                lowest = Math.min(lowest, next);
                longest = Math.max(longest, ++run);
                next -= step;
            } else {
                run = 0;
                next = start - step;
            }
        }
        return new SerialSubtraction(expected, judgements, correct, judgements.size() - correct, lowest, longest);
    }

    /**
     * Reads the judgements of a session from its BIDS events file: the {@code feedback} column of the
     * {@code feedback} rows, in order ({@code Correct} is a right answer, anything else a wrong or missing one).
     *
     * @param events a {@code *_events.tsv} written by {@code vagus run}
     * @throws IOException if the file cannot be read or lacks the {@code trial_type} or {@code feedback} column
     */
    public static List<Boolean> judgements(Path events) throws IOException {
        List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(events + ": empty; expected a header line");
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int type = header.indexOf("trial_type");
        int feedback = header.indexOf("feedback");
        if (type < 0 || feedback < 0) {
            throw new IOException(events + " line 1: expected the columns trial_type and feedback, found " + header);
        }
        List<Boolean> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.size()) {
                throw new IOException(events + " line " + (i + 1) + ": " + cells.length + " cells, expected "
                        + header.size());
            }
            if ("feedback".equals(cells[type])) {
                out.add(FeedbackRule.CORRECT.equals(cells[feedback]));
            }
        }
        return out;
    }
}
