package org.vagus.devices.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.core.model.ChannelType;
import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.ui.model.ChannelQuality;
import org.vagus.devices.ui.model.LiveRecording;
import org.vagus.devices.ui.model.MonitorStatus;
import org.vagus.devices.ui.model.RecordingRequest;
import org.vagus.devices.ui.model.SignalQuality;

/** The status line of an acquisition fed by hand: 100 frames, 50 lost, 150 more; 300 samples at 1000 Hz are 0.3 s. */
class MonitorStatusTest {
    static final StreamFormat FORMAT = new StreamFormat(SamplingRate.ofHertz(1000),
            List.of(ChannelDescription.of("ECG", Unit.MILLIVOLT, ChannelType.ECG, 0),
                    ChannelDescription.of("RESP", Unit.DIMENSIONLESS, ChannelType.RESP, 0)),
            false);
    static final RecordingRequest REQUEST = new RecordingRequest("simulated", null, List.of(), null, Map.of(),
            new RecordingRequest.MonitorOnly());

    static SampleBlock block(long first, int frames) {
        double[][] s = new double[2][frames];
        for (int i = 0; i < frames; i++) {
            s[0][i] = Math.sin(i / 10.0);
            s[1][i] = 0.5;
        }
        return SampleBlock.ofDoubles(first, -1, 0, s);
    }

    @Test
    void countsFramesLostFramesAndGapsAndShowsEachChannelsQuality() throws IOException {
        Acquisition a = new Acquisition(FORMAT, new SimulatedClock(), AcquisitionOptions.defaults(), null, null);
        a.onBlock(block(0, 100));
        a.onBlock(block(150, 150)); // frames 100 .. 149 lost
        LiveRecording r = new LiveRecording(1, LiveRecording.State.RUNNING, REQUEST, "Test sensor, t1", FORMAT, a,
                null, null, null);
        List<ChannelQuality> q = List.of(new ChannelQuality(SignalQuality.OK, 250, 50, 2, 0),
                new ChannelQuality(SignalQuality.FLAT, 250, 50, 0, 0));
        MonitorStatus s = MonitorStatus.of(r, q);
        assertEquals(250, s.framesReceived());
        assertEquals(0.3, s.seconds(), 1e-12);
        assertEquals(50, s.framesLost());
        assertEquals(1, s.gaps());
        assertTrue(Double.isNaN(s.driftPpm()), "no drift before 5 s of signal");
        assertEquals("RUNNING | Test sensor, t1 | 1000 Hz | 0.3 s | received 250 | lost 50 | gaps 1 | drift n/a"
                + " | ECG OK, RESP flat line", s.text());
        assertEquals("Not recorded (monitor only or not started)", s.detail());
    }

    @Test
    void beforeTheSensorIsOpenThereAreNoCountsNorChannels() {
        MonitorStatus s = MonitorStatus.of(LiveRecording.starting(3, REQUEST), List.of());
        assertEquals("STARTING | simulated | received 0 | lost 0 | gaps 0 | drift n/a", s.text());
        assertTrue(MonitorStatus.idle().text().startsWith("No acquisition."));
    }
}
