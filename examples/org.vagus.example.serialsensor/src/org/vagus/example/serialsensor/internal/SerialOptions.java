package org.vagus.example.serialsensor.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.vagus.core.model.ChannelType;
import org.vagus.core.units.Unit;

/**
 * The options of the serial ASCII sensor ({@code vagus record ... --options KEY=VALUE,...}), checked: an unknown key
 * or a bad value is refused with a message naming it, so a typing mistake never passes silently.
 *
 * @param baud the port's baud rate ({@code baud}, default 115200)
 * @param decimal true for decimal values ({@code values=decimal}), false for integers ({@code values=integer},
 *            the default)
 * @param unit the unit of the physical values ({@code unit}, default {@code 1}, dimensionless)
 * @param type what the channels measure ({@code type}, such as {@code PPG}; default {@code OTHER})
 * @param bits the converter's resolution ({@code bits}, 0 = unknown, the default; an Arduino Uno's is 10)
 * @param scale physical = raw * scale + offset ({@code scale}, default 1); integers only
 * @param offset added after scaling ({@code offset}, default 0); integers only
 */
public record SerialOptions(int baud, boolean decimal, Unit unit, ChannelType type, int bits, double scale,
        double offset) {
    /** The option keys. */
    public static final Set<String> KEYS = Set.of("baud", "values", "unit", "type", "bits", "scale", "offset");
    /** The default baud rate. */
    public static final int DEFAULT_BAUD = 115200;

    /**
     * Reads the options of a configuration.
     *
     * @param sensor the sensor's name, for messages
     * @throws IllegalArgumentException naming the option and what was expected
     */
    public static SerialOptions parse(String sensor, Map<String, String> options) {
        Set<String> unknown = new TreeSet<>(options.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(sensor + ": unknown option(s) " + unknown + "; known options: "
                    + new TreeSet<>(KEYS));
        }
        int baud = (int) whole(sensor, options, "baud", DEFAULT_BAUD, 50, 4_000_000);
        String values = options.getOrDefault("values", "integer").strip().toLowerCase(Locale.ROOT);
        if (!values.equals("integer") && !values.equals("decimal")) {
            throw new IllegalArgumentException(sensor + ": option values=" + options.get("values")
                    + ", expected integer or decimal");
        }
        boolean decimal = values.equals("decimal");
        if (decimal && (options.containsKey("scale") || options.containsKey("offset"))) {
            throw new IllegalArgumentException(sensor + ": scale and offset apply to integer values; decimal values"
                    + " are taken as physical values in the unit");
        }
        String unitText = options.getOrDefault("unit", Unit.DIMENSIONLESS.symbol()).strip();
        if (unitText.isEmpty()) {
            throw new IllegalArgumentException(sensor + ": option unit is empty, expected a unit symbol such as mV");
        }
        ChannelType type;
        String typeText = options.getOrDefault("type", ChannelType.OTHER.name()).strip();
        try {
            type = ChannelType.valueOf(typeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(sensor + ": option type=" + typeText + ", expected one of "
                    + java.util.Arrays.toString(ChannelType.values()));
        }
        int bits = (int) whole(sensor, options, "bits", 0, 0, 32);
        double scale = number(sensor, options, "scale", 1);
        double offset = number(sensor, options, "offset", 0);
        if (scale == 0) {
            throw new IllegalArgumentException(sensor + ": option scale=0, expected a non-zero number");
        }
        return new SerialOptions(baud, decimal, Unit.of(unitText), type, bits, scale, offset);
    }

    private static long whole(String sensor, Map<String, String> options, String key, long fallback, long lo,
            long hi) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        long v;
        try {
            v = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(sensor + ": option " + key + "=" + text + " is not a whole number");
        }
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(sensor + ": option " + key + "=" + text + ", expected " + lo + " to "
                    + hi);
        }
        return v;
    }

    private static double number(String sensor, Map<String, String> options, String key, double fallback) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(sensor + ": option " + key + "=" + text + " is not a finite number");
    }
}
