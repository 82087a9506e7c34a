package org.vagus.devices.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.ui.model.RecordingRequest;
import org.vagus.devices.ui.model.RequestForm;

/** The Record dialog's rules, without the dialog. */
class RequestFormTest {

    private static RequestForm form() {
        RequestForm f = new RequestForm();
        f.sensor = "simulated";
        f.folder = Path.of("/tmp/recordings").toAbsolutePath().toString();
        return f;
    }

    private static String error(RequestForm f) {
        return assertThrows(IllegalArgumentException.class, f::toRequest).getMessage();
    }

    @Test
    void theDefaultsMakeAFolderRecordingAt1000Hz() {
        RecordingRequest r = form().toRequest();
        assertEquals("simulated", r.sensorId());
        assertNull(r.address());
        assertEquals(List.of(), r.channels());
        assertEquals(SamplingRate.ofHertz(1000), r.rate());
        assertEquals(new RecordingRequest.Folder(Path.of("/tmp/recordings").toAbsolutePath()), r.destination());
    }

    @Test
    void channelsOptionsAndRateAreParsed() {
        RequestForm f = form();
        f.device = " /dev/rfcomm0 ";
        f.channels = "A2, A3";
        f.rate = " 100 ";
        f.options = "A2=ECG, A3 = EDA";
        RecordingRequest r = f.toRequest();
        assertEquals("/dev/rfcomm0", r.address());
        assertEquals(List.of("A2", "A3"), r.channels());
        assertEquals(SamplingRate.ofHertz(100), r.rate());
        assertEquals(Map.of("A2", "ECG", "A3", "EDA"), r.options());
        f.rate = "";
        assertNull(f.toRequest().rate());
    }

    @Test
    void mistakesNameTheField() {
        RequestForm f = form();
        f.rate = "fast";
        assertTrue(error(f).startsWith("Rate: 'fast'"));
        f = form();
        f.options = "heartRate";
        assertTrue(error(f).startsWith("Options: 'heartRate' is not KEY=VALUE"));
        f = form();
        f.channels = "A2, a2";
        assertTrue(error(f).startsWith("Channels: a2 is named twice"));
        f = form();
        f.folder = "relative/dir";
        assertTrue(error(f).startsWith("Folder: 'relative/dir' is not an absolute path"));
        f = form();
        f.sensor = "";
        assertEquals("Choose a sensor.", error(f));
    }

    @Test
    void aStudyParticipantNeedsAnOpenStudyAndBidsLabels() {
        RequestForm f = form();
        f.target = RequestForm.Target.STUDY;
        f.participant = "01";
        assertTrue(error(f).startsWith("No study is open for writing"));
        f.study = Path.of("/data/gad-study");
        RecordingRequest r = f.toRequest();
        assertEquals(new RecordingRequest.StudyParticipant(Path.of("/data/gad-study"), "01", "01", "rest"),
                r.destination());
        f.participant = "sub-02";
        f.session = "ses-2";
        f.task = "stress";
        assertEquals(new RecordingRequest.StudyParticipant(Path.of("/data/gad-study"), "02", "2", "stress"),
                f.toRequest().destination());
        f.task = "stress task";
        assertTrue(error(f).startsWith("task 'stress task': expected letters and digits"));
        f.target = RequestForm.Target.MONITOR;
        assertEquals(new RecordingRequest.MonitorOnly(), f.toRequest().destination());
    }
}
