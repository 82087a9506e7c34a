package org.vagus.devices.simulation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.vagus.core.model.ChannelType;
import org.vagus.core.time.Clock;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.StreamFormat;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;

/**
 * A sensor that streams a recording read from a file (a {@link SignalRecord}, such as a WFDB record from
 * {@code org.vagus.io.wfdb.WfdbReader}) as if it came from a device, paced by the clock it was opened with: in
 * real time, or faster with the {@code speed} option or a simulated clock. Its channels are the record's signals
 * (in their units, missing samples as NaN); the rates offered are those of the signals, and one acquisition takes
 * channels of one rate.
 * <p>
 * Options: {@code speed} (a factor over real time, 1 by default, or {@code max}), {@code blockMs} (block length,
 * 20 ms), {@code startS} (where in the recording to begin, 0 s), {@code loop} ({@code true} to start over at the
 * end instead of stopping with {@code end of file}).
 *
 * @since 0.1.0
 */
public final class FileReplaySensor extends PacedSensor {
    private static final Set<String> OPTIONS = Set.of("speed", "blockMs", "startS", "loop");
    private static final Pattern ECG_LEAD = Pattern.compile(
            "(?i).*(ecg|ekg).*|mlii|mli|mliii|ml\\d|i|ii|iii|avr|avl|avf|v[1-6]|lead.*");

    private final String id;
    private final SignalRecord record;
    private final List<ChannelDescription> channels;
    private final List<SamplingRate> rates;

    /**
     * @param id the device id (usually the file's path)
     * @param clock the host clock that paces the stream and stamps the blocks
     * @param record the recording to stream, with at least one signal
     * @throws IllegalArgumentException if the record has no signal
     */
    public FileReplaySensor(String id, Clock clock, SignalRecord record) {
        super(clock);
        this.id = Objects.requireNonNull(id, "id");
        this.record = Objects.requireNonNull(record, "record");
        if (record.signals().isEmpty()) {
            throw new IllegalArgumentException("record " + record.name() + " (" + record.source()
                    + ") has no signal to replay");
        }
        List<ChannelDescription> cs = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Set<SamplingRate> rs = new java.util.TreeSet<>((a, b) -> Double.compare(a.hertz(), b.hertz()));
        for (int i = 0; i < record.signals().size(); i++) {
            Signal s = record.signal(i);
            String name = s.name().replaceAll("[\\t\\r\\n]", " ").strip();
            if (name.isEmpty() || !names.add(name)) {
                name = name + "#" + (i + 1);
                names.add(name);
            }
            cs.add(ChannelDescription.of(name, s.unit(), typeOf(name), 0));
            rs.add(s.rate());
        }
        this.channels = List.copyOf(cs);
        this.rates = List.copyOf(rs);
    }

    private static ChannelType typeOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (ECG_LEAD.matcher(n).matches()) {
            return ChannelType.ECG;
        }
        if (n.contains("resp")) {
            return ChannelType.RESP;
        }
        return ChannelType.OTHER;
    }

    /** The recording being replayed. */
    public SignalRecord record() {
        return record;
    }

    @Override
    public SensorDescription description() {
        return new SensorDescription(id, "Replay of " + record.name() + " (" + record.source() + ")", channels, rates);
    }

    @Override
    public StreamFormat streamFormat(SensorConfiguration configuration) {
        Options o = new Options(id, configuration.options(), OPTIONS);
        List<ChannelDescription> chosen = new ArrayList<>();
        for (String name : configuration.channels()) {
            int i = indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException(id + ": no channel '" + name + "'; channels: "
                        + channels.stream().map(ChannelDescription::name).toList());
            }
            Signal s = record.signal(i);
            if (!s.rate().equals(configuration.rate())) {
                throw new IllegalArgumentException(id + ": channel " + name + " is recorded at " + s.rate()
                        + ", not at " + configuration.rate());
            }
            chosen.add(channels.get(i));
        }
        double startS = o.number("startS", 0, 0, 1e9);
        long startIndex = configuration.rate().secondsToSample(startS);
        long length = record.signal(indexOf(configuration.channels().get(0))).length();
        if (startIndex >= length) {
            throw new IllegalArgumentException(id + ": startS=" + startS + " is at or beyond the end of the recording ("
                    + length / configuration.rate().hertz() + " s)");
        }
        o.speed();
        o.number("blockMs", 20, 1, 10_000);
        o.flag("loop", false);
        return new StreamFormat(configuration.rate(), chosen, false);
    }

    private int indexOf(String name) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected double speed(SensorConfiguration configuration) {
        return new Options(id, configuration.options(), OPTIONS).speed();
    }

    @Override
    protected int blockFrames(SensorConfiguration configuration, StreamFormat format) {
        double ms = new Options(id, configuration.options(), OPTIONS).number("blockMs", 20, 1, 10_000);
        return Math.max(1, (int) Math.round(ms / 1000 * format.rate().hertz()));
    }

    @Override
    protected Source open(SensorConfiguration configuration, StreamFormat format) {
        Options o = new Options(id, configuration.options(), OPTIONS);
        boolean loop = o.flag("loop", false);
        Signal[] signals = configuration.channels().stream().map(n -> record.signal(indexOf(n))).toArray(Signal[]::new);
        int length = Integer.MAX_VALUE;
        for (Signal s : signals) {
            length = Math.min(length, s.length());
        }
        int total = length;
        int start = (int) configuration.rate().secondsToSample(o.number("startS", 0, 0, 1e9));
        return new Source() {
            private int next = start;

            @Override
            public int read(double[][] out, int n) {
                int written = 0;
                while (written < n) {
                    if (next >= total) {
                        if (!loop) {
                            break;
                        }
                        next = 0;
                    }
                    int k = Math.min(n - written, total - next);
                    for (int c = 0; c < signals.length; c++) {
                        Signal s = signals[c];
                        double[] dst = out[c];
                        for (int i = 0; i < k; i++) {
                            dst[written + i] = s.sample(next + i);
                        }
                    }
                    next += k;
                    written += k;
                }
                return written;
            }

            @Override
            public String endReason() {
                return "end of file";
            }
        };
    }

    @Override
    protected String label() {
        return "replay " + id;
    }

    @Override
    public String toString() {
        return "FileReplaySensor[" + id + ", " + record.signals().size() + " signal(s), " + clock + "]";
    }
}
