package org.vagus.demo.internal;

import org.vagus.devices.SampleBlock;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;

/**
 * Passes a sensor's stream on with every value rounded to a multiple of a quantum, as an analogue-to-digital
 * converter of that resolution would deliver it; sample indices, arrival stamps and events are unchanged.
 */
final class Quantizer implements SensorListener {
    private final SensorListener next;
    private final double perUnit;

    /** @param quantum the resolution; its reciprocal should be a whole number (0.001: values to three decimals) */
    Quantizer(SensorListener next, double quantum) {
        this.next = next;
        this.perUnit = Math.rint(1 / quantum);
    }

    @Override
    public void onBlock(SampleBlock block) {
        int channels = block.channelCount();
        int n = block.frameCount();
        double[][] q = new double[channels][n];
        for (int c = 0; c < channels; c++) {
            block.copyChannel(c, 0, q[c], 0, n);
            double[] v = q[c];
            for (int i = 0; i < n; i++) {
                // divided by a whole number: the double nearest the decimal, which prints short
                v[i] = Math.rint(v[i] * perUnit) / perUnit;
            }
        }
        next.onBlock(SampleBlock.ofDoubles(block.firstSampleIndex(), block.firstSequence(), block.arrivalNanos(), q));
    }

    @Override
    public void onEvent(SensorEvent event) {
        next.onEvent(event);
    }
}
