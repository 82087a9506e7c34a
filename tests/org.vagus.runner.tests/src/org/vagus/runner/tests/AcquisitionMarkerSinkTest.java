package org.vagus.runner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.core.model.ChannelType;
import org.vagus.core.model.Event;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.acquisition.Marker;
import org.vagus.paradigm.Paradigm;
import org.vagus.runner.HeadlessPresenter;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.devices.AcquisitionMarkerSink;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;

class AcquisitionMarkerSinkTest {

    @Test
    void theSessionsMarkersAreTheAcquisitionsMarkers() throws Exception {
        SimulatedClock clock = new SimulatedClock(1_000_000_000L);
        StreamFormat format = new StreamFormat(SamplingRate.ofHertz(1000),
                List.of(ChannelDescription.of("ECG", Unit.of("mV"), ChannelType.ECG, 16)), true);
        // no recording file, no sensor: the engine's nominal clock mapping from its start
        Acquisition acquisition = new Acquisition(format, clock, AcquisitionOptions.defaults(), null, null);
        Paradigm p = TaskTemplates.stress();
        SessionSetup setup = SessionSetup.of(clock, new HeadlessPresenter(clock),
                new SimulatedParticipant(clock, SimulationParameters.defaults(), 1), new AcquisitionMarkerSink(acquisition));
        clock.advance(java.time.Duration.ofSeconds(2));
        SessionResult r = new SessionRunner(p, new SessionState("01", "01", p.id(), 2), setup).run();
        assertTrue(r.completed());
        List<Marker> markers = acquisition.markers();
        List<Event> events = r.state().currentRun().events();
        assertEquals(events.size() + 1, markers.size(), "every row, and the session's end");
        for (int i = 0; i < events.size(); i++) {
            assertEquals(markers.get(i).sampleIndex(), events.get(i).sample());
            assertEquals(markers.get(i).label(), events.get(i).trialType());
        }
        // the first screen is 0.5 s after the run began, 2 s into the recording
        assertEquals(2500, events.get(0).sample());
        assertEquals(13, markers.stream().filter(m -> m.label().equals("feedback")).count());
    }

    /** The template, without depending on the other test's helper. */
    static final class TaskTemplates {
        static Paradigm stress() {
            return org.vagus.paradigm.TaskRegistry.builtIn().template("stress-task").orElseThrow().create();
        }
    }
}
