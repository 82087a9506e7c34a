package org.vagus.io.opensignals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vagus.io.Signal;
import org.vagus.io.SignalRecord;

/**
 * All an OpenSignals reader found in a file: the signals in physical units, the devices as the header describes
 * them, the ADC codes the signals were converted from, and the sequence gaps accepted under
 * {@link GapPolicy#REPORT}.
 * <p>
 * Signals are the analog channels of every device in file order. A signal is named by its channel label
 * ({@code A2}, {@code CH1}); when the file holds several devices, by the device's MAC address, a space and the
 * label ({@code 20:16:02:26:60:88 A2}). Digital inputs and outputs are not returned (the text reader checks that
 * they are integers).
 *
 * @since 0.1.0
 */
public final class OpenSignalsRecording {
    private final SignalRecord record;
    private final List<OpenSignalsDevice> devices;
    private final List<SequenceGap> gaps;
    private final int[][] raw;
    private final int[] deviceOfSignal;

    private OpenSignalsRecording(SignalRecord record, List<OpenSignalsDevice> devices, List<SequenceGap> gaps,
            int[][] raw, int[] deviceOfSignal) {
        this.record = record;
        this.devices = List.copyOf(devices);
        this.gaps = List.copyOf(gaps);
        this.raw = raw;
        this.deviceOfSignal = deviceOfSignal;
    }

    /**
     * Converts the ADC codes of every device's channels with their {@link SensorTransfer} and names the signals.
     *
     * @param name the record name
     * @param source the file
     * @param devices the devices in file order
     * @param codes per device, per channel (in the device's channel order), the ADC codes; kept, not copied
     * @param gaps the gaps accepted
     */
    static OpenSignalsRecording assemble(String name, Path source, List<OpenSignalsDevice> devices,
            List<int[][]> codes, List<SequenceGap> gaps) {
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
        return new OpenSignalsRecording(new SignalRecord(name, source, signals), devices, gaps,
                raw.toArray(int[][]::new), owner.stream().mapToInt(Integer::intValue).toArray());
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

    /** A copy of the ADC codes signal {@code index} was converted from. */
    public int[] rawSamples(int index) {
        Objects.checkIndex(index, raw.length);
        return raw[index].clone();
    }

    /** The device that recorded signal {@code index}. */
    public OpenSignalsDevice deviceOf(int index) {
        Objects.checkIndex(index, deviceOfSignal.length);
        return devices.get(deviceOfSignal[index]);
    }

    /** The transfer function signal {@code index} was converted with. */
    public SensorTransfer transferOf(int index) {
        OpenSignalsDevice device = deviceOf(index);
        int first = 0;
        while (deviceOfSignal[first] != deviceOfSignal[index]) {
            first++;
        }
        return device.transfer(index - first);
    }
}
