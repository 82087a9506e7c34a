package org.vagus.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.study.transfer.StudyExport;

/**
 * {@code vagus export STUDY --out DIR}: a copy of a study for sharing, de-identified unless
 * {@code --identifying} is given.
 */
public final class ExportCommand implements VagusCommand {

    @Override
    public String summary() {
        return "copy a study for sharing, without identifying columns, dates and user paths";
    }

    @Override
    public String usage() {
        return """
                vagus export STUDY --out DIR [--identifying]
                  STUDY          a study folder
                  --out DIR      a new or empty folder outside the study
                  --identifying  copy as is, names and dates included (only the lock is left out)
                De-identified by default: participants.tsv columns marked "VagusIdentifying" in participants.json or
                named like name, birth_date, email, phone, address, initials are dropped; acq_time dates and JSON
                date fields (VagusStartDateTime, ...) are removed, not shifted; absolute paths in derivatives become
                relative; .vagus/ keeps only study.json.""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("out"), Set.of("identifying"));
        List<String> p = a.positional();
        if (p.size() != 1) {
            throw new UsageException("expected one STUDY folder");
        }
        String out = a.option("out", null);
        if (out == null) {
            throw new UsageException("--out DIR is required");
        }
        boolean identifying = a.flag("identifying");
        if (identifying) {
            ctx.err().println("vagus export: WARNING: --identifying copies names, birth dates, contact details and"
                    + " acquisition dates as they are; the copy is personal health data");
        }
        Path study = ctx.resolve(p.get(0));
        Path target = ctx.resolve(out);
        List<String> removed;
        try {
            removed = StudyExport.run(study, target, identifying);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (String r : removed) {
            ctx.out().println("removed " + r);
        }
        ctx.out().println("exported " + study + " to " + target + (identifying ? " (identifying, as is)"
                : " (de-identified, " + removed.size() + " removal(s))"));
        return 0;
    }
}
