/**
 * Instrument scores per session in the study folder's BIDS {@code phenotype/} folder, one TSV and JSON sidecar per
 * instrument, written atomically ({@link org.vagus.instruments.phenotype.PhenotypeFiles}).
 *
 * @since 0.1.0
 */
package org.vagus.instruments.phenotype;
