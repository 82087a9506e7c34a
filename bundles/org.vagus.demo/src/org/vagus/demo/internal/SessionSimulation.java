package org.vagus.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vagus.core.VagusInfo;
import org.vagus.core.units.SamplingRate;
import org.vagus.demo.Person;
import org.vagus.demo.Physiology;
import org.vagus.demo.ResponseDesign;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.acquisition.AcquisitionSummary;
import org.vagus.devices.acquisition.RecordingTarget;
import org.vagus.devices.simulation.SimulatedEcgProvider;
import org.vagus.devices.simulation.SimulatedEcgSensor;
import org.vagus.devices.simulation.SimulatedHeart;
import org.vagus.devices.simulation.ecg.EcgsynParameters;
import org.vagus.devices.simulation.ecg.HeartRateResponse;
import org.vagus.devices.simulation.ecg.VariabilityResponse;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.paradigm.FeedbackPlan;
import org.vagus.paradigm.FeedbackRule;
import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.runner.HeadlessPresenter;
import org.vagus.runner.RunListener;
import org.vagus.runner.Screen;
import org.vagus.runner.SessionResult;
import org.vagus.runner.SessionRunner;
import org.vagus.runner.SessionSetup;
import org.vagus.runner.SessionState;
import org.vagus.runner.devices.AcquisitionMarkerSink;
import org.vagus.runner.io.SessionFiles;
import org.vagus.runner.simulation.SimulatedParticipant;
import org.vagus.runner.simulation.SimulationParameters;

/**
 * One participant's whole session, headless and faster than real time, through the same parts as a real one: the
 * simulated ECG sensor ({@link SimulatedEcgSensor}, ECGSYN) streams into the acquisition engine, which records the
 * study's physio file ({@code sub-X_ses-01_task-stress_physio.tsv.gz}, crash-safe, beside the events); the
 * {@link SessionRunner} runs the paradigm with the {@link HeadlessPresenter} and the {@link Respondent}, its markers
 * go onto the recording's sample clock through {@link AcquisitionMarkerSink}, and {@link SessionFiles} writes the
 * events, timing audit, answers and state. Both run on one {@link LockstepClock}: the calling thread is the runner's,
 * the sensor has its own.
 * <p>
 * <b>Responses.</b> At each 'Wrong' feedback (the feedback plan's value of the trial) a {@link RunListener} schedules
 * the person's heart-rate response and vagal withdrawal ({@link ResponseDesign}) on the simulated heart, anchored at
 * the feedback's onset on the sample clock (the marker's time, at full precision). The sensor computes a block before
 * it waits for the block's due time, so up to one block beyond the onset has already been produced when the runner
 * shows the feedback; the responses are then scheduled at the first sample not yet produced with their latency
 * shortened by the difference, which leaves them exactly where the onset puts them as long as the block
 * ({@link #BLOCK_MS}) is shorter than the responses' latency.
 * <p>
 * <b>Resolution.</b> The simulator's samples are doubles at full precision; a {@link Quantizer} between the sensor and
 * the acquisition rounds them to {@link #QUANTUM_MV}, as a converter would, which keeps the recording a few MB.
 * <p>
 * <b>Sample clock.</b> A paced sensor delivers a block once the period of its last sample has passed, so the
 * acquisition is told of a one-period latency ({@link AcquisitionOptions#withLatency}): sample {@code n} is then
 * placed at {@code n / rate} after the acquisition's start, the same time base on which the simulator makes sample
 * {@code n} and the responses.
 */
public final class SessionSimulation {
    /** The session label. */
    public static final String SESSION = "01";
    /** The recording's rate: the seed's 1000 Hz. */
    public static final SamplingRate RATE = SamplingRate.ofHertz(1000);
    /** The sensor's block length, ms: shorter than the responses' latencies, long enough to keep blocks cheap. */
    public static final int BLOCK_MS = 40;
    /** The recording's resolution, mV: 1 microvolt, finer than the BITalino's ECG channel (about 3 microvolts). */
    public static final double QUANTUM_MV = 0.001;
    /** Recording kept after the session's end, s. */
    private static final double TAIL_S = 2;

    /**
     * What a session produced.
     *
     * @param state the session's state (events, answers, plans)
     * @param completed whether the session ran to its end
     * @param acquisition the recording's summary
     * @param physio the physio data file
     * @param responseSamples the sample index each 'Wrong' feedback's responses are anchored at (its onset on the
     *            sample clock, rounded)
     * @param sessionSeconds the session's simulated length
     */
    public record Outcome(SessionState state, boolean completed, AcquisitionSummary acquisition, Path physio,
            List<Long> responseSamples, double sessionSeconds) {
    }

    private final Paradigm paradigm;
    private final TaskRegistry types;
    private final InstrumentRegistry instruments;
    private final ResponseDesign design;

    /**
     * @param paradigm the paradigm (the stress-task template)
     * @param types the phase types
     * @param instruments the instruments the respondent answers
     * @param design the responses
     */
    public SessionSimulation(Paradigm paradigm, TaskRegistry types, InstrumentRegistry instruments,
            ResponseDesign design) {
        this.paradigm = paradigm;
        this.types = types;
        this.instruments = instruments;
        this.design = design;
    }

    /** The simulator's parameters for a person. */
    public static EcgsynParameters ecg(Person person) {
        Physiology h = person.physiology();
        return EcgsynParameters.builder().rate(RATE).meanHeartRateBpm(h.heartRateBpm()).rrSdMs(h.rrSdMs())
                .lfHfRatio(h.lfHfRatio()).hf(h.hfHz(), 0.01).seed(person.seed()).build();
    }

