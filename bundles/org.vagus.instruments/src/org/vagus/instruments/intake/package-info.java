/**
 * Participant intake: the demographics a study collects ({@link org.vagus.instruments.intake.DemographicsDefinition},
 * the seed's Table 1 fields by default) and eligibility screening by configurable criteria on intake fields and
 * instrument totals ({@link org.vagus.instruments.intake.EligibilityRules}), with a clear pass or the failing
 * reasons.
 *
 * @since 0.1.0
 */
package org.vagus.instruments.intake;
