package org.vagus.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vagus.core.VagusInfo;
import org.vagus.core.model.Channel;
import org.vagus.core.model.ChannelType;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Provenance;
import org.vagus.core.model.Recording;
import org.vagus.core.model.Session;
import org.vagus.core.model.Study;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;

class ModelTest {

    private static IllegalArgumentException rejects(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run);
    }

    @Test
    void participantLabelsFollowBids() {
        Participant p = Participant.of("01");
        assertEquals("sub-01", p.bidsName());
        assertEquals("sub-P07", Participant.of("P07").bidsName());
        IllegalArgumentException prefixed = rejects(() -> Participant.of("sub-01"));
        assertTrue(prefixed.getMessage().contains("participant label"), prefixed.getMessage());
        assertTrue(prefixed.getMessage().contains("without the 'sub-' prefix"), prefixed.getMessage());
        for (String bad : new String[] { "", "0 1", "01_a", "01-a", "é1", "01\t" }) {
            assertTrue(rejects(() -> Participant.of(bad)).getMessage().startsWith("participant label"));
        }
    }

    @Test
    void sessionLabelsFollowBids() {
        Session s = new Session("pre", LocalDateTime.of(2025, 3, 1, 9, 30));
        assertEquals("ses-pre", s.bidsName());
        assertEquals(LocalDateTime.of(2025, 3, 1, 9, 30), s.acquisitionTimeIfKnown().orElseThrow());
        assertTrue(Session.of("01").acquisitionTimeIfKnown().isEmpty());
        IllegalArgumentException e = rejects(() -> Session.of("ses-01"));
        assertTrue(e.getMessage().contains("session label") && e.getMessage().contains("'ses-'"), e.getMessage());
    }

    @Test
    void attributesAreCopiedAndUnmodifiableAndKeepOrder() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("sex", "F");
        attrs.put("age", "34");
        attrs.put("group", "High");
        Participant p = new Participant("01", attrs, List.of());
        attrs.put("age", "99");
        assertEquals("34", p.attribute("age").orElseThrow());
        assertEquals(List.of("sex", "age", "group"), new ArrayList<>(p.attributes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> p.attributes().put("x", "y"));
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<Session> sessions = new ArrayList<>(List.of(Session.of("01")));
        Participant p = new Participant("01", Map.of(), sessions);
        sessions.add(Session.of("02"));
        assertEquals(1, p.sessions().size());
        assertThrows(UnsupportedOperationException.class, () -> p.sessions().add(Session.of("03")));

        List<Participant> participants = new ArrayList<>(List.of(p));
        Study study = new Study("stress", "Stress study", participants);
        participants.clear();
        assertEquals(1, study.participants().size());
        assertThrows(UnsupportedOperationException.class, () -> study.participants().clear());
    }

    @Test
    void invalidAttributesAreRejected() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("age", null);
        assertTrue(rejects(() -> new Participant("01", withNull, List.of())).getMessage().contains("'age'"));
        assertTrue(rejects(() -> new Participant("01", Map.of("participant_id", "x"), List.of())).getMessage()
                .contains("participant_id"));
    }

    @Test
    void duplicatesAreRejected() {
        IllegalArgumentException e = rejects(
                () -> new Participant("01", Map.of(), List.of(Session.of("01"), Session.of("01"))));
        assertTrue(e.getMessage().contains("duplicate '01'"), e.getMessage());
        rejects(() -> new Study("s", "S", List.of(Participant.of("01"), Participant.of("01"))));
        assertTrue(rejects(() -> Study.of(" ", "S")).getMessage().contains("study id"));
        assertTrue(rejects(() -> Study.of("s", "")).getMessage().contains("study name"));
    }

    @Test
    void withersReturnModifiedCopies() {
        Study empty = Study.of("stress", "Stress study");
        Study one = empty.withParticipant(Participant.of("01"));
        assertTrue(empty.participants().isEmpty());
        Study updated = one.withParticipant(Participant.of("01").withAttribute("group", "High"));
        assertEquals(1, updated.participants().size(), "same label replaces");
        assertEquals("High", updated.participant("01").orElseThrow().attribute("group").orElseThrow());
        Participant p = updated.participant("01").orElseThrow().withSession(Session.of("01")).withSession(Session.of("02"));
        assertEquals(2, p.sessions().size());
        assertTrue(p.session("02").isPresent());
        assertTrue(p.withAttribute("group", null).attribute("group").isEmpty());
        assertEquals("Renamed", one.withName("Renamed").name());
        assertFalse(one.participant("02").isPresent());
    }

    @Test
    void recordingChecksChannels() {
        SamplingRate khz = SamplingRate.ofHertz(1000);
        Channel ecg = new Channel("ECG", Unit.MILLIVOLT, khz, ChannelType.ECG, 10);
        Channel lux = Channel.of("LUX", Unit.LUX, khz, ChannelType.LUX);
        Recording r = new Recording("sub-01_ses-01_task-stress", Instant.EPOCH, List.of(ecg, lux), 60_000);
        assertEquals(60.0, r.durationSeconds(), 0);
        assertEquals(khz, r.samplingRate());
        assertTrue(r.channel("LUX").isPresent());
        assertTrue(ecg.hasResolution() && !lux.hasResolution());
        assertEquals(120_000, r.withSampleCount(120_000).sampleCount());

        Channel slow = Channel.of("RESP", Unit.DIMENSIONLESS, SamplingRate.ofHertz(100), ChannelType.RESP);
        assertTrue(rejects(() -> new Recording("r", null, List.of(ecg, slow), 0)).getMessage().contains("one sampling rate"));
        assertTrue(rejects(() -> new Recording("r", null, List.of(), 0)).getMessage().contains("at least one"));
        assertTrue(rejects(() -> new Recording("r", null, List.of(ecg, ecg), 0)).getMessage().contains("duplicate"));
        assertTrue(rejects(() -> new Recording("r", null, List.of(ecg), -1)).getMessage().contains("sample count"));
        assertTrue(rejects(() -> new Channel("EC\tG", Unit.MILLIVOLT, khz, ChannelType.ECG, 0)).getMessage()
                .contains("channel name"));
        assertTrue(rejects(() -> new Channel("ECG", Unit.MILLIVOLT, khz, ChannelType.ECG, 65)).getMessage()
                .contains("resolution"));
    }

    @Test
    void provenanceNamesVagus() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("highpass_hz", "0.02");
        Provenance p = Provenance.vagus(Instant.parse("2025-01-01T00:00:00Z"), params);
        params.put("order", "12");
        assertEquals(VagusInfo.NAME, p.software());
        assertEquals(VagusInfo.VERSION, p.version());
        assertEquals(Map.of("highpass_hz", "0.02"), p.parameters());
        assertEquals("Vagus " + VagusInfo.VERSION, VagusInfo.nameAndVersion());
        rejects(() -> new Provenance("", "1", Instant.EPOCH, Map.of()));
    }
}
