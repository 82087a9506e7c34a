package org.vagus.io.opensignals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vagus.core.units.Unit;
import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;

/**
 * All an OpenSignals reader found in a file: the signals in physical units, the devices as the header describes
 * them, the ADC codes the signals were converted from, and the sequence gaps accepted under
 * {@link GapPolicy#REPORT}.
 * <p>
 * Signals are the analog channels of every device in file order. A signal is named by its channel label
 * ({@code A2}, {@code CH1}); when the file holds several devices, by the device's MAC address, a space and the
 * label ({@code 20:16:02:26:60:88 A2}).
 * <p>
 * After the analog channels of every device come the digital columns of every device, in file order, so the
 * indices of the analog signals do not depend on whether a file has digital columns: BITalino's inputs
 * {@code I1 I2} and outputs {@code O1 O2}, biosignalsplux's input {@code DI} (HDF5: the datasets
 * {@code digital/digital_<k>}, see {@link OpenSignalsH5Reader}). They are named by their column label like the
 * analog channels ({@code I1}, or {@code 20:16:02:26:60:88 I1} with several devices), hold the recorded states
 * (0 or 1) in {@link org.vagus.core.units.Unit#DIMENSIONLESS} at the device's rate, and are what trigger
 * alignment reads ({@code vagus import --align trigger:I1}). {@link #isDigital(int)} tells them apart.
 *
 * @since 0.1.0
 */
public final class OpenSignalsRecording {
    private final SignalRecord record;
    private final List<OpenSignalsDevice> devices;
    private final List<SequenceGap> gaps;
    private final int[][] raw;
    private final int[] deviceOfSignal;
    private final int analogCount;

    private OpenSignalsRecording(SignalRecord record, List<OpenSignalsDevice> devices, List<SequenceGap> gaps,
            int[][] raw, int[] deviceOfSignal, int analogCount) {
        this.record = record;
        this.devices = List.copyOf(devices);
        this.gaps = List.copyOf(gaps);
        this.raw = raw;
        this.deviceOfSignal = deviceOfSignal;
        this.analogCount = analogCount;
    }

    /**
     * Converts the ADC codes of every device's channels with their {@link SensorTransfer} and names the signals.
     *
     * @param name the record name
     * @param source the file
     * @param devices the devices in file order
     * @param codes per device, per channel (in the device's channel order), the ADC codes; kept, not copied
     * @param digital per device, its digital columns in file order (empty if it has none); kept, not copied
     * @param gaps the gaps accepted
     */
    static OpenSignalsRecording assemble(String name, Path source, List<OpenSignalsDevice> devices,
            List<int[][]> codes, List<List<DigitalColumn>> digital, List<SequenceGap> gaps) {
        List<Signal> signals = new ArrayList<>();
        List<int[]> raw = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int d = 0; d < devices.size(); d++) {
            OpenSignalsDevice device = devices.get(d);
            for (int c = 0; c < device.channels().size(); c++) {
                OpenSignalsChannel channel = device.channels().get(c);
                SensorTransfer transfer = device.transfer(c);
                int[] adc = codes.get(d)[c];
                double[] physical = new double[adc.length];
                for (int i = 0; i < adc.length; i++) {
                    physical[i] = transfer.toPhysical(adc[i]);
                }
                String label = channel.label().isBlank() ? "channel " + channel.number() : channel.label();
                String signalName = devices.size() == 1 ? label : device.mac() + " " + label;
                signals.add(new Signal(signalName, transfer.unit(), device.rate(), physical));
                raw.add(adc);
                owner.add(d);
            }
        }
        int analog = signals.size();
        for (int d = 0; d < devices.size(); d++) {
            OpenSignalsDevice device = devices.get(d);
            for (DigitalColumn column : digital.get(d)) {
                double[] states = new double[column.values().length];
                for (int i = 0; i < states.length; i++) {
                    states[i] = column.values()[i];
                }
                String signalName = devices.size() == 1 ? column.label() : device.mac() + " " + column.label();
                signals.add(new Signal(signalName, Unit.DIMENSIONLESS, device.rate(), states));
                raw.add(column.values());
                owner.add(d);
            }
        }
        return new OpenSignalsRecording(new SignalRecord(name, source, signals), devices, gaps,
                raw.toArray(int[][]::new), owner.stream().mapToInt(Integer::intValue).toArray(), analog);
    }

    /** The signals in physical units (see the class comment for their order and names). */
    public SignalRecord record() {
        return record;
    }

    /** The devices in file order. */
    public List<OpenSignalsDevice> devices() {
        return devices;
    }

    /** The sequence gaps accepted under {@link GapPolicy#REPORT}; always empty under {@link GapPolicy#FAIL}. */
    public List<SequenceGap> gaps() {
        return gaps;
    }

    /** The number of analog signals, which come first; the digital columns follow them. */
    public int analogCount() {
        return analogCount;
    }

    /** True if signal {@code index} is a digital column (input or output) rather than an analog channel. */
    public boolean isDigital(int index) {
        Objects.checkIndex(index, raw.length);
        return index >= analogCount;
    }

    /** A copy of the ADC codes signal {@code index} was converted from (for a digital column, its states). */
    public int[] rawSamples(int index) {
        Objects.checkIndex(index, raw.length);
        return raw[index].clone();
    }

    /** The device that recorded signal {@code index}. */
    public OpenSignalsDevice deviceOf(int index) {
        Objects.checkIndex(index, deviceOfSignal.length);
        return devices.get(deviceOfSignal[index]);
    }

    /**
     * The transfer function signal {@code index} was converted with; for a digital column the 1-bit raw one
     * ({@link SensorTransfer#isRaw()}: the states as recorded).
     */
    public SensorTransfer transferOf(int index) {
        OpenSignalsDevice device = deviceOf(index);
        if (isDigital(index)) {
            return SensorTransfer.forChannel(device.family(), "digital", 1);
        }
        int first = 0;
        while (deviceOfSignal[first] != deviceOfSignal[index]) {
            first++;
        }
        return device.transfer(index - first);
    }
}
