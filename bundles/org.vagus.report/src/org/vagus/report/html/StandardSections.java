package org.vagus.report.html;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vagus.core.model.Provenance;
import org.vagus.report.table.Cell;
import org.vagus.report.table.DataTable;

/**
 * The sections every analysis report has: the study summary, the methods (the recipe's parameters), the
 * results text, and the provenance (software, date, input checksums).
 *
 * @since 0.1.0
 */
public final class StandardSections {
    private StandardSections() {
    }

    /**
     * "The study has 77 participants in 2 groups: High SC (n = 39) and Low SC (n = 38)." with the grouping
     * rule, and a table of the groups.
     *
     * @param study the study name
     * @param groups group sizes in order
     * @param groupingRule how groups were formed, a sentence; "" for none
     */
    public static Section summary(String study, Map<String, Integer> groups, String groupingRule) {
        int n = groups.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder s = new StringBuilder("The study ").append(study.isBlank() ? "" : "\u201c" + study + "\u201d ")
                .append("has ").append(n).append(n == 1 ? " participant" : " participants");
        List<String> parts = new ArrayList<>();
        groups.forEach((g, k) -> parts.add(g + " (n = " + k + ")"));
        if (!parts.isEmpty()) {
            s.append(" in ").append(parts.size()).append(parts.size() == 1 ? " group: " : " groups: ")
                    .append(join(parts)).append('.');
        } else {
            s.append('.');
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(s.toString(), true));
        if (!groupingRule.isBlank()) {
            blocks.add(new Block.Paragraph("Grouping: " + groupingRule, false));
        }
        if (!groups.isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            groups.forEach((g, k) -> rows.add(List.of(Cell.text(g), Cell.count(k),
                    Cell.num(n == 0 ? Double.NaN : 100.0 * k / n, 1))));
            rows.add(List.of(Cell.text("Total"), Cell.count(n), Cell.num(n == 0 ? Double.NaN : 100.0, 1)));
            DataTable t = new DataTable("Participants by group", List.of("Group", "n", "%"), rows, List.of());
            blocks.add(new Block.TableBlock("summary-groups", "", t, t));
        }
        return new Section("summary", "Study summary", blocks);
    }

    /** The results as APA-style paragraphs, one per sentence group. */
    public static Section results(List<String> paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Block.Paragraph(p, true));
        }
        return new Section("results", "Results", blocks);
    }

    /**
     * The methods: an introductory paragraph and the analysis parameters (recipe) as a table.
     *
     * @param intro what was done, in words; "" for none
     * @param parameters name to value, in the recipe's order, with units in the name or the value
     */
    public static Section methods(String intro, Map<String, String> parameters) {
        List<Block> blocks = new ArrayList<>();
        if (!intro.isBlank()) {
            blocks.add(new Block.Paragraph(intro, false));
        }
        DataTable t = DataTable.pairs("Analysis parameters", "Parameter", "Value", parameters);
        blocks.add(new Block.TableBlock("methods-parameters", "", t, t));
        return new Section("methods", "Methods", blocks);
    }

    /**
     * Which software made the report, when, on which Java, with the provenance's parameters, and the input
     * files with their sizes and SHA-256 checksums.
     */
    public static Section provenance(Provenance provenance, List<Checksum> inputs) {
        Map<String, String> software = new LinkedHashMap<>();
        software.put("Software", provenance.software() + " " + provenance.version());
        software.put("Created (UTC)", provenance.created().truncatedTo(ChronoUnit.SECONDS).toString());
        software.put("Java", System.getProperty("java.vendor", "?") + " " + System.getProperty("java.version", "?"));
        software.put("Operating system", String.format(Locale.ROOT, "%s %s (%s)", System.getProperty("os.name", "?"),
                System.getProperty("os.version", "?"), System.getProperty("os.arch", "?")));
        software.putAll(provenance.parameters());
        DataTable sw = DataTable.pairs("Software and run", "Item", "Value", software);
        List<List<Cell>> rows = new ArrayList<>();
        for (Checksum c : inputs) {
            rows.add(List.of(Cell.text(c.path()), Cell.count(c.bytes()), Cell.text(c.sha256())));
        }
        DataTable in = new DataTable("Input files", List.of("File", "Bytes", "SHA-256"), rows,
                List.of("Paths relative to the study folder; checksums let anyone verify the inputs were the same."));
        List<Block> blocks = List.of(new Block.TableBlock("provenance-software", "", sw, sw),
                new Block.TableBlock("provenance-inputs", "", in, in));
        return new Section("provenance", "Provenance", blocks);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.size() == 2) {
            return parts.get(0) + " and " + parts.get(1);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + ", and " + parts.get(parts.size() - 1);
    }
}
