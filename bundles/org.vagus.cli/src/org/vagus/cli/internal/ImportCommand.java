package org.vagus.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.io.FormatRegistry;
import org.vagus.io.RecordFormat;
import org.vagus.io.SignalRecord;
import org.vagus.study.StudyFolder;
import org.vagus.study.transfer.PulseAlignment;
import org.vagus.study.transfer.RecordingImport;

/**
 * {@code vagus import STUDY FILE ...}: a recording from another program (OpenSignals, an EDF+ or WFDB file) into a
 * study session as BIDS physio, optionally aligning the session's task events with it.
 */
public final class ImportCommand implements VagusCommand {

    @Override
    public String summary() {
        return "import a recording (WFDB, OpenSignals, EDF+/BDF+) into a study session, aligned with its events";
    }

    @Override
    public String usage() {
        return """
                vagus import STUDY FILE --participant ID [--session S] [--task T] [--format NAME]
                             [--channels A,B,...] [--align trigger:CHANNEL | --align clock:OFFSET_S] [--tolerance-ms MS]
                  STUDY        a Vagus study folder; the participant and session are added if missing
                  FILE         the recording; its format is recognised unless --format names one
                  --session    session label (default 1)
                  --task       BIDS task label (default rest); names sub-ID_ses-S_task-T_physio.tsv.gz
                  --channels   channels to keep, by name (default all; they must share one sampling rate)
                  --align      move the session's sub-ID_ses-S_task-T_events.tsv onto the recording's clock:
                               trigger:CHANNEL  pulses in CHANNEL, one per onset (vagus run --pulse-output)
                               clock:OFFSET_S   the recording started OFFSET_S s after the runner's time zero
                  --tolerance-ms  largest pulse-onset mismatch counted as a match (default 50)""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args,
                Set.of("participant", "session", "task", "format", "channels", "align", "tolerance-ms"), Set.of());
        List<String> p = a.positional();
        if (p.size() != 2) {
            throw new UsageException("expected STUDY and FILE");
        }
        String participant = a.option("participant", null);
        if (participant == null) {
            throw new UsageException("--participant ID is required");
        }
        List<String> channels = a.option("channels", null) == null ? List.of()
                : Arrays.stream(a.option("channels", "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
        double toleranceMs;
        try {
            toleranceMs = Double.parseDouble(a.option("tolerance-ms", "50"));
        } catch (NumberFormatException e) {
            throw new UsageException("--tolerance-ms expects milliseconds, got '" + a.option("tolerance-ms", "") + "'");
        }
        if (!(toleranceMs > 0)) {
            throw new UsageException("--tolerance-ms must be > 0");
        }
        RecordingImport.Request request;
        try {
            RecordingImport.AlignmentRequest align = a.option("align", null) == null ? null
                    : RecordingImport.AlignmentRequest.parse(a.option("align", null));
            request = new RecordingImport.Request(participant, a.option("session", "1"), a.option("task", "rest"),
                    channels, align, toleranceMs / 1000);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path study = ctx.resolve(p.get(0));
        Path file = ctx.resolve(p.get(1));
        FormatRegistry registry = Formats.registry(ctx.err());
        RecordFormat format;
        if (a.option("format", null) != null) {
            format = registry.byName(a.option("format", null)).orElseThrow(() -> new UsageException("unknown format '"
                    + a.option("format", null) + "'; known: " + registry.formats().stream().map(RecordFormat::name)
                            .toList()));
        } else {
            format = registry.forFile(file).orElse(null);
        }
        SignalRecord record = format == null ? registry.read(file) : format.reader().read(file);
        String formatName = format == null ? "unknown" : format.name();
        RecordingImport.Result result;
        try (StudyFolder folder = StudyFolder.open(study)) {
            result = RecordingImport.run(folder, record, formatName, request);
        }
        ctx.out().println("imported " + file.getFileName() + " (" + formatName + ", " + result.sidecar().columns().size()
                + " channel(s) " + result.sidecar().columns() + " at " + result.sidecar().samplingFrequency() + ", "
                + result.sidecar().sampleCount() + " samples) as " + study.relativize(result.physio()));
        if (result.participantAdded()) {
            ctx.out().println("added participant sub-" + participant);
        } else if (result.sessionAdded()) {
            ctx.out().println("added session ses-" + request.session());
        }
        if (result.alignment() != null) {
            ctx.out().println(result.alignment().describe());
            ctx.out().println("rewrote " + study.relativize(result.events()) + " on the recording's time base;"
                    + " the runner's original is in sourcedata/");
            if (result.alignment().matched() < result.alignment().onsets()
                    && "trigger".equals(result.alignment().method())) {
                ctx.err().println("vagus import: warning: " + (result.alignment().onsets() - result.alignment()
                        .matched()) + " onset(s) without a pulse within " + toleranceMs + " ms (default "
                        + PulseAlignment.DEFAULT_TOLERANCE_S * 1000 + " ms); their times come from the fit");
            }
        }
        return 0;
    }
}
