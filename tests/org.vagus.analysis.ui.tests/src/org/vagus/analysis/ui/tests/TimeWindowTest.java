package org.vagus.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vagus.analysis.ui.model.TimeWindow;

/** Zooming keeps the time under the cursor in place; panning and zooming never leave the recording. */
class TimeWindowTest {

    @Test
    void zoomKeepsTheAnchorWhereItIsOnScreen() {
        TimeWindow w = new TimeWindow(100, 60, 7200, 0.5);
        TimeWindow z = w.zoom(0.5, 130); // anchor in the middle: 30 s shown from 115 s
        assertEquals(30, z.span(), 1e-12);
        assertEquals(115, z.start(), 1e-12);
        TimeWindow q = w.zoom(0.5, 115); // anchor at a quarter: stays at a quarter
        assertEquals((115 - q.start()) / q.span(), 0.25, 1e-12);
    }

    @Test
    void theWindowStaysInsideTheRecordingAndAboveTheMinimumSpan() {
        TimeWindow w = TimeWindow.all(7200);
        assertEquals(7200, w.zoom(4, 10).span(), 0);
        assertEquals(0, w.zoom(4, 10).start(), 0);
        TimeWindow tiny = w.zoom(1e-9, 3600);
        assertEquals(0.5, tiny.span(), 0);
        assertEquals(3600 - 0.5 / 2, tiny.start(), 1e-6);
        TimeWindow end = new TimeWindow(7000, 100, 7200, 0.5).pan(500);
        assertEquals(7100, end.start(), 0);
        assertEquals(0, new TimeWindow(10, 100, 7200, 0.5).panFraction(-1).start(), 0);
        assertEquals(60, new TimeWindow(50, 100, 7200, 0.5).panFraction(0.1).start(), 1e-12);
    }
}
