package org.vagus.cli.internal;

import java.util.List;
import java.util.Set;

import org.vagus.analysis.AnalysisEngine;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;

/**
 * {@code vagus recipe show [FILE]}: prints the built-in analysis recipe (the seed study's analysis), or a recipe
 * file in its canonical form, as JSON, ready to be saved, edited and passed to {@code vagus analyze --recipe};
 * {@code vagus recipe check FILE}: checks a recipe against this installation (values, detector and corrector ids and
 * settings) and names the JSON path of the first problem.
 */
public final class RecipeCommand implements VagusCommand {

    @Override
    public String summary() {
        return "print the built-in analysis recipe (recipe show) or check a recipe file (recipe check FILE)";
    }

    @Override
    public String usage() {
        return """
                vagus recipe show [FILE]
                  show    the built-in recipe (the seed study's analysis) as JSON, or FILE in canonical form;
                          save it, edit it and run it with 'vagus analyze STUDY --recipe FILE'
                vagus recipe check FILE
                  check   FILE against this installation: every value, the detector and corrector and their
                          settings; errors name the JSON path, e.g. 'mine.json: $.epochs.end_s: ...'""";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of());
        List<String> p = a.positional();
        if (p.isEmpty()) {
            throw new UsageException("name an action: show or check");
        }
        switch (p.get(0)) {
            case "show" -> {
                if (p.size() > 2) {
                    throw new UsageException("recipe show takes at most one file");
                }
                ctx.out().print(p.size() == 1 ? Recipes.builtInText() : Recipes.format(Recipes.read(ctx.resolve(p.get(1)))));
                ctx.out().flush();
                return 0;
            }
            case "check" -> {
                if (p.size() != 2) {
                    throw new UsageException("recipe check takes one file");
                }
                Recipe r = Recipes.read(ctx.resolve(p.get(1)));
                AnalyzeCommand.check(new AnalysisEngine(AnalyzeCommand.processors(ctx.err())), r,
                        ctx.resolve(p.get(1)).getFileName().toString());
                ctx.out().println(p.get(1) + ": recipe '" + r.name() + "' is valid (format " + r.format() + ")");
                return 0;
            }
            default -> throw new UsageException("unknown action '" + p.get(0) + "'; expected show or check");
        }
    }
}
