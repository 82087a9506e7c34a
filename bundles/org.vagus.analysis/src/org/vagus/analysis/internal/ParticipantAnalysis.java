package org.vagus.analysis.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vagus.analysis.internal.StudyInputs.ParticipantInput;
import org.vagus.analysis.internal.StudyInputs.RecordingInput;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.ParticipantCourse;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.analysis.results.ParticipantResult.Status;
import org.vagus.analysis.results.RecordingSummary;
import org.vagus.core.model.Event;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.Signal;
import org.vagus.io.bids.EventsTsv;
import org.vagus.io.bids.PhysioReader;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.signal.Parameters;
import org.vagus.signal.RPeaks;
import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.BeatEditLayer;
import org.vagus.signal.beats.BeatEditsTsv;
import org.vagus.signal.beats.BeatTimes;
import org.vagus.signal.beats.EditedBeats;
import org.vagus.signal.beats.Epoch;
import org.vagus.signal.beats.EpochAverage;
import org.vagus.signal.beats.EpochSet;
import org.vagus.signal.beats.Epochs;
import org.vagus.signal.beats.HeartRate;
import org.vagus.signal.beats.HeartRateSeries;
import org.vagus.signal.beats.RegularSeries;
import org.vagus.signal.beats.TimeSegment;
import org.vagus.signal.hrv.EventEpochs;
import org.vagus.signal.hrv.HrvTimeCourse;
import org.vagus.signal.hrv.RrIntervals;

/**
 * One participant from raw ECG to its variables, following the recipe's {@link Pipeline}: for each recording
 * the ECG column is read, R peaks detected, artefacts corrected, the manual edit layer applied (with the
 * recording's gaps and the segments marked unusable left out), heart rate put on the grid and cut into
 * baseline-corrected epochs around the selected events; the beats' intervals give the nHF course of the TVAR
 * model, cut into epochs alike. The epochs of all recordings are averaged (heart rate NaN-aware point by point;
 * nHF over the epochs kept), and the recipe's features are measured on the averages. A participant that cannot
 * be analysed gets a result that says why; one bad file never stops the other participants.
 */
public final class ParticipantAnalysis {
    private final Pipeline pipeline;
    private final Path studyDir;

    public ParticipantAnalysis(Pipeline pipeline, Path studyDir) {
        this.pipeline = pipeline;
        this.studyDir = studyDir;
    }

    /** What one recording gave. */
    private record Outcome(RecordingSummary summary, List<Epoch> hrEpochs, List<double[]> nhfEpochs,
            EpochSet hrSet, Parameters nhfParameters) {
    }

