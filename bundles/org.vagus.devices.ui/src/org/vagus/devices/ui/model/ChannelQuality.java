package org.vagus.devices.ui.model;

import java.util.Objects;

/**
 * The signal quality of one channel over the classifier's window, with the figures behind the verdict.
 *
 * @param quality the verdict
 * @param samples finite samples in the window
 * @param lost NaN samples (lost frames) in the window
 * @param peakToPeak the largest minus the smallest finite sample, in the channel's unit (NaN without samples)
 * @param railFraction the share of finite samples at either end of the converter's range, 0..1 (0 if the range is
 *            unknown)
 * @since 0.1.0
 */
public record ChannelQuality(SignalQuality quality, int samples, int lost, double peakToPeak, double railFraction) {
    /** @throws NullPointerException if the verdict is null */
    public ChannelQuality {
        Objects.requireNonNull(quality, "quality");
    }
}
