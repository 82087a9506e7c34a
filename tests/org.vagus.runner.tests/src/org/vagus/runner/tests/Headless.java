package org.vagus.runner.tests;

import java.time.Duration;

import org.vagus.core.time.SimulatedClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.runner.HeadlessPresenter;
import org.vagus.runner.NominalRecording;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;

/** A headless session of the stress template on a simulated clock, as the tests use it. */
final class Headless {
    final SimulatedClock clock = new SimulatedClock(5_000_000_000L);
    final NominalRecording recording = new NominalRecording(SamplingRate.ofHertz(1000), clock.nanoTime());
    final HeadlessPresenter presenter;
    final SimulatedParticipant participant;
    final SessionSetup setup;

    Headless(long participantSeed, Duration latency) {
        presenter = new HeadlessPresenter(clock, latency, true);
        participant = new SimulatedParticipant(clock, SimulationParameters.defaults(), participantSeed);
        setup = SessionSetup.of(clock, presenter, participant, recording);
    }

    Headless(long participantSeed) {
        this(participantSeed, Duration.ZERO);
    }

    static Paradigm stress() {
        return TaskRegistry.builtIn().template("stress-task").orElseThrow().create();
    }
}
