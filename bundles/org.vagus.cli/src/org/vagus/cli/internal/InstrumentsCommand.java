package org.vagus.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.instruments.Aggregate;
import org.vagus.instruments.Band;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentFiles;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.InstrumentScore;
import org.vagus.instruments.InstrumentTexts;
import org.vagus.instruments.Item;
import org.vagus.instruments.Numbers;
import org.vagus.instruments.RatingSheet;
import org.vagus.instruments.Respondent;
import org.vagus.instruments.ResponseScale;
import org.vagus.instruments.Scoring;
import org.vagus.instruments.ScoringException;
import org.vagus.instruments.Subscale;
import org.vagus.instruments.TotalRule;
import org.vagus.instruments.phenotype.PhenotypeFiles;
import org.vagus.instruments.phenotype.SessionScore;
import org.vagus.instruments.registry.BundleResources;
import org.vagus.instruments.registry.InstrumentExtensionReader;
import org.vagus.study.StudyFolder;

/**
 * {@code vagus instruments list|show|score|enter}: the questionnaires and clinician scales Vagus knows (built in and
 * contributed through {@code org.vagus.instruments.instruments}), their scoring keys, scoring typed answers, and
 * entering a clinician's ratings into a study (the twin of the workbench's Run > Clinician Rating...: the same
 * {@link RatingSheet} checks, the same {@link PhenotypeFiles} row, written under the study's lock).
 */
public final class InstrumentsCommand implements VagusCommand {

    @Override
    public String summary() {
        return "list questionnaires and clinician scales, show their scoring keys, score answers, enter ratings";
    }

