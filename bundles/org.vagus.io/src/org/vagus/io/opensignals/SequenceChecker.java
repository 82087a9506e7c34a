package org.vagus.io.opensignals;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;

import org.vagus.io.FormatException;

/**
 * Follows one device's sequence numbers ({@code nSeq}) and acts on jumps as the {@link GapPolicy} says.
 * <ul>
 * <li>BITalino: the counter is 4 bits wide (0..15) and increments on every sampling tick even when a frame is
 * dropped ({@code PROTOCOL-BITALINO.md}, "Frames"), so the next value must be {@code (previous + 1) mod 16}
 * and a loss is known only modulo 16.</li>
 * <li>biosignalsplux: the counter increments by one. A return to 0 right after {@code 2^k - 1} (k >= 8) is taken
 * as the counter wrapping, not as a gap. When the storage saturates the counter (the HDF5 files store
 * {@code nSeq} as uint16 and the values stay at 65535 once the counter passes it), repeated saturated values
 * cannot be checked and are accepted.</li>
 * </ul>
 */
final class SequenceChecker {
    private final Path file;
    private final OpenSignalsDevice device;
    private final long saturation;
    private final GapPolicy policy;
    private final List<SequenceGap> gaps;
    private final LongFunction<String> locator;
    private final int modulus;
    private long previous = -1;

    /**
     * @param saturation the largest value the storage can hold if it saturates the counter, else -1
     * @param gaps where gaps are added under {@link GapPolicy#REPORT}
     * @param locator the location of a position (a line number or a sample index) for messages
     */
    SequenceChecker(Path file, OpenSignalsDevice device, long saturation, GapPolicy policy, List<SequenceGap> gaps,
            LongFunction<String> locator) {
        this.file = file;
        this.device = device;
        this.saturation = saturation;
        this.policy = policy;
        this.gaps = gaps;
        this.locator = locator;
        this.modulus = device.family().sequenceModulus();
    }

    /**
     * Checks the next sequence number.
     *
     * @param seq the sequence number read
     * @param position the line number (text) or sample index (HDF5), for messages
     * @param sample the index of this sample in the device's signals
     * @throws FormatException if the value is out of the counter's range, or on a gap under {@link GapPolicy#FAIL}
     */
    void next(long seq, long position, long sample) throws FormatException {
        if (seq < 0 || modulus > 0 && seq >= modulus) {
            throw new FormatException(file, locator.apply(position), "sequence number (nSeq) " + seq + " of device "
                    + device.mac() + " is out of range; expected " + (modulus > 0 ? "0 to " + (modulus - 1)
                            + " (the " + device.family() + " counter is 4 bits wide)" : "a value >= 0"));
        }
        long before = previous;
        previous = seq;
        if (before < 0) {
            return;
        }
        long missing;
        if (modulus > 0) {
            missing = Math.floorMod(seq - before - 1, modulus);
        } else if (seq == before + 1 || seq == before && before == saturation
                || seq == 0 && before >= 255 && Long.bitCount(before + 1) == 1) {
            missing = 0;
        } else {
            missing = seq > before ? seq - before - 1 : -1;
        }
        if (missing == 0) {
            return;
        }
        long expected = modulus > 0 ? (before + 1) % modulus : before + 1;
        String where = locator.apply(position);
        if (policy == GapPolicy.FAIL) {
            String lost = missing < 0 ? "the counter went backwards (a reset or a reordering of frames)"
                    : missing + " frame(s) lost" + (modulus > 0 ? " (the counter wraps at " + modulus + ", so "
                            + missing + " + " + modulus + "k)" : "");
            throw new FormatException(file, where, "sequence gap: nSeq of device " + device.mac() + " jumps from "
                    + before + " to " + seq + ", expected " + expected + "; " + lost + ". A signal record cannot"
                    + " hold gaps; read with GapPolicy.REPORT to accept the file and list its gaps");
        }
        gaps.add(new SequenceGap(device.mac(), where, sample, before, seq, missing));
    }
}
