package org.vagus.report.html;

import java.util.List;
import java.util.Objects;

/**
 * A report section: a heading and its blocks.
 *
 * @param id the element id, also the link target of the table of contents (lower-case letter, then lower-case
 *        letters, digits or '-')
 * @param heading the heading
 * @param blocks the content, in order
 * @since 0.1.0
 */
public record Section(String id, String heading, List<Block> blocks) {
    public Section {
        Objects.requireNonNull(id, "section id");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("section id '" + id
                    + "': expected a lower-case letter, then lower-case letters, digits or '-'");
        }
        Objects.requireNonNull(heading, "section heading");
        if (heading.isBlank()) {
            throw new IllegalArgumentException("section '" + id + "' has a blank heading");
        }
        blocks = List.copyOf(blocks);
    }
}
