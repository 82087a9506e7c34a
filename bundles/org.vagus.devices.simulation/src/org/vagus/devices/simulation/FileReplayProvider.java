package org.vagus.devices.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.vagus.core.time.Clock;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorProvider;
import org.vagus.io.RecordReader;
import org.vagus.io.SignalRecord;
import org.vagus.io.wfdb.WfdbReader;

/**
 * Replays recordings as sensors ({@code --sensor replay --port FILE}): the address is the file's path, read by
 * the first reader that recognises it. Files are not discovered: {@link #discover()} lists nothing. See
 * {@link FileReplaySensor} for the options.
 *
 * @since 0.1.0
 */
public final class FileReplayProvider implements SensorProvider {
    /** The provider id. */
    public static final String ID = "replay";

    private final List<RecordReader> readers;

    /** A provider that reads WFDB records (for the extension point; the edges may pass more readers). */
    public FileReplayProvider() {
        this(List.of(new WfdbReader()));
    }

    /** A provider that reads files with these readers, tried in order. */
    public FileReplayProvider(List<RecordReader> readers) {
        this.readers = List.copyOf(Objects.requireNonNull(readers, "readers"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Replay of a recording";
    }

    @Override
    public List<DeviceInfo> discover() {
        return List.of();
    }

    /**
     * Reads the recording at {@code address} (a file path) and returns a sensor that replays it.
     *
     * @throws IOException if no reader recognises the file or it cannot be read; the message names the file
     */
    @Override
    public Sensor open(String address, Clock clock) throws IOException {
        Objects.requireNonNull(clock, "clock");
        Path file = Path.of(Objects.requireNonNull(address, "address"));
        for (RecordReader reader : readers) {
            if (reader.canRead(file)) {
                SignalRecord record = reader.read(file);
                return new FileReplaySensor(address, clock, record);
            }
        }
        throw new IOException(file + ": not a recording any of the readers recognises ("
                + readers.stream().map(RecordReader::formatName).toList() + ")");
    }
}
