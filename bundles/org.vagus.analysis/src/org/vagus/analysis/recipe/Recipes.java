package org.vagus.analysis.recipe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vagus.study.AtomicFiles;

/**
 * Reading, writing and checking analysis recipes.
 * <p>
 * The file is UTF-8 JSON, pretty-printed with a fixed field order (so the same recipe always gives the same
 * bytes) and versioned by its {@code "format"} field: a recipe of a newer format is refused with a message to
 * update Vagus. Every field is required unless documented as optional ({@code description}, {@code recordings.task},
 * the labels, a Table 1 row's {@code show} and {@code bins}), unknown fields are refused, and every error names the
 * JSON path of the value ({@link RecipeException}). The seed study's analysis ships as the resource
 * {@value #BUILT_IN_RESOURCE}.
 *
 * @since 0.1.0
 */
public final class Recipes {
    /** The recipe format this Vagus writes and the newest it reads. */
    public static final int FORMAT = 1;

    /** The built-in recipe, a resource of this bundle. */
    public static final String BUILT_IN_RESOURCE = "recipes/seed.json";

    private static volatile Recipe builtIn;

    private Recipes() {
    }

    /**
     * The seed study's analysis (Sun et al.): Pan-Tompkins, Lipponen &amp; Tarvainen with manual edits, epochs
     * -1..6 s around 'Wrong' feedback with a -1..0 s baseline, 20 Hz heart rate, TVAR(12) nHF at 4 Hz, median split
     * on {@code scs_total}, Table 1, group t-tests, 500 ms / 50 ms sliding windows, the nHF-HAMA correlation.
     *
     * @throws IllegalStateException if the resource is missing or invalid (a broken build)
     */
    public static Recipe builtIn() {
        Recipe r = builtIn;
        if (r == null) {
            try {
                r = parse(builtInText(), "seed.json");
            } catch (IOException e) {
                throw new IllegalStateException("the built-in recipe " + BUILT_IN_RESOURCE + " is broken: "
                        + e.getMessage(), e);
            }
            builtIn = r;
        }
        return r;
    }

    /** The text of the built-in recipe as shipped (equal to {@code format(builtIn())}). */
    public static String builtInText() throws IOException {
        try (InputStream in = Recipes.class.getClassLoader().getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + BUILT_IN_RESOURCE + " not found beside " + Recipes.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads a recipe file.
     *
     * @throws RecipeException naming the file and the JSON path of the first problem
     * @throws IOException if the file cannot be read
     */
    public static Recipe read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RecipeException(String.valueOf(file.getFileName()), "$", "not UTF-8 text", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, String.valueOf(file.getFileName()));
    }

    /**
     * Reads a recipe from JSON text.
     *
     * @param source the file name (or another name) to put in error messages
     * @throws RecipeException naming the JSON path of the first problem
     */
    public static Recipe parse(String json, String source) throws RecipeException {
        return RecipeReader.parse(json, source);
    }

    /** The recipe as pretty JSON with a fixed field order and a final newline. */
    public static String format(Recipe recipe) {
        return RecipeWriter.format(recipe);
    }

    /**
     * Writes a recipe atomically (temporary file, flushed, renamed) after checking it.
     *
     * @throws RecipeException if the recipe is not valid; nothing is written then
     */
    public static void write(Recipe recipe, Path file) throws IOException {
        validate(recipe, String.valueOf(file.getFileName()));
        AtomicFiles.writeString(file, format(recipe));
    }

    /**
     * Checks the values of a recipe built in memory (ranges, the epoch windows, unique ids); what depends on a
     * study or on the installed processing steps is checked when the analysis starts.
     *
     * @throws RecipeException naming the JSON path of the first problem
     */
    public static void validate(Recipe recipe) throws RecipeException {
        validate(recipe, "recipe");
    }

    /** As {@link #validate(Recipe)}, naming {@code source} in the message. */
    public static void validate(Recipe recipe, String source) throws RecipeException {
        RecipeValidator.validate(recipe, source);
    }
}