    /** Analyses one participant; never throws for bad input (the result's status and note say what happened). */
    public ParticipantResult analyse(ParticipantInput input) {
        String label = input.participant().label();
        List<String> warnings = new ArrayList<>();
        Map<String, Double> variables = new LinkedHashMap<>();
        Recipe recipe = pipeline.recipe();
        recipe.features().forEach(f -> variables.put(f.id(), Double.NaN));
        derived(input, variables, warnings);
        if (input.recordings().isEmpty()) {
            return new ParticipantResult(label, Status.NO_RECORDING, "no physio recording (*" + StudyInputs.PHYSIO_SUFFIX
                    + ") below " + input.participant().bidsName() + "/", List.of(), null, null, variables, warnings);
        }
        List<RecordingSummary> summaries = new ArrayList<>();
        List<Epoch> hr = new ArrayList<>();
        List<double[]> nhf = new ArrayList<>();
        EpochSet firstSet = null;
        Parameters nhfParameters = null;
        for (RecordingInput r : input.recordings()) {
            Outcome o;
            try {
                o = recording(r);
            } catch (IOException | RuntimeException e) {
                // messages name files by absolute path, which may hold a user name: the study's own folder is cut
                // so that results and report (which leave the study) say only study-relative paths
                String message = String.valueOf(e.getMessage()).replace(studyDir.toAbsolutePath().normalize()
                        + java.io.File.separator, "");
                String what = StudyInputs.relative(studyDir, r.physio()) + ": " + message;
                summaries.add(summary(r, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(what)));
                return new ParticipantResult(label, Status.FAILED, what, summaries, null, null, variables,
                        append(warnings, what));
            }
            summaries.add(o.summary());
            o.summary().warnings().forEach(warnings::add);
            hr.addAll(o.hrEpochs());
            nhf.addAll(o.nhfEpochs());
            if (firstSet == null && o.hrSet() != null) {
                firstSet = o.hrSet();
            }
            if (nhfParameters == null && o.nhfParameters() != null) {
                nhfParameters = o.nhfParameters();
            }
        }
        if (hr.isEmpty()) {
            String why = summaries.stream().allMatch(s -> s.events() == null)
                    ? "no events file (*" + StudyInputs.EVENTS_SUFFIX + ") beside the recording"
                    : summaries.stream().allMatch(s -> s.rPeaks() < 3) ? "too few R peaks"
                    : "no event selected by " + pipeline.selector();
            return new ParticipantResult(label, Status.NO_EPOCHS, "no epoch: " + why, summaries, null, null,
                    variables, warnings);
        }
        EpochSet pooled = new EpochSet(hr, firstSet.window(), firstSet.rate(), firstSet.firstIndex(),
                firstSet.length(), firstSet.unit(), firstSet.parameters().with("epochs.recordings",
                        summaries.size()));
        EpochAverage average = pooled.average();
        if (average.mean().countAvailable() == 0) {
            return new ParticipantResult(label, Status.NO_EPOCHS, "no heart-rate value in any of " + hr.size()
                    + " epochs (beats missing around the events)", summaries, null, null, variables, warnings);
        }
        ParticipantCourse hrCourse = new ParticipantCourse(Recipe.COURSE_HR, average.mean(), average.counts(),
                average.trials());
        ParticipantCourse nhfCourse = nhf.isEmpty() ? null : nhfAverage(nhf, nhfParameters);
        if (nhfCourse == null) {
            warnings.add(input.participant().bidsName() + ": no nHF epoch; nHF features are missing");
        }
        for (Recipe.FeatureSpec f : recipe.features()) {
            ParticipantCourse c = f.course().equals(Recipe.COURSE_HR) ? hrCourse : nhfCourse;
            variables.put(f.id(), c == null ? Double.NaN : Windows.measure(c.mean(), f.fromS(), f.toS(), f.measure()));
        }
        return new ParticipantResult(label, Status.ANALYSED, "", summaries, hrCourse, nhfCourse, variables, warnings);
    }

