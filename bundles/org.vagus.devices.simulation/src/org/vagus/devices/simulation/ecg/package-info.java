/**
 * The ECG simulation, plain Java: the ECGSYN model of McSharry et al. (A dynamical model for generating synthetic
 * electrocardiogram signals, IEEE Trans Biomed Eng 50:289-294, 2003). {@link org.vagus.devices.simulation.ecg.RrProcess}
 * makes the RR intervals from a bimodal (LF/HF) spectrum in the frequency domain;
 * {@link org.vagus.devices.simulation.ecg.EcgsynEquations} are the three coupled ODEs that turn them into the PQRST
 * waveform; {@link org.vagus.devices.simulation.ecg.EcgSimulator} streams the ECG block by block at any rate with
 * the true R-peak times, and applies {@link org.vagus.devices.simulation.ecg.EventResponse}s (heart-rate and
 * variability changes locked to events) to the RR process. Deterministic given the seed.
 * {@link org.vagus.devices.simulation.ecg.SimulationBenchmark} measures the speed.
 *
 * @since 0.1.0
 */
package org.vagus.devices.simulation.ecg;
