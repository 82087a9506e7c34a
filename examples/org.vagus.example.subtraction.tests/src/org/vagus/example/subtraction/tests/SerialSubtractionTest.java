package org.vagus.example.subtraction.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.example.subtraction.SerialSubtraction;

class SerialSubtractionTest {

    @Test
    void replayRestartsAtTheStartAfterEachMistake() {
        // right, right, wrong, right, wrong, wrong, right, right, right
        List<Boolean> judged = List.of(true, true, false, true, false, false, true, true, true);
        SerialSubtraction s = SerialSubtraction.replay(1022, 13, judged);
        // by hand: 1022-13 = 1009, 996; the mistake was at 983; restart: 1009; mistake at 996; mistake at 1009;
        // restart: 1009, 996, 983
        assertEquals(List.of(1009, 996, 983, 1009, 996, 1009, 1009, 996, 983), s.expected());
        assertEquals(6, s.correct());
        assertEquals(3, s.mistakes());
        assertEquals(983, s.lowest(), "983 was said correctly once (the last answer)");
        assertEquals(3, s.longestRun());
    }

    @Test
    void noRightAnswerLeavesTheLowestAtTheStart() {
        SerialSubtraction s = SerialSubtraction.replay(1022, 13, List.of(false, false));
        assertEquals(List.of(1009, 1009), s.expected());
        assertEquals(1022, s.lowest());
        assertEquals(0, s.longestRun());
        assertThrows(IllegalArgumentException.class, () -> SerialSubtraction.replay(1022, 0, List.of()));
    }

    @Test
    void judgementsComeFromTheFeedbackRowsOfAnEventsFile(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("events.tsv");
        Files.writeString(events, """
                onset\tduration\ttrial_type\tresponse\tfeedback
                0.5\t3.0\tanswer\tc\tn/a
                3.5\t1.5\tfeedback\tn/a\tCorrect
                5.0\t2.0\tanswer\tw\tn/a
                7.0\t1.5\tfeedback\tn/a\tWrong
                8.5\t0\tanswer\tn/a\tn/a
                8.5\t1.5\tfeedback\tn/a\tWrong
                """);
        assertEquals(List.of(true, false, false), SerialSubtraction.judgements(events));
        Files.writeString(events, "onset\ttrial_type\n0.5\tanswer\n");
        IOException e = assertThrows(IOException.class, () -> SerialSubtraction.judgements(events));
        assertEquals(true, e.getMessage().contains("line 1"), e.getMessage());
    }
}
