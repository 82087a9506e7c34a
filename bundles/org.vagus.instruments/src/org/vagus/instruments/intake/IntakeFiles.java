package org.vagus.instruments.intake;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vagus.instruments.DefinitionException;
import org.vagus.instruments.InstrumentFiles;
import org.vagus.instruments.InstrumentFormatException;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.internal.JsonObj;

/**
 * Reads intake definitions and eligibility rules (JSON, UTF-8, {@code "format": 1}); errors name the file, the
 * JSON path and what was expected. A demographics definition:
 *
 * <pre>
 * { "format": 1, "id": "seed-demographics", "name": "...",
 *   "fields": [ { "id": "age", "label": "age", "type": "integer", "unit": "years", "min": 0, "max": 120 },
 *               { "id": "education", "label": "education", "type": "category", "ordered": true,
 *                 "values": [ { "code": "primary", "label": "Primary" }, { "code": "secondary", ... } ] } ] }
 * </pre>
 *
 * Eligibility rules, each criterion on a {@code field} or an {@code instrument}'s total:
 *
 * <pre>
 * { "format": 1, "id": "seed-inclusion", "name": "...",
 *   "criteria": [ { "field": "age", "min": 18, "max": 65 },
 *                 { "instrument": "hama-14", "label": "HAMA-14 total", "min": 14 },
 *                 { "instrument": "hamd-17", "label": "HAMD-17 total", "below": 23 },
 *                 { "field": "education", "atLeast": "secondary" } ] }
 * </pre>
 *
 * @since 0.1.0
 */
public final class IntakeFiles {
    /** The seed's demographics, a resource of this bundle. */
    public static final String SEED_DEMOGRAPHICS = "intake/seed-demographics.json";
    /** The seed's inclusion criteria, a resource of this bundle. */
    public static final String SEED_ELIGIBILITY = "intake/seed-eligibility.json";

    private IntakeFiles() {
    }

    /** @return the demographics of the seed's Table 1 */
    public static DemographicsDefinition seedDemographics() {
        try (Reader r = resource(SEED_DEMOGRAPHICS)) {
            return readDemographics(SEED_DEMOGRAPHICS, r);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in " + SEED_DEMOGRAPHICS + ": " + e.getMessage(), e);
        }
    }

    /** @return the seed's inclusion criteria, checked against {@link #seedDemographics()} */
    public static EligibilityRules seedEligibility() {
        try (Reader r = resource(SEED_ELIGIBILITY)) {
            return readEligibility(SEED_ELIGIBILITY, r, seedDemographics(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in " + SEED_ELIGIBILITY + ": " + e.getMessage(), e);
        }
    }

    /** Reads a demographics definition file. */
    public static DemographicsDefinition readDemographics(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readDemographics(file.getFileName().toString(), r);
        }
    }

    /** Reads a demographics definition; {@code source} names it in messages. */
    public static DemographicsDefinition readDemographics(String source, Reader reader) throws IOException {
        JsonObj root = JsonObj.parse(source, reader);
        root.requireFormat(InstrumentFiles.FORMAT, "demographics definition");
        root.only("format", "id", "name", "fields");
        List<DemographicField> fields = new ArrayList<>();
        for (JsonObj f : root.objects("fields", true)) {
            f.only("id", "label", "type", "unit", "min", "max", "values", "ordered", "required");
            DemographicField.Type type;
            try {
                type = DemographicField.Type.fromJson(f.string("type"));
            } catch (IllegalArgumentException e) {
                throw f.error("type", e.getMessage());
            }
            List<DemographicField.Category> values = new ArrayList<>();
            for (JsonObj v : f.objects("values", false)) {
                v.only("code", "label");
                values.add(new DemographicField.Category(v.string("code"), v.string("label")));
            }
            fields.add(build(f, () -> new DemographicField(f.string("id"), f.string("label"), type, f.optString("unit"),
                    f.optNumber("min"), f.optNumber("max"), values, f.bool("ordered", false),
                    f.bool("required", true))));
        }
        return build(root, () -> new DemographicsDefinition(root.string("id"), root.string("name"), fields));
    }

    /**
     * Reads an eligibility rules file.
     *
     * @param definition the intake fields the criteria must fit
     * @param instruments the instruments criteria may name, or null to accept any id
     */
    public static EligibilityRules readEligibility(Path file, DemographicsDefinition definition,
            InstrumentRegistry instruments) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readEligibility(file.getFileName().toString(), r, definition, instruments);
        }
    }

    /**
     * Reads eligibility rules; {@code source} names them in messages.
     *
     * @param definition the intake fields the criteria must fit
     * @param instruments the instruments criteria may name, or null to accept any id
     */
    public static EligibilityRules readEligibility(String source, Reader reader, DemographicsDefinition definition,
            InstrumentRegistry instruments) throws IOException {
        JsonObj root = JsonObj.parse(source, reader);
        root.requireFormat(InstrumentFiles.FORMAT, "eligibility rules file");
        root.only("format", "id", "name", "criteria");
        List<EligibilityCriterion> criteria = new ArrayList<>();
        for (JsonObj c : root.objects("criteria", true)) {
            c.only("field", "instrument", "label", "min", "max", "below", "above", "atLeast", "oneOf");
            if (c.has("field") == c.has("instrument")) {
                throw c.error("expected exactly one of \"field\" (an intake field) and \"instrument\" (an"
                        + " instrument's total)");
            }
            boolean field = c.has("field");
            String name = c.string(field ? "field" : "instrument");
            if (!field && instruments != null && instruments.byId(name).isEmpty()) {
                throw c.error("instrument", "no instrument '" + name + "'; known: "
                        + String.join(", ", instruments.ids()));
            }
            criteria.add(build(c, () -> new EligibilityCriterion(field ? EligibilityCriterion.Subject.FIELD
                    : EligibilityCriterion.Subject.INSTRUMENT, name, c.optString("label"), c.optNumber("min"),
                    c.optNumber("max"), c.optNumber("below"), c.optNumber("above"), c.optString("atLeast"),
                    c.strings("oneOf", false))));
        }
        EligibilityRules rules = build(root, () -> new EligibilityRules(root.string("id"), root.string("name"),
                criteria));
        build(root, () -> {
            rules.validateAgainst(definition);
            return rules;
        });
        return rules;
    }

    private static Reader resource(String name) throws IOException {
        InputStream in = IntakeFiles.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new FileNotFoundException(name + ": no such resource");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Builder<T> {
        T build() throws InstrumentFormatException;
    }

    private static <T> T build(JsonObj at, Builder<T> builder) throws InstrumentFormatException {
        try {
            return builder.build();
        } catch (DefinitionException e) {
            throw at.errorAt(e.path(), e.detail());
        }
    }
}