    private Outcome recording(RecordingInput in) throws IOException {
        String name = StudyInputs.relative(studyDir, in.physio());
        List<String> warnings = new ArrayList<>();
        PhysioReader.Result read = PhysioReader.read(in.physio());
        read.warnings().forEach(w -> warnings.add(name + ": " + w.replace(in.physio().toString() + ": ", "")));
        PhysioSidecar sidecar = read.sidecar();
        if (read.sampleCount() == 0) {
            throw new IOException("no sample could be read" + (read.warnings().isEmpty() ? ""
                    : " (" + read.warnings().get(0).replace(in.physio().toString() + ": ", "") + ")"));
        }
        String wanted = pipeline.recipe().recordings().ecgColumn();
        int column = sidecar.columns().indexOf(wanted);
        if (column < 0) {
            column = 0;
            warnings.add(name + ": no column '" + wanted + "' (columns " + sidecar.columns() + "); analysed the first, '"
                    + sidecar.columns().get(0) + "'");
        }
        Signal ecg = read.record().signal(column);
        SamplingRate rate = ecg.rate();
        RPeaks peaks = pipeline.detector().detect(ecg);
        BeatTimes detected = BeatTimes.of(peaks);
        if (detected.count() < 3) {
            warnings.add(name + ": only " + detected.count() + " R peaks found; recording not used");
            return new Outcome(summary(in, null, sidecar.columns().get(column), read.durationSeconds(), peaks.count(),
                    0, 0, 0, 0, 0, 0, 0, warnings), List.of(), List.of(), null, null);
        }
        ArtefactCorrection correction = pipeline.corrector().correct(detected);
        int artefacts = correction.flaggedInputBeats() + correction.inserted().size();
        EditedBeats edited = new EditedBeats(correction.corrected(), List.of(), List.of());
        int editsApplied = 0;
        Path editsUsed = null;
        if (pipeline.recipe().beats().manualEdits() && in.beatEdits() != null) {
            BeatEditLayer layer = BeatEditsTsv.read(in.beatEdits());
            edited = layer.apply(correction.corrected());
            editsApplied = layer.edits().size() - edited.skipped().size();
            editsUsed = in.beatEdits();
            for (EditedBeats.SkippedEdit s : edited.skipped()) {
                warnings.add(StudyInputs.relative(studyDir, in.beatEdits()) + ": edit " + (s.index() + 1)
                        + " not applied: " + s.reason());
            }
        }
        List<TimeSegment> unusable = new ArrayList<>(edited.unusable());
        for (PhysioSidecar.Gap g : sidecar.gaps()) {
            unusable.add(new TimeSegment(rate.sampleToSeconds(g.sample()), rate.sampleToSeconds(g.sample() + g.frames())));
        }
        BeatTimes beats = edited.beats();
        HeartRateSeries hr = HeartRate.of(beats, unusable, pipeline.heartRate());
        List<Event> selected = List.of();
        if (in.events() == null) {
            warnings.add(name + ": no events file beside it (*" + StudyInputs.EVENTS_SUFFIX + "); no epochs");
        } else {
            selected = pipeline.selector().select(shifted(EventsTsv.read(in.events(), rate), sidecar.startTime(),
                    rate, name, warnings));
            if (selected.isEmpty()) {
                warnings.add(StudyInputs.relative(studyDir, in.events()) + ": no event selected by "
                        + pipeline.selector());
            }
        }
        EpochSet set = Epochs.cut(hr.bpm(), selected, pipeline.window());
        List<double[]> nhf = List.of();
        Parameters nhfParameters = null;
        if (!selected.isEmpty() && beats.count() >= 3) {
            double[] onsets = new double[selected.size()];
            for (int i = 0; i < onsets.length; i++) {
                onsets[i] = selected.get(i).onset();
            }
            try {
                HrvTimeCourse course = pipeline.hrv().analyse(rrIntervals(beats, unusable));
                EventEpochs.Epochs e = pipeline.nhfEpochs().epochs(course.nHfSeries(), onsets);
                nhf = List.of(e.values());
                if (!e.rejected().isEmpty()) {
                    warnings.add(name + ": " + e.rejected().size() + " of " + onsets.length + " nHF epochs rejected ("
                            + e.rejected().get(0) + (e.rejected().size() > 1 ? ", ..." : "") + ")");
                }
                nhfParameters = nhfParameters(beats.parameters());
            } catch (IllegalArgumentException | IllegalStateException ex) {
                warnings.add(name + ": no nHF course: " + ex.getMessage());
            }
        }
        RecordingSummary summary = summary(in, editsUsed, sidecar.columns().get(column), read.durationSeconds(),
                peaks.count(), beats.count(), artefacts, editsApplied, edited.skipped().size(), selected.size(),
                set.size(), nhf.size(), warnings);
        return new Outcome(summary, set.epochs(), nhf, set, nhfParameters);
    }

    private RecordingSummary summary(RecordingInput in, Path editsUsed, String column, double duration, int peaks,
            int beats, int artefacts, int applied, int skipped, int selected, int hrEpochs, int nhfEpochs,
            List<String> warnings) {
        return new RecordingSummary(StudyInputs.relative(studyDir, in.physio()),
                in.events() == null ? null : StudyInputs.relative(studyDir, in.events()),
                editsUsed == null ? null : StudyInputs.relative(studyDir, editsUsed), column, duration, peaks, beats,
                artefacts, applied, skipped, selected, hrEpochs, nhfEpochs, warnings);
    }

