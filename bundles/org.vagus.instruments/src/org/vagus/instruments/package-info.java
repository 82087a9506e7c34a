/**
 * Questionnaires and clinician scales as data, and their scoring. An {@link org.vagus.instruments.Instrument} is
 * read from a definition file ({@link org.vagus.instruments.InstrumentFiles}): items on response scales,
 * reverse keys, subscales, the total rule and the other totals offered, severity bands and a licence note. Vagus
 * ships scoring keys, domain labels and anchors only; labs merge their licensed item texts
 * ({@link org.vagus.instruments.InstrumentTexts}). {@link org.vagus.instruments.Scoring} turns answers into item
 * scores, subscales, totals and a band, refusing missing and out-of-range answers with the item and range named.
 * <p>
 * Plain Java: the {@link org.vagus.instruments.InstrumentRegistry} of built-ins works on any classpath; the
 * extension point is read at the edges ({@link org.vagus.instruments.registry}).
 *
 * @since 0.1.0
 */
package org.vagus.instruments;
