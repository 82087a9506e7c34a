package org.vagus.io.opensignals;

import java.util.Locale;
import java.util.Objects;

import org.vagus.core.units.Unit;

/**
 * The transfer function from a channel's ADC code to its physical value, for one sensor on one device family.
 * <ul>
 * <li>BITalino ECG (BITalino "Electrocardiography (ECG) Sensor Data Sheet"; {@code PROTOCOL-BITALINO.md},
 * "Units"): {@code V = (ADC / 2^n - 0.5) * VCC / G} with {@code VCC = 3.3 V}, {@code G = 1100}, range about
 * +-1.5 mV;</li>
 * <li>biosignalsplux ECG (PLUX "Electrocardiography (ECG) Sensor User Manual"; {@code PROTOCOL-BITALINO.md},
 * "biosignalsplux"): the same formula with {@code VCC = 3 V}, {@code G = 1019};</li>
 * </ul>
 * where {@code n} is the channel's resolution in bits as the file header declares it. ECG comes out in
 * millivolts. Sensors without a known transfer function stay in ADC codes, in {@link Unit#DIMENSIONLESS}
 * (whose documentation covers raw ADC codes).
 *
 * @since 0.1.0
 */
public final class SensorTransfer {
    private static final double BITALINO_VCC = 3.3;
    private static final double BITALINO_ECG_GAIN = 1100;
    private static final double PLUX_VCC = 3.0;
    private static final double PLUX_ECG_GAIN = 1019;

    private final Unit unit;
    private final double fullScale;
    private final double vcc;
    private final double gain;
    private final String formula;

    private SensorTransfer(Unit unit, int resolution, double vcc, double gain, String formula) {
        this.unit = unit;
        this.fullScale = Math.scalb(1.0, resolution);
        this.vcc = vcc;
        this.gain = gain;
        this.formula = formula;
    }

    /**
     * The transfer function for a channel.
     *
     * @param family the device family
     * @param sensor the sensor name as the header writes it ({@code ECG}, {@code EDA}, ...); case-insensitive
     * @param resolution the channel resolution in bits (1 to 31)
     */
    public static SensorTransfer forChannel(DeviceFamily family, String sensor, int resolution) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(sensor, "sensor");
        if (resolution < 1 || resolution > 31) {
            throw new IllegalArgumentException("resolution: " + resolution + " bits, expected 1 to 31");
        }
        if (sensor.strip().toUpperCase(Locale.ROOT).equals("ECG")) {
            return switch (family) {
                case BITALINO -> new SensorTransfer(Unit.MILLIVOLT, resolution, BITALINO_VCC, BITALINO_ECG_GAIN,
                        "mV = (ADC / 2^" + resolution + " - 0.5) * 3.3 / 1100 * 1000");
                case BIOSIGNALSPLUX -> new SensorTransfer(Unit.MILLIVOLT, resolution, PLUX_VCC, PLUX_ECG_GAIN,
                        "mV = (ADC / 2^" + resolution + " - 0.5) * 3 / 1019 * 1000");
            };
        }
        return new SensorTransfer(Unit.DIMENSIONLESS, resolution, Double.NaN, Double.NaN, "raw ADC code");
    }

    /** The unit of {@link #toPhysical(long)}. */
    public Unit unit() {
        return unit;
    }

    /** True if the channel stays in ADC codes (no known transfer function for its sensor). */
    public boolean isRaw() {
        return Double.isNaN(gain);
    }

    /** The physical value of an ADC code, in {@link #unit()}. */
    public double toPhysical(long adc) {
        if (isRaw()) {
            return adc;
        }
        return (adc / fullScale - 0.5) * vcc / gain * 1000.0;
    }

    /** The formula, for provenance and messages, e.g. {@code mV = (ADC / 2^10 - 0.5) * 3.3 / 1100 * 1000}. */
    public String formula() {
        return formula;
    }

    @Override
    public String toString() {
        return formula;
    }
}