    /**
     * Runs the session of a person into a session folder (which must exist), on the calling thread.
     *
     * @throws IOException if a file cannot be written
     * @throws InterruptedException if interrupted meanwhile (the recording is closed)
     */
    public Outcome run(Person person, Path sessionDir) throws IOException, InterruptedException {
        String task = paradigm.bidsTask();
        String stem = "sub-" + person.label() + "_ses-" + SESSION + "_task-" + task;
        Path physio = sessionDir.resolve(stem + "_physio.tsv.gz");
        Files.deleteIfExists(physio);
        Files.deleteIfExists(sessionDir.resolve(stem + "_physio.json"));
        LockstepClock clock = new LockstepClock(2, 0);
        clock.register();
        Sensor sensor = new SimulatedEcgProvider(ecg(person)).open(SimulatedEcgProvider.ID, clock);
        SimulatedHeart heart = sensor.capability(SimulatedHeart.class).orElseThrow();
        SensorConfiguration config = SensorConfiguration.of(RATE, SimulatedEcgSensor.CHANNEL)
                .withOption("blockMs", Integer.toString(BLOCK_MS));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("VagusRecordedWith", "vagus demo");
        metadata.put("VagusClock", "simulated, in lockstep with the session runner (faster than real time)");
        metadata.put("VagusSimulation", ecg(person).describe());
        AcquisitionOptions d = AcquisitionOptions.defaults();
        // the clock fit refreshed every 5 s instead of 250 ms (the simulated stamps have no jitter to follow, and
        // the fit over a 60 s window was a tenth of the generation's time); 1 s chunks, the longest allowed
        AcquisitionOptions options = new AcquisitionOptions(Duration.ofSeconds(10), d.driftWindow(), d.minFitSpan(),
                d.driftMaxPoints(), Duration.ofSeconds(5), Duration.ofNanos(Math.round(1e9 / RATE.hertz())),
                Duration.ofSeconds(1), d.idleFlush());
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("Id", sensor.description().id());
        device.put("Name", sensor.description().name());
        metadata.put("VagusDevice", device);
        metadata.put("VagusQuantization", QUANTUM_MV + " mV (the simulator's samples rounded, as an ADC would)");
        Acquisition acquisition = new Acquisition(sensor.streamFormat(config), clock, options,
                new RecordingTarget(physio, null, metadata).withDurable(false), null); // regenerated from the seed: no disk syncs
        AcquisitionSummary summary = null;
        sensor.start(config, new Quantizer(acquisition, QUANTUM_MV));
        try {
            SessionState state = new SessionState(person.label(), SESSION, paradigm.id(), person.seed());
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("GeneratedBy", VagusInfo.nameAndVersion());
            provenance.put("VagusPresenter", "headless (no display): the actual onset is the end of the wait for the"
                    + " scheduled onset");
            provenance.put("VagusClock", "simulated (faster than real time), shared with the simulated ECG sensor");
            provenance.put("VagusParticipant", "simulated (vagus demo)");
            SessionFiles files = new SessionFiles(sessionDir, person.label(), SESSION, task, provenance);
            new ParadigmJson(types).write(files.paradigmFile(), paradigm);
            SimulatedParticipant timing = new SimulatedParticipant(clock, SimulationParameters.defaults(),
                    person.seed() * 31 + 1);
            Respondent respondent = new Respondent(timing, person, instruments, person.seed() ^ 0x5DEECE66DL);
            List<Long> anchored = new ArrayList<>();
            RunListener wrong = new RunListener() {
                @Override
                public void screenShown(Screen screen, String trialType, long scheduledNanos, long actualNanos) {
                    if (!Screen.FEEDBACK.equals(screen.kind()) || screen.trial() < 1) {
                        return;
                    }
                    FeedbackPlan plan = state.plans().get(paradigm.tasks().get(0).id());
                    if (plan != null && FeedbackRule.WRONG.equals(plan.values().get(screen.trial() - 1))) {
                        double at = acquisition.clockFit().sampleAt(actualNanos);
                        anchored.add(Math.round(at));
                        schedule(heart, at, design.heartRateResponse(person.physiology()));
                        schedule(heart, at, design.withdrawal(person.physiology()));
                    }
                }
            };
            SessionSetup setup = new SessionSetup(clock, new HeadlessPresenter(clock), respondent,
                    new AcquisitionMarkerSink(acquisition), files, null, types, wrong);
            SessionResult result = new SessionRunner(paradigm, state, setup).run();
            clock.sleepUntil(clock.nanoTime() + Math.round(TAIL_S * 1e9));
            long end = clock.nanoTime();
            sensor.stop();
            summary = acquisition.finish();
            return new Outcome(result.state(), result.completed(), summary, physio, List.copyOf(anchored), end / 1e9);
        } finally {
            if (summary == null) {
                try {
                    sensor.stop();
                    acquisition.finish();
                } catch (IOException e) {
                    // failing already
                }
            }
            sensor.close();
        }
    }

    /** Schedules a response at a fractional sample on the heart, compensating for samples already made. */
    private static void schedule(SimulatedHeart heart, double atSample, Object response) {
        long index = Math.max((long) Math.ceil(atSample - 1e-9), heart.producedSamples());
        double lateS = (index - atSample) / RATE.hertz();
        if (response instanceof HeartRateResponse r) {
            heart.schedule(index, new HeartRateResponse(r.peakBpm(), Math.max(0, r.latencyS() - lateS), r.riseS(),
                    r.decayS()));
        } else if (response instanceof VariabilityResponse v) {
            heart.schedule(index, new VariabilityResponse(v.lfPowerChange(), v.hfPowerChange(),
                    Math.max(0, v.latencyS() - lateS), v.durationS(), v.rampS()));
        }
    }
}
