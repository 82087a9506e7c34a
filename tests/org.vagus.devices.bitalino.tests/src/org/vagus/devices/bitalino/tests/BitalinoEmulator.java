package org.vagus.devices.bitalino.tests;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vagus.devices.bitalino.internal.emulator.FirmwareEmulator;

/**
 * The test's firmware emulator: the bundle's {@link FirmwareEmulator} (protocol, real-time stream, deterministic
 * values) plus fault injection at given ticks of an acquisition (tick 0 = the first frame after start):
 * <ul>
 * <li>{@link #flipBit}: one bit of one frame inverted, as line noise would;</li>
 * <li>{@link #dropBytes}: bytes of one frame never sent, as a lossy link would;</li>
 * <li>{@link #dropFrames}: whole frames never sent while the sequence goes on, as the firmware does when its send
 * buffer overflows;</li>
 * <li>{@link #stall}: nothing sent for a while, the frames dropped or held back and released in one burst;</li>
 * <li>{@link #insertGarbage}: bytes that are no frame before a frame.</li>
 * </ul>
 * The port vanishing is the fixture's job (it kills socat). Faults are set before {@code start} and apply to every
 * acquisition until {@link #clearFaults()}.
 */
public final class BitalinoEmulator extends FirmwareEmulator {
    private final Map<Long, byte[]> before = new ConcurrentHashMap<>();
    private final Map<Long, int[]> flips = new ConcurrentHashMap<>();
    private final Map<Long, int[]> drops = new ConcurrentHashMap<>();
    /** Silences: {from, until (exclusive), hold ? 1 : 0}. */
    private final List<long[]> silences = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();

    public BitalinoEmulator(String version) {
        super(version);
    }

    /** Inverts bit {@code bit} (0..7) of byte {@code index} (0 = first) of the frame of tick {@code tick}. */
    public BitalinoEmulator flipBit(long tick, int index, int bit) {
        flips.put(tick, new int[] { index, bit });
        return this;
    }

    /** Leaves out {@code count} bytes from byte {@code index} of the frame of tick {@code tick}. */
    public BitalinoEmulator dropBytes(long tick, int index, int count) {
        drops.put(tick, new int[] { index, count });
        return this;
    }

    /** Sends no byte of the frames of ticks {@code from .. from + count - 1} (the sequence goes on). */
    public BitalinoEmulator dropFrames(long from, long count) {
        return silence(from, count, false);
    }

    /**
     * Sends nothing during ticks {@code from .. from + count - 1}; if {@code holdBack}, those frames are sent in one
     * burst with the frame after, else they are lost.
     */
    public BitalinoEmulator stall(long from, long count, boolean holdBack) {
        return silence(from, count, holdBack);
    }

    /** Sends {@code garbage} just before the frame of tick {@code tick}. */
    public BitalinoEmulator insertGarbage(long tick, byte[] garbage) {
        before.put(tick, garbage.clone());
        return this;
    }

    /** Removes every fault. */
    public void clearFaults() {
        flips.clear();
        drops.clear();
        before.clear();
        silences.clear();
    }

    private BitalinoEmulator silence(long from, long count, boolean holdBack) {
        silences.add(new long[] { from, from + count, holdBack ? 1 : 0 });
        return this;
    }

    @Override
    protected byte[] transmit(long tick, byte[] frame) {
        int[] f = flips.get(tick);
        if (f != null) {
            frame[f[0]] ^= (byte) (1 << f[1]);
        }
        int[] d = drops.get(tick);
        if (d != null) {
            byte[] shorter = new byte[frame.length - d[1]];
            System.arraycopy(frame, 0, shorter, 0, d[0]);
            System.arraycopy(frame, d[0] + d[1], shorter, d[0], frame.length - d[0] - d[1]);
            frame = shorter;
        }
        byte[] g = before.get(tick);
        if (g != null) {
            byte[] both = new byte[g.length + frame.length];
            System.arraycopy(g, 0, both, 0, g.length);
            System.arraycopy(frame, 0, both, g.length, frame.length);
            frame = both;
        }
        for (long[] s : silences) {
            if (tick >= s[0] && tick < s[1]) {
                if (s[2] == 1) {
                    held.writeBytes(frame);
                }
                return new byte[0];
            }
        }
        if (held.size() > 0) {
            held.writeBytes(frame);
            byte[] burst = held.toByteArray();
            held.reset();
            return burst;
        }
        return frame;
    }
}
