package org.vagus.analysis.ui.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.signal.RPeaks;
import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.BeatEditLayer;

/**
 * One recording as the signal viewer reviews it: the ECG column (decimation-ready), the R peaks the recipe's
 * detector found, the recipe's automatic artefact correction of them, and the manual edit layer saved beside the
 * recording so far. Made by the loader in a Job (reading and detecting hours of ECG takes seconds), then handed to
 * the UI thread. Immutable.
 *
 * @param title what the viewer calls it: {@code sub-01 / ses-01 / sub-01_ses-01_task-stress}
 * @param physio the {@code *_physio.tsv.gz} file
 * @param beatEdits where the edit layer is saved ({@code *_beatedits.tsv} beside the recording, the file the
 *            analysis reads when the recipe applies manual edits); it need not exist yet
 * @param column the ECG column shown
 * @param unit the ECG's unit
 * @param rate the sampling rate
 * @param ecg the ECG samples with their min/max pyramid
 * @param peaks the detector's R peaks
 * @param correction the corrector's result over those peaks (the automatic layer the edits apply to)
 * @param saved the edit layer as saved (empty when there is no file)
 * @param warnings what was odd while reading, one line each
 * @since 0.1.0
 */
public record ReviewedRecording(String title, Path physio, Path beatEdits, String column, Unit unit,
        SamplingRate rate, MinMaxPyramid ecg, RPeaks peaks, ArtefactCorrection correction, BeatEditLayer saved,
        List<String> warnings) {
    public ReviewedRecording {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(physio, "physio");
        Objects.requireNonNull(beatEdits, "beatEdits");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(ecg, "ecg");
        Objects.requireNonNull(peaks, "peaks");
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(saved, "saved");
        warnings = List.copyOf(warnings);
    }

    /** @return the duration in seconds */
    public double durationSeconds() {
        return ecg.length() / rate.hertz();
    }
}
