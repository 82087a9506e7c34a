package org.vagus.io.opensignals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;
import org.vagus.io.Annotation;
import org.vagus.io.AnnotationCode;
import org.vagus.io.AnnotationSet;
import org.vagus.io.FormatException;
import org.vagus.io.RecordReader;
import org.vagus.io.SignalRecord;

import io.jhdf.HdfFile;
import io.jhdf.Superblock;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Reads OpenSignals HDF5 files ({@code .h5}) through the pure-Java HDF5 library jHDF; the layout is described
 * in the {@link org.vagus.io.opensignals package documentation}. Every root group is a device, in the order
 * the file lists them (name order in OpenSignals' files): its attributes
 * {@code device}, {@code sampling rate}, {@code channels} and {@code resolution} are required ({@code nsamples},
 * when present, must match the data), and so are the integer datasets {@code raw/nSeq} and
 * {@code raw/channel_<k>} for every channel {@code k}, each of the same length and with a {@code sensor}
 * attribute ({@code label} names the signal, {@code channel_<k>} when absent). Sequence numbers, ADC ranges and
 * units are handled as in {@link OpenSignalsTextReader}.
 * <p>
 * The integer datasets {@code digital/digital_<k>}, when present, become digital signals after every analog
 * channel (see {@link OpenSignalsRecording}), in order of {@code k}, each as long as {@code raw/nSeq}. They are
 * named by their {@code label} attribute when they have one, else by the column label the text format gives the
 * same port: on a BITalino {@code digital_1 .. digital_4} are {@code I1 I2 O1 O2}, on a biosignalsplux
 * {@code digital_1} is {@code DI}; any other {@code k} keeps its dataset name. The R-peaks of OpenSignals' HRV plug-in are read by
 * {@link #readPeaks(Path)}.
 *
 * @since 0.1.0
 */
public final class OpenSignalsH5Reader implements RecordReader {
    /** The HDF5 format signature (HDF5 File Format Specification, "Superblock"). */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private final GapPolicy gapPolicy;

    /** A reader that refuses files with sequence gaps ({@link GapPolicy#FAIL}). */
    public OpenSignalsH5Reader() {
        this(GapPolicy.FAIL);
    }

    /** A reader with the given handling of sequence gaps. */
    public OpenSignalsH5Reader(GapPolicy gapPolicy) {
        this.gapPolicy = Objects.requireNonNull(gapPolicy, "gapPolicy");
    }

    @Override
    public String formatName() {
        return "opensignals-h5";
    }

    /** True for a {@code .h5} or {@code .hdf5} file that starts with the HDF5 signature. */
    @Override
    public boolean canRead(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file) || !(name.endsWith(".h5") || name.endsWith(".hdf5"))) {
            return false;
        }
        try {
            return hasSignature(file);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public SignalRecord read(Path file) throws IOException {
        return readRecording(file).record();
    }

    /**
     * Reads the file with its devices, ADC codes and (under {@link GapPolicy#REPORT}) its gaps.
     *
     * @throws FormatException naming the file, the group, dataset or attribute, and what was expected
     */
    public OpenSignalsRecording readRecording(Path file) throws IOException {
        try (HdfFile hdf = open(file)) {
            List<OpenSignalsDevice> devices = new ArrayList<>();
            List<int[][]> codes = new ArrayList<>();
            List<List<DigitalColumn>> digital = new ArrayList<>();
            List<SequenceGap> gaps = new ArrayList<>();
            for (Group g : deviceGroups(file, hdf)) {
                H5Nodes nodes = new H5Nodes(file, g);
                OpenSignalsDevice device = device(nodes);
                devices.add(device);
                int[][] c = channels(nodes, device, gaps);
                codes.add(c);
                digital.add(digital(nodes, device, c[0].length));
            }
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return OpenSignalsRecording.assemble(dot > 0 ? name.substring(0, dot) : name, file, devices, codes,
                    digital, gaps);
        } catch (RuntimeException e) {
            throw H5Nodes.broken(file, "HDF5 structure", e);
        }
    }

    /**
     * The R-peaks OpenSignals' HRV plug-in stored, one set per dataset {@code <mac>/plugin/hrv/RR_peaks<k>}, in
     * device order then by dataset name; empty if the file has none. Each peak is a sample index into the
     * device's signals (0 is the first sample), checked to be ascending and inside the recording. The plug-in
     * does not classify beats; the peaks get the code {@link AnnotationCode#NORMAL}, as WFDB's QRS detectors
     * label their detections, with channel 0 (PLUX does not document what the {@code <k>} of {@code RR_peaks<k>}
     * counts). The set's source is the file and the dataset path.
     *
     * @throws FormatException naming the dataset and what was expected
     */
    public List<AnnotationSet> readPeaks(Path file) throws IOException {
        try (HdfFile hdf = open(file)) {
            List<AnnotationSet> sets = new ArrayList<>();
            for (Group g : deviceGroups(file, hdf)) {
                H5Nodes nodes = new H5Nodes(file, g);
                SamplingRate rate = SamplingRate.ofHertz(nodes.positiveNumber(g, "sampling rate"));
                long length = nodes.length(nodes.dataset("raw", "nSeq"));
                if (!(nodes.child("plugin", "hrv") instanceof Group hrv)) {
                    continue;
                }
                List<String> names = new ArrayList<>(hrv.getChildren().keySet());
                names.sort(null);
                for (String n : names) {
                    if (n.startsWith("RR_peaks") && hrv.getChild(n) instanceof Dataset ds) {
                        sets.add(peaks(file, nodes, ds, rate, length));
                    }
                }
            }
            return sets;
        } catch (RuntimeException e) {
            throw H5Nodes.broken(file, "HDF5 structure", e);
        }
    }

    private static AnnotationSet peaks(Path file, H5Nodes nodes, Dataset ds, SamplingRate rate, long length)
            throws FormatException {
        long[] samples = nodes.integers(ds);
        List<Annotation> list = new ArrayList<>(samples.length);
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] < 0 || samples[i] >= length || i > 0 && samples[i] < samples[i - 1]) {
                throw new FormatException(file, "dataset " + H5Nodes.path(ds), "peak " + i + " is at sample "
                        + samples[i] + "; expected ascending sample indices from 0 to " + (length - 1)
                        + " (the length of raw/nSeq)");
            }
            list.add(new Annotation(samples[i], AnnotationCode.NORMAL.code(), 0, 0, 0, ""));
        }
        return new AnnotationSet(file + ":" + H5Nodes.path(ds), rate, list);
    }

    private static HdfFile open(Path file) throws IOException {
        if (!hasSignature(file)) {
            throw new FormatException(file, "byte 0", "expected the HDF5 signature \\211HDF\\r\\n\\032\\n; this is"
                    + " not an HDF5 file (an OpenSignals text file is read by OpenSignalsTextReader)");
        }
        try {
            checkLength(file);
            return new HdfFile(file);
        } catch (RuntimeException e) {
            throw H5Nodes.broken(file, "HDF5 superblock", e);
        }
    }

    /**
     * Refuses a file shorter than the end-of-file address its superblock records (HDF5 File Format
     * Specification, "Superblock": End of File Address), as the HDF5 C library does. This check matters: jHDF
     * 0.13.0 reads a contiguous dataset that runs past the end of a truncated file without complaint and returns
     * wrong values.
     */
    private static void checkLength(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            Superblock superblock = Superblock.readSuperblock(channel, 0);
            long end = superblock.getBaseAddressByte() + superblock.getEndOfFileAddress();
            if (end > channel.size()) {
                throw new FormatException(file, "HDF5 superblock", "truncated: the superblock says the file ends at"
                        + " byte " + end + " but it has only " + channel.size() + " bytes; expected the complete"
                        + " file (was it cut while being written or copied?)");
            }
        }
    }

    private static boolean hasSignature(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE);
        }
    }

    private static List<Group> deviceGroups(Path file, HdfFile hdf) throws FormatException {
        List<Group> groups = new ArrayList<>();
        for (Node n : hdf.getChildren().values()) {
            if (n instanceof Group g) {
                groups.add(g);
            }
        }
        if (groups.isEmpty()) {
            throw new FormatException(file, "group /", "no device group; expected a group per device named by its"
                    + " MAC address (OpenSignals HDF5 layout)");
        }
        return groups;
    }

    private static OpenSignalsDevice device(H5Nodes nodes) throws FormatException {
        Group g = nodes.group();
        String mac = g.getName();
        String device = nodes.string(g, "device");
        DeviceFamily family = DeviceFamily.of(device).orElseThrow(() -> nodes.fail(H5Nodes.where(g, "device"),
                "unknown device '" + device + "'; expected " + DeviceFamily.known()));
        double hertz = nodes.positiveNumber(g, "sampling rate");
        long[] numbers = nodes.integerAttribute(g, "channels");
        long[] resolution = nodes.integerAttribute(g, "resolution");
        if (numbers.length == 0) {
            throw nodes.fail(H5Nodes.where(g, "channels"), "empty; expected at least one analog channel number");
        }
        if (resolution.length < numbers.length) {
            throw nodes.fail(H5Nodes.where(g, "resolution"), resolution.length + " value(s) for " + numbers.length
                    + " channel(s); expected one per channel (or per column, analog channels last)");
        }
        List<OpenSignalsChannel> channels = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            long bits = resolution[resolution.length - numbers.length + i];
            if (bits < 1 || bits > 31) {
                throw nodes.fail(H5Nodes.where(g, "resolution"), "channel " + numbers[i] + " has " + bits
                        + " bits; expected 1 to 31");
            }
            Dataset ds = nodes.dataset("raw", "channel_" + numbers[i]);
            String label = ds.getAttribute("label") == null ? ds.getName() : nodes.string(ds, "label");
            channels.add(new OpenSignalsChannel((int) numbers[i], label, nodes.string(ds, "sensor"), (int) bits));
        }
        return new OpenSignalsDevice(mac, device, family, SamplingRate.ofHertz(hertz), channels);
    }

    /** BITalino's digital ports in the order of its text columns (and, by that order, of {@code digital_<k>}). */
    private static final List<String> BITALINO_DIGITAL = List.of("I1", "I2", "O1", "O2");

    private static List<DigitalColumn> digital(H5Nodes nodes, OpenSignalsDevice device, int length)
            throws FormatException {
        if (!(nodes.child("digital") instanceof Group group)) {
            return List.of();
        }
        List<Dataset> sets = new ArrayList<>();
        for (Node n : group.getChildren().values()) {
            if (n instanceof Dataset ds && portOf(ds.getName()) > 0) {
                sets.add(ds);
            }
        }
        sets.sort(Comparator.comparingInt(ds -> portOf(ds.getName())));
        List<DigitalColumn> columns = new ArrayList<>();
        for (Dataset ds : sets) {
            long[] v = nodes.integers(ds);
            if (v.length != length) {
                throw nodes.fail("dataset " + H5Nodes.path(ds), v.length + " samples; expected " + length
                        + ", as many as dataset " + H5Nodes.path(nodes.dataset("raw", "nSeq")));
            }
            int[] states = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                if (v[i] < Integer.MIN_VALUE || v[i] > Integer.MAX_VALUE) {
                    throw nodes.fail("dataset " + H5Nodes.path(ds), "sample " + i + ": digital state " + v[i]
                            + " is not a 32-bit integer; expected 0 or 1");
                }
                states[i] = (int) v[i];
            }
            int port = portOf(ds.getName());
            String label = ds.getAttribute("label") != null ? nodes.string(ds, "label")
                    : device.family() == DeviceFamily.BITALINO && port <= BITALINO_DIGITAL.size()
                            ? BITALINO_DIGITAL.get(port - 1)
                            : device.family() == DeviceFamily.BIOSIGNALSPLUX && port == 1 ? "DI" : ds.getName();
            columns.add(new DigitalColumn(label, states));
        }
        return columns;
    }

    /** The {@code k} of a dataset named {@code digital_<k>} (k at least 1), or -1 for any other name. */
    private static int portOf(String name) {
        String prefix = "digital_";
        if (!name.startsWith(prefix) || name.length() == prefix.length() || name.length() > prefix.length() + 6) {
            return -1;
        }
        for (int i = prefix.length(); i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return -1;
            }
        }
        int k = Integer.parseInt(name.substring(prefix.length()));
        return k >= 1 ? k : -1;
    }

    private int[][] channels(H5Nodes nodes, OpenSignalsDevice device, List<SequenceGap> gaps)
            throws FormatException {
        Group g = nodes.group();
        Dataset seqSet = nodes.dataset("raw", "nSeq");
        long[] seq = nodes.integers(seqSet);
        if (seq.length == 0) {
            throw nodes.fail("dataset " + H5Nodes.path(seqSet), "no samples; expected at least one");
        }
        if (g.getAttribute("nsamples") != null) {
            long declared = nodes.integerAttribute(g, "nsamples")[0];
            if (declared != seq.length) {
                throw nodes.fail("dataset " + H5Nodes.path(seqSet), seq.length + " samples, but attribute"
                        + " 'nsamples' of group " + H5Nodes.path(g) + " says " + declared);
            }
        }
        String seqPath = H5Nodes.path(seqSet);
        SequenceChecker checker = new SequenceChecker(nodes.file(), device, nodes.saturation(seqSet), gapPolicy,
                gaps, i -> "dataset " + seqPath + ", sample " + i);
        for (int i = 0; i < seq.length; i++) {
            checker.next(seq[i], i, i);
        }
        int[][] codes = new int[device.channels().size()][];
        for (int c = 0; c < codes.length; c++) {
            OpenSignalsChannel ch = device.channels().get(c);
            Dataset ds = nodes.dataset("raw", "channel_" + ch.number());
            long[] v = nodes.integers(ds);
            if (v.length != seq.length) {
                throw nodes.fail("dataset " + H5Nodes.path(ds), v.length + " samples; expected " + seq.length
                        + ", as many as dataset " + seqPath);
            }
            int[] adc = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                if (v[i] < 0 || v[i] > ch.maxCode()) {
                    throw nodes.fail("dataset " + H5Nodes.path(ds), "sample " + i + ": ADC code " + v[i]
                            + " is outside 0.." + ch.maxCode() + ", the " + ch.resolution() + "-bit range attribute"
                            + " 'resolution' of group " + H5Nodes.path(g) + " declares");
                }
                adc[i] = (int) v[i];
            }
            codes[c] = adc;
        }
        return codes;
    }
}
