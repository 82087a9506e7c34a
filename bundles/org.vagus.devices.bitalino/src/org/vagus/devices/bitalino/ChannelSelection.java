package org.vagus.devices.bitalino;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.vagus.core.model.ChannelType;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.SensorConfiguration;
import org.vagus.devices.StreamFormat;
import org.vagus.devices.bitalino.protocol.Commands;
import org.vagus.devices.bitalino.protocol.Dialect;
import org.vagus.devices.bitalino.protocol.FrameLayout;

/**
 * What a {@link SensorConfiguration} asks of a BITalino: the channel mask, the rate, live or simulated
 * acquisition, and for each block column where its value comes from (an analogue channel of the frame or one of
 * its digital bits) and its transfer function.
 * <h2>Channels and options</h2>
 * Analogue ports {@code A1..A6} and the digital bits ({@code I1 I2 O1 O2} on (r)evolution boards, where O1 and O2
 * echo the outputs and so mark hardware markers on the sample clock; {@code I1..I4} on legacy boards). At least one
 * analogue port must be chosen (the start command needs a mask). Options:
 * <ul>
 * <li>{@code A1}..{@code A6} = {@code ECG} (millivolts: {@code (raw / 2^n - 1/2) * 3.3 V / 1100}, n the channel's
 * resolution) or {@code RAW} (the converter code). Default: A2 is ECG, the board's default wiring; the others
 * RAW;</li>
 * <li>{@code mode} = {@code live} (default) or {@code simulated} (the firmware's own test signals).</li>
 * </ul>
 */
final class ChannelSelection {
    /** The sensors of the default (r)evolution board wiring, A1..A6. */
    private static final ChannelType[] DEFAULT_TYPES = { ChannelType.EMG, ChannelType.ECG, ChannelType.EDA,
            ChannelType.EEG, ChannelType.ACC, ChannelType.LUX };
    private static final int DEFAULT_ECG_PORT = 1;

    private final FrameLayout layout;
    private final int rate;
    private final boolean simulated;
    private final int[] sources;
    private final StreamFormat format;

    private ChannelSelection(FrameLayout layout, int rate, boolean simulated, int[] sources, StreamFormat format) {
        this.layout = layout;
        this.rate = rate;
        this.simulated = simulated;
        this.sources = sources;
        this.format = format;
    }

    /**
     * @throws IllegalArgumentException if a rate, channel or option is not offered; the message lists what is
     */
    static ChannelSelection of(SensorConfiguration config, Dialect dialect) {
        int rate = rateOf(config.rate());
        boolean[] ecg = new boolean[6];
        ecg[DEFAULT_ECG_PORT] = true;
        boolean simulated = false;
        for (Map.Entry<String, String> o : config.options().entrySet()) {
            String key = o.getKey();
            String value = o.getValue().trim().toLowerCase(Locale.ROOT);
            if (key.equals("mode") && (value.equals("live") || value.equals("simulated"))) {
                simulated = value.equals("simulated");
            } else if (isPort(key) && (value.equals("ecg") || value.equals("raw"))) {
                ecg[FrameLayout.portIndex(key)] = value.equals("ecg");
            } else {
                throw new IllegalArgumentException("BITalino option " + key + "=" + o.getValue() + " is not offered;"
                        + " options: A1..A6 = ECG | RAW (transfer function of the port), mode = live | simulated");
            }
        }
        int mask = 0;
        for (String name : config.channels()) {
            if (isPort(name)) {
                mask |= 1 << FrameLayout.portIndex(name);
            } else if (digitalBit(name, dialect) < 0) {
                throw new IllegalArgumentException("BITalino channel '" + name + "' is not offered; channels: "
                        + offeredNames(dialect));
            }
        }
        if (mask == 0) {
            throw new IllegalArgumentException("BITalino: choose at least one analogue channel A1..A6 (got "
                    + config.channels() + "); the digital bits come with every frame");
        }
        FrameLayout layout = FrameLayout.ofMask(mask);
        int[] sources = new int[config.channels().size()];
        List<ChannelDescription> columns = new ArrayList<>();
        for (int c = 0; c < sources.length; c++) {
            String name = config.channels().get(c);
            if (isPort(name)) {
                int port = FrameLayout.portIndex(name);
                int position = layout.positionOf(port);
                sources[c] = position;
                columns.add(analog(port, FrameLayout.resolutionBits(position), ecg[port]));
            } else {
                int bit = digitalBit(name, dialect);
                sources[c] = -1 - bit;
                columns.add(digital(name));
            }
        }
        StreamFormat format = new StreamFormat(config.rate(), columns, true);
        return new ChannelSelection(layout, rate, simulated, sources, format);
    }

    /** The channels a BITalino of this dialect offers, with their default transfer functions (10-bit). */
    static List<ChannelDescription> offered(Dialect dialect) {
        List<ChannelDescription> list = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            list.add(analog(p, 10, p == DEFAULT_ECG_PORT));
        }
        for (int k = 0; k < 4; k++) {
            list.add(digital(dialect.digitalBitName(k)));
        }
        return list;
    }

    /** The rates a BITalino offers. */
    static List<SamplingRate> rates() {
        List<SamplingRate> list = new ArrayList<>();
        for (int r : Commands.samplingRates()) {
            list.add(SamplingRate.ofHertz(r));
        }
        return list;
    }

    private static ChannelDescription analog(int port, int bits, boolean ecg) {
        String name = "A" + (port + 1);
        if (ecg) {
            // V = (ADC / 2^n - 0.5) * 3.3 / 1100, so mV = ADC * 3 / 2^n - 1.5
            return new ChannelDescription(name, Unit.MILLIVOLT, ChannelType.ECG, bits, 3.0 / (1 << bits), -1.5);
        }
        return ChannelDescription.of(name, Unit.DIMENSIONLESS, DEFAULT_TYPES[port], bits);
    }

    private static ChannelDescription digital(String name) {
        return ChannelDescription.of(name, Unit.DIMENSIONLESS, ChannelType.MARKER, 1);
    }

    private static int rateOf(SamplingRate r) {
        for (int hz : Commands.samplingRates()) {
            if (r.hertz() == hz) {
                return hz;
            }
        }
        throw new IllegalArgumentException("BITalino sampling rate " + r + " is not offered; rates: 1, 10, 100, 1000 Hz");
    }

    private static boolean isPort(String name) {
        return name.length() == 2 && name.charAt(0) == 'A' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** The digital bit (0 = the frame's bit 7) with this name in the dialect, or -1. */
    private static int digitalBit(String name, Dialect dialect) {
        for (int k = 0; k < 4; k++) {
            if (dialect.digitalBitName(k).equals(name)) {
                return k;
            }
        }
        return -1;
    }

    private static String offeredNames(Dialect dialect) {
        TreeSet<String> names = new TreeSet<>();
        offered(dialect).forEach(c -> names.add(c.name()));
        return String.join(", ", names);
    }

    FrameLayout layout() {
        return layout;
    }

    int rate() {
        return rate;
    }

    boolean simulated() {
        return simulated;
    }

    StreamFormat format() {
        return format;
    }

    /**
     * Where block column {@code c} comes from: an analogue position {@code >= 0}, or {@code -1 - k} for digital bit
     * k (0 = I1, the frame's bit 7).
     */
    int source(int c) {
        return sources[c];
    }

    int columns() {
        return sources.length;
    }
}
