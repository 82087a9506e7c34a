package org.vagus.devices.bitalino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

import org.vagus.devices.SampleBlock;
import org.vagus.devices.bitalino.internal.emulator.EmulatedSignal;
import org.vagus.devices.bitalino.protocol.FrameLayout;

/** Compares delivered samples with what the emulator sent. */
final class Samples {
    private Samples() {
    }

    /**
     * Checks every analogue sample of every block against {@link EmulatedSignal}, and that no digital sample is
     * other than 0 or 1.
     *
     * @param channels the configuration's channels, in block order
     * @param tickOf the emulator tick of a sample index (identity unless the stream restarted)
     * @return the number of frames checked
     */
    static long checkAll(List<SampleBlock> blocks, List<String> channels, LongUnaryOperator tickOf) {
        List<String> analog = new ArrayList<>();
        for (String c : channels) {
            if (c.matches("A[1-6]")) {
                analog.add(c);
            }
        }
        FrameLayout layout = FrameLayout.ofPorts(analog);
        int[] port = new int[channels.size()];
        int[] position = new int[channels.size()];
        for (int c = 0; c < channels.size(); c++) {
            String name = channels.get(c);
            port[c] = name.matches("A[1-6]") ? FrameLayout.portIndex(name) : -1;
            position[c] = port[c] >= 0 ? layout.positionOf(port[c]) : -1;
        }
        long frames = 0;
        for (SampleBlock b : blocks) {
            for (int f = 0; f < b.frameCount(); f++) {
                long index = b.firstSampleIndex() + f;
                long tick = tickOf.applyAsLong(index);
                for (int c = 0; c < channels.size(); c++) {
                    int got = b.intAt(c, f);
                    if (port[c] >= 0) {
                        int want = EmulatedSignal.frameValue(tick, port[c], position[c]);
                        if (got != want) {
                            fail("sample " + index + " (tick " + tick + ") channel " + channels.get(c) + ": got " + got
                                    + ", the emulator sent " + want);
                        }
                    } else if (got != 0 && got != 1) {
                        fail("digital sample " + got + " at " + index);
                    }
                }
                frames++;
            }
        }
        return frames;
    }

    /** Checks that the blocks cover indices {@code 0..end-1} without a hole. */
    static void assertContiguous(List<SampleBlock> blocks, long end) {
        long next = 0;
        for (SampleBlock b : blocks) {
            assertEquals(next, b.firstSampleIndex(), "hole before " + b);
            next = b.endSampleIndex();
        }
        assertEquals(end, next);
    }
}