    /**
     * Events on the recording's time base: BIDS onsets count from the events' origin, and the physio sidecar's
     * StartTime is the time of the recording's first sample on that origin (0 for a Vagus recording).
     */
    private static List<Event> shifted(List<Event> events, double startTime, SamplingRate rate, String name,
            List<String> warnings) {
        if (startTime == 0) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        int before = 0;
        for (Event e : events) {
            double t = e.onset() - startTime;
            if (t < 0) {
                before++;
                continue;
            }
            out.add(new Event(t, e.duration(), rate.secondsToSample(t), e.trialType(), e.trial(), e.columns()));
        }
        if (before > 0) {
            warnings.add(name + ": " + before + " event(s) before the recording's first sample (StartTime "
                    + startTime + " s) left out");
        }
        return out;
    }

    /**
     * The intervals of the beats; an interval that overlaps an unusable segment (marked by hand or a gap in the
     * recording) is not normal-to-normal, so the resampler bridges or masks it rather than using it.
     */
    static RrIntervals rrIntervals(BeatTimes beats, List<TimeSegment> unusable) {
        double[] t = beats.secondsArray();
        boolean[] normal = new boolean[t.length];
        java.util.Arrays.fill(normal, true);
        if (!unusable.isEmpty()) {
            for (int i = 0; i + 1 < t.length; i++) {
                for (TimeSegment s : unusable) {
                    if (s.overlaps(t[i], t[i + 1])) {
                        normal[i] = false;
                        normal[i + 1] = false;
                        break;
                    }
                }
            }
        }
        return RrIntervals.ofBeatTimes(t, normal);
    }

    private Parameters nhfParameters(Parameters beats) {
        Recipe.HrvSpec h = pipeline.recipe().hrv();
        return beats.with("hrv.resample_hz", h.resampleHz()).with("hrv.interpolation", h.interpolation())
                .with("hrv.detrending", pipeline.hrv().detrending().describe()).with("hrv.order", h.order())
                .with("hrv.q", h.q()).with("hrv.q_relative", h.qRelative())
                .with("hrv.bands", pipeline.hrv().tvar().bands().toString())
                .with("nhf", "HF / (total - VLF)")
                .with("epochs.window_s", pipeline.window().startSeconds() + ".." + pipeline.window().endSeconds())
                .with("epochs.baseline_s", pipeline.window().baselineStartSeconds() + ".."
                        + pipeline.window().baselineEndSeconds())
                .with("epochs.step_s", pipeline.nhfEpochs().stepS()).with("epochs.events", pipeline.selector());
    }

    /** The mean of the kept nHF epochs of all recordings, on the epoch grid. */
    private ParticipantCourse nhfAverage(List<double[]> rows, Parameters parameters) {
        EventEpochs g = pipeline.nhfEpochs();
        int m = rows.get(0).length;
        double[] mean = new double[m];
        for (double[] row : rows) {
            for (int j = 0; j < m; j++) {
                mean[j] += row[j];
            }
        }
        int[] counts = new int[m];
        for (int j = 0; j < m; j++) {
            mean[j] /= rows.size();
            counts[j] = rows.size();
        }
        SamplingRate rate = SamplingRate.ofHertz(1 / g.stepS());
        long first = Math.round(g.fromS() / g.stepS());
        Parameters p = (parameters == null ? Parameters.empty() : parameters).with("average.trials", rows.size());
        return new ParticipantCourse(Recipe.COURSE_NHF, new RegularSeries(rate, first, mean, Unit.DIMENSIONLESS, p),
                counts, rows.size());
    }

    /** The derived variables: {@code after - before} of two participants.tsv columns, NaN where either is missing. */
    private void derived(ParticipantInput input, Map<String, Double> variables, List<String> warnings) {
        for (Recipe.DerivedSpec d : pipeline.recipe().derived()) {
            double after = number(input, d.after(), warnings);
            double before = number(input, d.before(), warnings);
            variables.put(d.id(), after - before);
        }
    }

    /** A participants.tsv value as a number; NaN (with a warning if it is not a number) where missing. */
    static double number(ParticipantInput input, String column, List<String> warnings) {
        String v = input.participant().attribute(column).orElse(null);
        if (v == null) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (warnings != null) {
            warnings.add(String.format(Locale.ROOT, "participants.tsv: %s, column %s: '%s' is not a number",
                    input.participant().bidsName(), column, v));
        }
        return Double.NaN;
    }

    private static List<String> append(List<String> list, String line) {
        list.add(line);
        return list;
    }
}
