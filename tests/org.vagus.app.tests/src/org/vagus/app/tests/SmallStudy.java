package org.vagus.app.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.study.StudyFolder;

/** A three-participant study folder written through the study API, as the command line writes it. */
final class SmallStudy {

    private SmallStudy() {
    }

    static Path create(Path dir) throws IOException {
        try (StudyFolder f = StudyFolder.create(dir, "GAD stress study (UI test)")) {
            f.addParticipant(participant("01", "34", "F", "High"));
            f.addParticipant(participant("02", "41", "M", "Low"));
            f.addParticipant(participant("03", "29", "F", "High"));
            f.addSession("01", Session.of("01"));
            f.addSession("01", Session.of("02"));
            f.addSession("02", Session.of("01"));
        }
        return dir;
    }

    private static Participant participant(String label, String age, String sex, String group) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("age", age);
        a.put("sex", sex);
        a.put("group", group);
        return new Participant(label, a, List.of());
    }
}
