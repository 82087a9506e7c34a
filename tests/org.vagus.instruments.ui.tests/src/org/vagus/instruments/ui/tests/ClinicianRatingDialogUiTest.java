package org.vagus.instruments.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.model.Participant;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.phenotype.PhenotypeFiles;
import org.vagus.instruments.phenotype.SessionScore;
import org.vagus.instruments.ui.ClinicianRatingDialog;
import org.vagus.study.StudyFolder;

/** The clinician's form: ranges per item, refusals naming the item, total and band, the row in the phenotype table. */
class ClinicianRatingDialogUiTest {

    @Test
    void hamdRatingsAreCheckedTotalledAndSaved(@TempDir Path dir) throws Exception {
        Path studyDir;
        try (StudyFolder f = StudyFolder.create(dir.resolve("study"), "Stress")) {
            f.addParticipant(Participant.of("03"));
            studyDir = f.directory();
        }
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Shell parent = new Shell(display);
        InstrumentRegistry registry = InstrumentRegistry.builtIn();
        var scales = ClinicianRatingDialog.clinicianScales(registry.instruments());
        assertEquals(List.of("hama-14", "hamd-17"), scales.stream().map(i -> i.id()).toList());
        ClinicianRatingDialog d = new ClinicianRatingDialog(parent, scales, studyDir, List.of("03"), "03");
        d.setBlockOnOpen(false);
        d.open();
        try {
            d.selectInstrument("hamd-17");
            for (int i = 1; i <= 17; i++) {
                d.enter(i, "1");
            }
            d.enter(4, "3");
            d.enter(9, "");
            assertEquals("15 of 17 items rated; 2 to correct or fill in", d.summary());
            assertFalse(d.save(), "an out-of-range and a missing item");
            assertTrue(d.message().contains("HAMD-17 item 4 (insomnia early): 3 is out of range; allowed 0-2"),
                    d.message());
            assertTrue(d.message().contains("HAMD-17 item 9 (agitation): missing; enter 0-4"), d.message());
            assertNull(d.saved());
            d.enter(4, "2");
            d.enter(9, "4");
            // 15 items at 1, item 4 at 2 and item 9 at 4: 21, band moderate (17-23)
            assertEquals("Total 21: moderate", d.summary());
            d.administration("sub-03", "01", "intake");
            assertTrue(d.save(), d.message());
            assertEquals(21, d.saved().score().total());
        } finally {
            d.close();
            parent.dispose();
        }
        // PhenotypeFiles.read scores the stored row again from its answers
        List<SessionScore> rows = PhenotypeFiles.read(studyDir, registry.get("hamd-17"));
        assertEquals(1, rows.size());
        assertEquals("03", rows.get(0).participant());
        assertEquals("intake", rows.get(0).timepoint());
        assertEquals(21, rows.get(0).score().total());
        assertEquals("moderate", rows.get(0).score().bandIfAny().orElseThrow().label());
    }

    @Test
    void aParticipantNotInTheStudyIsRefused(@TempDir Path dir) throws Exception {
        Path studyDir;
        try (StudyFolder f = StudyFolder.create(dir.resolve("study"), "Stress")) {
            studyDir = f.directory();
        }
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Shell parent = new Shell(display);
        var scales = ClinicianRatingDialog.clinicianScales(InstrumentRegistry.builtIn().instruments());
        ClinicianRatingDialog d = new ClinicianRatingDialog(parent, scales, studyDir, List.of("01"), null);
        d.setBlockOnOpen(false);
        d.open();
        try {
            for (int i = 1; i <= 14; i++) {
                d.enter(i, "0");
            }
            d.administration("02", "01", "intake");
            assertFalse(d.save());
            assertTrue(d.message().contains("sub-02 is not in the study"), d.message());
        } finally {
            d.close();
            parent.dispose();
        }
    }
}
