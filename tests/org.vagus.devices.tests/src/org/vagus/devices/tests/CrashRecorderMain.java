package org.vagus.devices.tests;

import java.nio.file.Path;
import java.time.Duration;

import org.vagus.core.time.MonotonicClock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.acquisition.Acquisition;
import org.vagus.devices.acquisition.AcquisitionOptions;
import org.vagus.devices.acquisition.RecordingTarget;

/**
 * The child process of {@link CrashTest}: records the {@link SyntheticSensor} at 1000 Hz in real time (10-frame
 * blocks, one every 10 ms) to the physio file named by its argument until it is killed. Prints
 * {@code RECORDING <System.nanoTime() at the sensor's start>} once acquisition runs.
 */
public final class CrashRecorderMain {
    private CrashRecorderMain() {
    }

    /**
     * @param args the physio data file to create
     * @throws Exception if recording cannot start
     */
    public static void main(String[] args) throws Exception {
        MonotonicClock clock = new MonotonicClock(Duration.ZERO); // no spinning: a 2-core machine runs the test too
        SyntheticSensor sensor = new SyntheticSensor(clock, 1000, 0, b -> 0, 10);
        long before = clock.nanoTime();
        Acquisition.start(sensor, SensorConfiguration.of(SamplingRate.ofHertz(1000), "ECG", "RAW"), clock,
                AcquisitionOptions.defaults(), RecordingTarget.of(Path.of(args[0])), null);
        sensor.startThread();
        System.out.println("RECORDING " + Math.max(before, sensor.trueSampleNanos(0)));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
