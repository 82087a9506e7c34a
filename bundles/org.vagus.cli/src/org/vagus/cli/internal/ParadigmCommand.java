package org.vagus.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.ParadigmTemplate;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.Timeline;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.registry.TaskExtensionReader;
import org.vagus.paradigm.templates.StressTaskTemplate;
import org.vagus.paradigm.validation.ParadigmValidator;
import org.vagus.paradigm.validation.Problem;
import org.vagus.paradigm.validation.ValidationContext;

/**
 * {@code vagus paradigm validate FILE | show TEMPLATE-or-FILE [--timeline] | templates}: checks paradigm files,
 * prints templates as paradigm files (to start a new paradigm from), and lists the templates. Also the edge where
 * the extension point {@code org.vagus.paradigm.tasks} is read for the commands that use paradigms.
 */
public final class ParadigmCommand implements VagusCommand {
    /**
     * The instrument ids questionnaire steps are checked against until org.vagus.instruments provides its registry:
     * the seed study's self-report instruments.
     */
    static final Set<String> KNOWN_INSTRUMENTS = Set.of(StressTaskTemplate.SCS_26, StressTaskTemplate.STAI_Y1,
            StressTaskTemplate.PERCEIVED_STRESS);

    @Override
    public String summary() {
        return "check a paradigm file, print a template (stress-task) as a paradigm file, list the templates";
    }

    @Override
    public String usage() {
        return """
                vagus paradigm validate FILE [--images DIR]
                  check a paradigm file; prints one problem per line, 'PATH: error|warning: MESSAGE', PATH naming
                  the element at fault (such as tasks[0].trials[3].phases[1]); exit status 1 if there are errors
                  --images DIR  the folder of the stimulus images (default: the file's imageFolder)
                vagus paradigm show TEMPLATE-or-FILE [--timeline]
                  print the paradigm file of a template (vagus paradigm show stress-task > my.paradigm.json) or of a
                  file; the summary (screens, total fixed duration, self-paced screens) goes to standard error
                  --timeline  print the timeline instead: one screen per line with its start and duration
                vagus paradigm templates
                  list the templates""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("images"), Set.of("timeline"));
        List<String> p = a.positional();
        if (p.isEmpty()) {
            throw new UsageException("name an action: validate, show, templates");
        }
        TaskRegistry types = registry(ctx.err());
        switch (p.get(0)) {
            case "validate" -> {
                expect(p, 2, "validate FILE");
                return validate(ctx, types, ctx.resolve(p.get(1)), a.option("images", null));
            }
            case "show" -> {
                expect(p, 2, "show TEMPLATE-or-FILE");
                Loaded l = load(ctx, types, p.get(1));
                Timeline timeline = Timeline.of(l.paradigm());
                if (a.flag("timeline")) {
                    printTimeline(ctx.out(), timeline);
                } else {
                    ctx.out().print(new ParadigmJson(types).toJson(l.paradigm()));
                }
                ctx.out().flush();
                ctx.err().println(l.paradigm().id() + ": " + timeline.summary());
                return 0;
            }
            case "templates" -> {
                expect(p, 1, "templates");
                for (ParadigmTemplate t : types.templates()) {
                    ctx.out().println(t.id() + "\t" + t.name());
                }
                return 0;
            }
            default -> throw new UsageException("unknown action '" + p.get(0) + "'; expected validate, show, templates");
        }
    }

    private static int validate(CommandContext ctx, TaskRegistry types, Path file, String images) throws IOException {
        Paradigm paradigm = new ParadigmJson(types).read(file);
        ValidationContext vc = images != null ? new ValidationContext(ctx.resolve(images), KNOWN_INSTRUMENTS)
                : ValidationContext.of(paradigm, file, ctx.workingDirectory(), KNOWN_INSTRUMENTS);
        List<Problem> problems = new ParadigmValidator(types).validate(paradigm, vc);
        problems.forEach(ctx.out()::println);
        long errors = problems.stream().filter(Problem::isError).count();
        ctx.err().printf(Locale.ROOT, "%s: %d error(s), %d warning(s); %s%n", file, errors, problems.size() - errors,
                Timeline.of(paradigm).summary());
        return errors == 0 ? 0 : 1;
    }

    private static void printTimeline(PrintStream out, Timeline timeline) {
        out.println("start_s\tduration_s\tlabel\telement");
        long start = 0;
        for (Timeline.Entry e : timeline.entries()) {
            String duration = e.timing().selfPaced() ? "self-paced" : seconds(e.fixed().toMillis());
            out.println(seconds(start) + "\t" + duration + "\t" + e.label() + "\t" + e.path());
            start += e.fixed().toMillis();
        }
        out.println("total fixed: " + seconds(start) + " s; " + timeline.summary());
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static void expect(List<String> p, int n, String form) throws UsageException {
        if (p.size() != n) {
            throw new UsageException("expected: vagus paradigm " + form);
        }
    }

    /** A paradigm and the file it came from (null for a template). */
    record Loaded(Paradigm paradigm, Path file) {
    }

    /**
     * A paradigm named on the command line: an existing file, else a template id.
     *
     * @throws UsageException if it is neither, listing the templates
     */
    static Loaded load(CommandContext ctx, TaskRegistry types, String fileOrTemplate) throws IOException,
            UsageException {
        Path file = ctx.resolve(fileOrTemplate);
        if (Files.isRegularFile(file)) {
            return new Loaded(new ParadigmJson(types).read(file), file);
        }
        return types.template(fileOrTemplate).map(t -> new Loaded(t.create(), null))
                .orElseThrow(() -> new UsageException("'" + fileOrTemplate + "' is neither a paradigm file nor a"
                        + " template; templates: " + String.join(", ", types.templates().stream()
                                .map(ParadigmTemplate::id).toList())));
    }

    /**
     * The phase types and templates: the built-in ones plus those contributed through the extension point
     * {@code org.vagus.paradigm.tasks}. Without a running platform (plain unit tests) only the built-in ones.
     *
     * @param warnings where a contribution that cannot be loaded is reported (with its bundle id) and skipped
     */
    static TaskRegistry registry(PrintStream warnings) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return TaskRegistry.builtIn();
        }
        return new TaskExtensionReader(registry, w -> warnings.println("vagus: " + w)).read();
    }
}
