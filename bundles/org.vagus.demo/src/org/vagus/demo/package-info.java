/**
 * {@code vagus demo}: the seed study (Sun et al., self-compassion and stress in generalized anxiety disorder) end to
 * end on simulated participants. {@link org.vagus.demo.Population} draws the participants from the seed's Table 1
 * ({@link org.vagus.demo.SeedStudy}); {@link org.vagus.demo.ResponseDesign} lets trait self-compassion (and HAMA)
 * drive the heart's responses to 'Wrong' feedback and the questionnaire answers; {@link org.vagus.demo.DemoStudy}
 * runs every session headless through the real runner, the simulated ECG sensor and the acquisition engine into a
 * study folder; {@link org.vagus.demo.Demo} analyses it with the built-in recipe, writes the report and prints the
 * seed's results beside the demo's ({@link org.vagus.demo.Comparison}); {@link org.vagus.demo.DemoRecovery} checks
 * over many seeds that the injected effects are recovered as often as the design's power
 * ({@link org.vagus.demo.Power}) predicts. Plain Java: runs on a plain classpath as in the product.
 *
 * @since 0.1.0
 */
package org.vagus.demo;
