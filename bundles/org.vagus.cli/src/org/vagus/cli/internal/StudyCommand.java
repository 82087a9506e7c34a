package org.vagus.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.core.model.Study;
import org.vagus.study.StudyFolder;

/**
 * {@code vagus study ...}: the study folder from the command line, the scriptable twin of the workbench's
 * study explorer.
 */
public final class StudyCommand implements VagusCommand {

    @Override
    public String summary() {
        return "create a study folder, add participants and sessions, show what it holds";
    }

    @Override
    public String usage() {
        return """
                vagus study create DIR --name NAME
                vagus study show DIR
                vagus study add-participant DIR LABEL [COLUMN=VALUE ...]
                vagus study add-session DIR PARTICIPANT SESSION
                  DIR          a study folder (BIDS layout: dataset_description.json, participants.tsv, sub-*/ses-*/)
                  LABEL        participant code, letters and digits (01 becomes sub-01); never a name
                  COLUMN=VALUE participants.tsv cells such as age=34 sex=F group=High""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("name"), Set.of());
        List<String> p = a.positional();
        if (p.size() < 2) {
            throw new UsageException("expected an action and a study folder");
        }
        Path dir = ctx.resolve(p.get(1));
        switch (p.get(0)) {
            case "create" -> {
                expect(p, 2, "create DIR --name NAME");
                String name = a.option("name", null);
                if (name == null || name.isBlank()) {
                    throw new UsageException("create needs --name NAME");
                }
                try (StudyFolder f = StudyFolder.create(dir, name)) {
                    ctx.out().println("created study '" + f.study().name() + "' in " + dir);
                }
            }
            case "show" -> {
                expect(p, 2, "show DIR");
                try (StudyFolder f = StudyFolder.openReadOnly(dir)) {
                    show(ctx, dir, f);
                }
            }
            case "add-participant" -> {
                if (p.size() < 3) {
                    throw new UsageException("add-participant needs DIR and LABEL");
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                for (String cell : p.subList(3, p.size())) {
                    int eq = cell.indexOf('=');
                    if (eq <= 0) {
                        throw new UsageException("'" + cell + "' is not COLUMN=VALUE");
                    }
                    attributes.put(cell.substring(0, eq), cell.substring(eq + 1));
                }
                Participant participant = new Participant(p.get(2), attributes, List.of());
                try (StudyFolder f = StudyFolder.open(dir)) {
                    f.addParticipant(participant);
                }
                ctx.out().println("added " + participant.bidsName() + " to " + dir);
            }
            case "add-session" -> {
                expect(p, 4, "add-session DIR PARTICIPANT SESSION");
                Session session = Session.of(p.get(3));
                try (StudyFolder f = StudyFolder.open(dir)) {
                    f.addSession(p.get(2), session);
                    ctx.out().println("added " + f.sessionDirectory(p.get(2), session.label()));
                }
            }
            default -> throw new UsageException("unknown action '" + p.get(0) + "'");
        }
        return 0;
    }

    private static void expect(List<String> positional, int n, String form) throws UsageException {
        if (positional.size() != n) {
            throw new UsageException("expected: vagus study " + form);
        }
    }

    private static void show(CommandContext ctx, Path dir, StudyFolder f) {
        Study s = f.study();
        ctx.out().println(s.name() + " (" + dir + ")");
        ctx.out().println(f.isPlainBids() ? "plain BIDS dataset (read-only for Vagus)"
                : "Vagus study, format version " + f.formatVersion());
        ctx.out().println(s.participants().size() + " participant(s)");
        for (Participant participant : s.participants()) {
            StringBuilder line = new StringBuilder("  ").append(participant.bidsName());
            participant.attributes().forEach((k, v) -> line.append("  ").append(k).append(' ').append(v));
            ctx.out().println(line);
            for (Session session : participant.sessions()) {
                ctx.out().println("    " + session.bidsName()
                        + session.acquisitionTimeIfKnown().map(t -> "  " + t).orElse(""));
            }
        }
    }
}
