package org.vagus.signal;

import java.util.Map;

/**
 * A swappable step of the beat pipeline (R peaks -&gt; beats -&gt; corrected intervals -&gt; heart rate),
 * contributed through the extension point {@code org.vagus.signal.processors}. The registry is read at the
 * edges (the command line, the workbench) and the chosen processor is handed to the analysis; the pipeline
 * itself only sees this plain-Java contract, so it runs and is tested on a plain classpath.
 * <p>
 * Implementations are immutable and thread-safe: one instance may serve several threads and participants.
 * They have a public no-argument constructor that gives the published defaults; {@link #withParameters(Map)}
 * gives a configured copy, so a saved analysis recipe (name-to-text parameters) can rebuild the exact
 * processor that made a result.
 *
 * @since 0.1.0
 */
public interface BeatProcessor {

    /**
     * A stable, unique identifier, written into every result this processor makes, for example
     * {@code org.vagus.signal.lipponen-tarvainen-2019}. Reverse domain name of the contributor first.
     */
    String id();

    /** A short human-readable name for menus and reports, for example {@code Lipponen & Tarvainen 2019}. */
    String name();

    /** The parameters this instance runs with, by name, units in the name ({@code window_beats}, {@code alpha}). */
    Parameters parameters();

    /**
     * A copy with some parameters changed; names not given keep their value.
     *
     * @param values parameter names (as in {@link #parameters()}) to values as text
     * @return a processor of the same kind
     * @throws IllegalArgumentException naming the parameter, for an unknown name or a value out of range
     */
    BeatProcessor withParameters(Map<String, String> values);
}
