package org.vagus.devices;

import java.util.Objects;

import org.vagus.core.model.ChannelType;
import org.vagus.core.units.Unit;

/**
 * One channel a sensor can acquire, and how its samples become physical values.
 * <p>
 * Integer samples ({@link SampleBlock#isIntegral()}) are raw converter codes; their physical value is
 * {@code raw * scale + offset} in {@code unit}. A linear transfer covers the BITalino sensors, for example the
 * ECG: {@code mV = (raw / 2^n - 1/2) * VCC / G * 1000}, so {@code scale = VCC * 1000 / (G * 2^n)} and
 * {@code offset = -VCC * 1000 / (2 G)}. Floating-point samples are already in {@code unit}
 * ({@code scale = 1, offset = 0}).
 *
 * @param name the channel's name, non-blank, no tabs or line breaks (such as {@code A2}, {@code ECG},
 *            {@code O1}); unique within a sensor
 * @param unit the unit of the physical value
 * @param type what the channel measures
 * @param resolutionBits the converter resolution in bits (1..64), 0 if unknown or not applicable
 * @param scale multiplies a raw sample; finite and non-zero
 * @param offset added after scaling, in {@code unit}; finite
 * @since 0.1.0
 */
public record ChannelDescription(String name, Unit unit, ChannelType type, int resolutionBits, double scale,
        double offset) {
    /**
     * @throws IllegalArgumentException on a blank name or one with tabs or line breaks, a resolution outside
     *             0..64, or a scale or offset that is not finite (or a zero scale)
     */
    public ChannelDescription {
        DeviceInfo.requireText("channel name", name);
        if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("channel name '" + name + "': tabs and line breaks are not allowed");
        }
        Objects.requireNonNull(unit, "unit of channel " + name);
        Objects.requireNonNull(type, "type of channel " + name);
        if (resolutionBits < 0 || resolutionBits > 64) {
            throw new IllegalArgumentException("channel " + name + " resolution: " + resolutionBits
                    + " bits, expected 1..64, or 0 for unknown");
        }
        if (!Double.isFinite(scale) || scale == 0 || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("channel " + name + " transfer: scale " + scale + ", offset " + offset
                    + ", expected a finite non-zero scale and a finite offset");
        }
    }

    /** A channel whose samples are already physical values (scale 1, offset 0). */
    public static ChannelDescription of(String name, Unit unit, ChannelType type, int resolutionBits) {
        return new ChannelDescription(name, unit, type, resolutionBits, 1, 0);
    }

    /** The physical value of a raw sample: {@code raw * scale + offset}. */
    public double toPhysical(double raw) {
        return raw * scale + offset;
    }

    /** True if samples are stored as they come ({@code scale == 1 && offset == 0}). */
    public boolean isIdentity() {
        return scale == 1 && offset == 0;
    }
}
