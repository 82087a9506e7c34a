package org.vagus.paradigm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.Timeline;
import org.vagus.paradigm.ui.model.ElementFields;
import org.vagus.paradigm.ui.model.ParadigmPaths;
import org.vagus.paradigm.ui.model.TimelineLayout;

/** The timeline preview's geometry, without a display. */
class TimelineLayoutTest {
    private final ElementFields fields = new ElementFields(Stress.types());

    @Test
    void theStressTemplateLaysOutItsScreensOnLanesWithTheTotal() {
        TimelineLayout l = TimelineLayout.of(Timeline.of(Stress.paradigm()));
        assertEquals(Stress.TOTAL_MS, l.totalMs());
        assertEquals(Stress.TOTAL_MS, l.spanMs());
        assertEquals(List.of("consent", "questionnaire", "rest", "message", "fixation", "item", "feedback", "end"),
                l.lanes());
        assertEquals(1 + 3 + 1 + 1 + 39 + 1 + 2 + 1, l.bars().size());
        TimelineLayout.Bar fixation = l.within(Stress.FIXATION_1).get(0);
        assertEquals(300_000, fixation.startMs(), "after the 5 min rest; self-paced screens take no time");
        assertEquals(1000, fixation.lengthMs());
        TimelineLayout.Bar item = l.within(Stress.ITEM_1).get(0);
        assertEquals(301_000, item.startMs());
        assertEquals(3, l.within(ParadigmPaths.trial(0, 0)).size(), "a trial's three phases");
        assertTrue(l.bars().get(0).isMarker() && l.bars().get(0).selfPaced(), "consent waits for a key");
        assertEquals("656 s (10 min 56 s)", l.totalText());
    }

    @Test
    void aLongerItemAddsItsTimeToTheTotal() {
        Paradigm p = fields.apply(Stress.paradigm(), Stress.ITEM_1, "duration", "25");
        TimelineLayout l = TimelineLayout.of(Timeline.of(p));
        assertEquals(Stress.TOTAL_MS + 5000, l.totalMs());
        assertEquals(326_000, l.within(ParadigmPaths.phase(0, 0, 2)).get(0).startMs(), "feedback moves by 5 s");
    }

    @Test
    void aNegativeDurationIsAMarkerAndCountsInTheTotal() {
        Paradigm p = fields.apply(Stress.paradigm(), Stress.FIXATION_1, "duration", "-1");
        TimelineLayout l = TimelineLayout.of(Timeline.of(p));
        TimelineLayout.Bar b = l.within(Stress.FIXATION_1).get(0);
        assertTrue(b.negative() && b.isMarker());
        assertEquals(0, b.lengthMs());
        assertEquals(Stress.TOTAL_MS - 2000, l.totalMs(), "as the validator and vagus paradigm show count it");
        assertEquals(Stress.TOTAL_MS - 1000, l.spanMs(), "the axis does not run backwards");
        assertEquals(300_000, l.within(Stress.ITEM_1).get(0).startMs());
    }

    @Test
    void pixelsTimesTicksAndHitTesting() {
        TimelineLayout l = TimelineLayout.of(Timeline.of(Stress.paradigm()));
        assertEquals(100, l.x(0, 100, 656));
        assertEquals(100 + 656, l.x(Stress.TOTAL_MS, 100, 656));
        assertEquals(300_000, l.time(400, 100, 656));
        assertEquals(50_000, l.tickStepMs(656, 50), "1 px per second: ticks every 50 s, at least 50 px apart");
        assertEquals(20_000, l.tickStepMs(6560, 150));
        int itemLane = l.lanes().indexOf("item");
        assertEquals(Stress.ITEM_1, l.barAt(itemLane, 310_000, 0).orElseThrow().path());
        int consentLane = l.lanes().indexOf("consent");
        assertEquals("flow[0]", l.barAt(consentLane, 2000, 3000).orElseThrow().path(), "markers within tolerance");
        assertTrue(l.barAt(consentLane, 9000, 3000).isEmpty());
    }
}
