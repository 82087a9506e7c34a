package org.vagus.devices.simulation;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the provider-specific options of a {@link org.vagus.devices.SensorConfiguration}: numbers with their
 * range, and a check that no unknown key was given (so typing mistakes do not pass silently).
 */
final class Options {
    private final String sensor;
    private final Map<String, String> options;

    Options(String sensor, Map<String, String> options, Set<String> known) {
        this.sensor = sensor;
        this.options = options;
        Set<String> unknown = new TreeSet<>(options.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(sensor + ": unknown option(s) " + unknown + "; known options: "
                    + new TreeSet<>(known));
        }
    }

    boolean has(String key) {
        return options.containsKey(key);
    }

    /** The number under {@code key}, or {@code fallback} if absent; within {@code [lo, hi]}. */
    double number(String key, double fallback, double lo, double hi) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(sensor + ": option " + key + "=" + text + " is not a number");
        }
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(sensor + ": option " + key + "=" + text + ", expected " + lo + " to " + hi);
        }
        return v;
    }

    /** The integer under {@code key}, or {@code fallback} if absent. */
    long integer(String key, long fallback) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(sensor + ": option " + key + "=" + text + " is not an integer");
        }
    }

    /** The boolean under {@code key} ({@code true} or {@code false}), or {@code fallback} if absent. */
    boolean flag(String key, boolean fallback) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(sensor + ": option " + key + "=" + text
                    + ", expected true or false");
        };
    }

    /**
     * The replay or simulation speed under {@code speed}: a factor over real time (1 = real time), or
     * {@code max} for no pacing at all; returned as a factor, infinite for {@code max}.
     */
    double speed() {
        String text = options.get("speed");
        if (text != null && text.trim().equalsIgnoreCase("max")) {
            return Double.POSITIVE_INFINITY;
        }
        return number("speed", 1, 1e-3, 1e6);
    }
}