    @Override
    public String usage() {
        return """
                vagus instruments list
                vagus instruments show ID [--texts FILE]
                vagus instruments score ID --answers "3,2,4,..." [--total RULE] [--tsv]
                vagus instruments enter STUDY ID --participant P [--session S] [--time-point T] --answers "2,1,3,..."
                  ID             an instrument id or abbreviation (scs-26, stai-y1, perceived-stress, hama-14,
                                 hamd-17, or contributed ones), or a definition file (*.json) to try it out
                  --texts FILE   merge a texts file (licensed item texts in one language) and show the texts
                  --answers A    the answers in item order, comma-separated; empty or n/a for a missing answer
                                 (missing and out-of-range answers are refused, naming the item and its range)
                  --total RULE   the rule of the total, one the instrument offers (SCS-26: mean, the seed's
                                 "total mean", or mean-of-subscale-means, Neff's); default the instrument's own
                  --tsv          print 'measure<TAB>value' rows (item_N answers, subscales, total, band)
                enter: a clinician scale's ratings (hama-14, hamd-17, or contributed clinician scales) checked as
                  Run > Clinician Rating... checks them, the total and band printed, and the row saved to
                  STUDY/phenotype/ID.tsv (replacing the row of the same participant, session and time point)
                  --participant P  a participant of the study (sub- optional)
                  --session S      the session (ses- optional); default 01
                  --time-point T   when the rating was made (letters, digits, - and _); default intake""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("texts", "answers", "total", "participant", "session", "time-point"),
                Set.of("tsv"));
        List<String> p = a.positional();
        if (p.isEmpty()) {
            throw new UsageException("expected list, show, score or enter");
        }
        switch (p.get(0)) {
            case "list" -> {
                expect(p, 1, "list takes no further arguments");
                list(ctx.out(), registry(ctx.err()));
            }
            case "show" -> {
                expect(p, 2, "show needs one instrument ID");
                Instrument instrument = find(ctx, p.get(1));
                String texts = a.option("texts", null);
                if (texts != null) {
                    InstrumentTexts t = InstrumentFiles.readTexts(ctx.resolve(texts));
                    instrument = InstrumentFiles.merge(instrument, t);
                }
                show(ctx.out(), instrument);
            }
            case "score" -> {
                expect(p, 2, "score needs one instrument ID");
                String answers = a.option("answers", null);
                if (answers == null) {
                    throw new UsageException("score needs --answers \"A1,A2,...\" in item order");
                }
                Instrument instrument = find(ctx, p.get(1));
                TotalRule rule = instrument.totalRule();
                String total = a.option("total", null);
                if (total != null) {
                    try {
                        rule = TotalRule.fromJson(total);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--total: " + e.getMessage());
                    }
                }
                InstrumentScore score;
                try {
                    score = Scoring.score(instrument, Scoring.parseAnswers(instrument, answers), rule);
                } catch (ScoringException e) {
                    refuse(ctx.err(), instrument, answers, e);
                    return 1;
                }
                if (a.flag("tsv")) {
                    tsv(ctx.out(), instrument, score);
                } else {
                    score(ctx.out(), instrument, score);
                }
            }
            case "enter" -> {
                expect(p, 3, "enter needs a STUDY folder and one instrument ID");
                return enter(ctx, a, ctx.resolve(p.get(1)), find(ctx, p.get(2)));
            }
            default -> throw new UsageException("unknown action '" + p.get(0)
                    + "'; expected list, show, score or enter");
        }
        ctx.out().flush();
        return 0;
    }

    /**
     * The built-in instruments and, in a running platform, the contributed ones; a contribution that cannot be
     * loaded is reported on {@code warnings} with its bundle id and skipped.
     */
    static InstrumentRegistry registry(PrintStream warnings) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return InstrumentRegistry.builtIn();
        }
        return new InstrumentExtensionReader(registry, BundleResources::open, w -> warnings.println("vagus: " + w))
                .read();
    }

    private static Instrument find(CommandContext ctx, String id) throws Exception {
        if (id.endsWith(".json")) {
            Path file = ctx.resolve(id);
            if (Files.isRegularFile(file)) {
                return InstrumentFiles.readDefinition(file);
            }
        }
        return registry(ctx.err()).get(id);
    }

    /**
     * Checks the ratings as the Clinician Rating dialog does (its {@link RatingSheet}), then saves the row the
     * dialog saves, holding the study's lock ({@link StudyFolder#open}) for the read-modify-write.
     *
     * @return 0 when saved, 1 when refused (every problem on its own line of the error stream)
     */
    private static int enter(CommandContext ctx, Arguments a, Path studyDir, Instrument instrument) throws Exception {
        String answers = a.option("answers", null);
        String participant = a.option("participant", null);
        if (answers == null || participant == null) {
            throw new UsageException("enter needs --participant P and --answers \"A1,A2,...\" in item order");
        }
        if (instrument.respondent() != Respondent.CLINICIAN) {
            throw new UsageException(instrument.abbreviation() + " is a " + instrument.respondent().jsonName()
                    + " instrument; enter takes clinician scales (see vagus instruments list)");
        }
        String p = strip(participant.trim(), Participant.PREFIX);
        String s = strip(a.option("session", RatingSheet.DEFAULT_SESSION).trim(), Session.PREFIX);
        String t = a.option("time-point", RatingSheet.DEFAULT_TIMEPOINT).trim();
        String[] cells = answers.trim().isEmpty() ? new String[0] : answers.split(",", -1);
        List<String> problems = new ArrayList<>();
        int n = instrument.items().size();
        if (cells.length > n) {
            problems.add(instrument.abbreviation() + ": " + cells.length + " answers given, but it has " + n
                    + (n == 1 ? " item" : " items"));
        }
        RatingSheet sheet = new RatingSheet(instrument);
        for (int i = 0; i < Math.min(cells.length, n); i++) {
            String cell = cells[i].trim();
            sheet.set(i + 1, cell.equals("n/a") ? null : cell);
        }
        problems.addAll(sheet.problems());
        SessionScore row = null;
        if (problems.isEmpty()) {
            try {
                row = new SessionScore(p, s, t, sheet.score());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (row == null) {
            refuseEntry(ctx.err(), instrument, cells.length, problems);
            return 1;
        }
        boolean replaced;
        try (StudyFolder study = StudyFolder.open(studyDir)) {
            List<String> labels = study.study().participants().stream().map(Participant::label).toList();
            if (!labels.isEmpty() && !labels.contains(p)) {
                // the dialog's wording
                refuseEntry(ctx.err(), instrument, cells.length, List.of("participant sub-" + p
                        + " is not in the study (its participants: " + String.join(", ", labels) + ")"));
                return 1;
            }
            SessionScore key = row;
            replaced = PhenotypeFiles.read(study.directory(), instrument).stream().anyMatch(key::sameAdministration);
            PhenotypeFiles.put(study.directory(), instrument, row);
        }
        PrintStream out = ctx.out();
        out.println(instrument.abbreviation() + " (" + instrument.version() + ") " + row.describeKey());
        out.println(sheet.summary());
        out.println((replaced ? "replaced the row in " : "saved to ") + PhenotypeFiles.FOLDER + "/"
                + PhenotypeFiles.tsvFile(studyDir, instrument).getFileName());
        out.flush();
        return 0;
    }

    private static void refuseEntry(PrintStream err, Instrument instrument, int given, List<String> problems) {
        err.println("vagus instruments: cannot enter " + instrument.abbreviation() + " (" + given
                + " answers given for " + instrument.items().size() + " items): " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems"));
        problems.forEach(problem -> err.println("  " + problem));
    }

    private static String strip(String label, String prefix) {
        return label.startsWith(prefix) ? label.substring(prefix.length()) : label;
    }

    /** One problem per line, so that a clinician finds each item to correct. */
    private static void refuse(PrintStream err, Instrument instrument, String answers, ScoringException e) {
        int given = answers.trim().isEmpty() ? 0 : answers.split(",", -1).length;
        err.println("vagus instruments: cannot score " + instrument.abbreviation() + " (" + given
                + " answers given for " + instrument.items().size() + " items): " + e.problems().size()
                + (e.problems().size() == 1 ? " problem" : " problems"));
        e.problems().forEach(problem -> err.println("  " + problem));
    }

    private static void expect(List<String> p, int n, String message) throws UsageException {
        if (p.size() != n) {
            throw new UsageException(message);
        }
    }

    private static void list(PrintStream out, InstrumentRegistry registry) {
        out.println("id\tabbreviation\titems\trespondent\ttotal\tname");
        for (Instrument i : registry.instruments()) {
            out.println(i.id() + "\t" + i.abbreviation() + "\t" + i.items().size() + "\t" + i.respondent().jsonName()
                    + "\t" + String.join(", ", i.offeredTotals().stream().map(TotalRule::jsonName).toList()) + "\t"
                    + i.name());
        }
    }

    private static void show(PrintStream out, Instrument i) {
        out.println(i.abbreviation() + ": " + i.name());
        out.println("id          " + i.id());
        out.println("version     " + i.version());
        if (i.reference() != null) {
            out.println("reference   " + i.reference());
        }
        out.println("respondent  " + i.respondent().jsonName());
        out.println("licence     " + i.licence());
        for (Map.Entry<String, ResponseScale> s : i.scales().entrySet()) {
            ResponseScale scale = s.getValue();
            ResponseScale shown = new ResponseScale(scale.min(), scale.max(), i.anchors(s.getKey()));
            out.println("scale       " + s.getKey() + ": " + shown.describe());
        }
        if (i.texts() != null) {
            out.println("texts       " + i.texts().language() + " from " + i.texts().source() + " ("
                    + i.texts().items().size() + " of " + i.items().size() + " items)");
            if (i.texts().instructions() != null) {
                out.println("instructions " + i.texts().instructions());
            }
        } else {
            out.println("texts       none loaded: forms show item numbers, domain labels and anchors");
        }
        out.println("items");
        for (Item item : i.items()) {
            String text = i.itemText(item.number()).map(t -> "  \"" + t + "\"").orElse("");
            out.printf("  %3d  %-26s %s%s%s%n", item.number(), item.domain(), item.scale().range(),
                    item.reverse() ? "  reverse-keyed (" + item.scale().reverseRule() + ")" : "", text);
        }
        if (!i.subscales().isEmpty()) {
            out.println("subscales");
            int width = i.subscales().stream().mapToInt(s -> s.id().length()).max().orElse(0);
            for (Subscale s : i.subscales()) {
                out.printf("  %-" + width + "s  %s: %s of items %s%n", s.id(), s.name(), s.rule().jsonName(),
                        String.join(", ", s.items().stream().map(String::valueOf).toList()));
            }
        }
        for (TotalRule r : i.offeredTotals()) {
            double[] range = i.totalRange(r);
            out.println((r == i.totalRule() ? "total       " : "also        ") + i.describe(r) + " (rule "
                    + r.jsonName() + "), " + Numbers.format(range[0]) + "-" + Numbers.format(range[1]));
        }
        if (i.totalNote() != null) {
            out.println("            " + i.totalNote());
        }
        if (!i.bands().isEmpty()) {
            out.println("bands       " + String.join(", ", i.bands().stream().map(Band::describe).toList()));
        }
    }

    private static void score(PrintStream out, Instrument i, InstrumentScore score) {
        out.println(i.abbreviation() + " (" + i.version() + ")");
        out.println("item  answer  score");
        for (InstrumentScore.ItemScore s : score.items()) {
            out.printf("%4d  %6d  %5d%s%n", s.number(), s.answer(), s.score(), s.reversed()
                    ? "  reversed (" + i.item(s.number()).scale().reverseRule() + ")" : "");
        }
        int width = score.subscales().stream().mapToInt(s -> s.id().length()).max().orElse(0);
        for (InstrumentScore.SubscaleScore s : score.subscales()) {
            out.printf("subscale  %-" + width + "s  %s  (%s)%n", s.id(), shown(s.value(), s.rule() == Aggregate.SUM),
                    s.rule().jsonName());
        }
        out.println("total     " + shown(score.total(), score.rule() == TotalRule.SUM) + "  ("
                + i.describe(score.rule()) + "; rule " + score.rule().jsonName() + ")");
        for (Map.Entry<TotalRule, Double> t : score.totals().entrySet()) {
            if (t.getKey() != score.rule()) {
                out.println("also      " + shown(t.getValue(), t.getKey() == TotalRule.SUM) + "  ("
                        + i.describe(t.getKey()) + "; rule " + t.getKey().jsonName() + ")");
            }
        }
        if (!i.bands().isEmpty()) {
            out.println("band      " + score.bandIfAny().map(Band::describe).orElse("none matches"));
        }
    }

    /** Sums as whole numbers, means with four decimals (full precision: --tsv). */
    private static String shown(double value, boolean sum) {
        return sum ? Numbers.format(value) : String.format(java.util.Locale.ROOT, "%.4f", value);
    }

    private static void tsv(PrintStream out, Instrument i, InstrumentScore score) {
        out.println("measure\tvalue");
        for (InstrumentScore.ItemScore s : score.items()) {
            out.println("item_" + s.number() + "\t" + s.answer());
        }
        for (InstrumentScore.SubscaleScore s : score.subscales()) {
            out.println(s.id() + "\t" + Numbers.format(s.value()));
        }
        out.println("total\t" + Numbers.format(score.total()));
        out.println("total_rule\t" + score.rule().jsonName());
        for (Map.Entry<TotalRule, Double> t : score.totals().entrySet()) {
            if (t.getKey() != score.rule()) {
                out.println("total_" + t.getKey().columnName() + "\t" + Numbers.format(t.getValue()));
            }
        }
        if (!i.bands().isEmpty()) {
            out.println("band\t" + score.bandIfAny().map(Band::label).orElse("n/a"));
        }
    }
}
