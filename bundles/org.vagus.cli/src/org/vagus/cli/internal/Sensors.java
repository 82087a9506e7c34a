package org.vagus.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.vagus.cli.CommandContext;
import org.vagus.core.units.SamplingRate;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;
import org.vagus.devices.registry.SensorExtensionReader;

/**
 * The sensor providers the commands use: those contributed through the extension point
 * {@code org.vagus.devices.sensors}. This is the edge where the extension registry is read; without a running
 * platform (plain unit tests, which build their own {@link SensorRegistry}) the providers passed in, or none. Also
 * the few texts both {@code devices} and {@code record} print about sensors.
 */
final class Sensors {
    /** {@code /dev/ttyUSB0}, {@code /dev/rfcomm0}, {@code COM5}, {@code \\.\COM12}. */
    private static final Pattern SERIAL_PORT = Pattern.compile("/dev/.+|(\\\\\\\\\\.\\\\)?COM[0-9]+",
            Pattern.CASE_INSENSITIVE);

    private Sensors() {
    }

    /**
     * @param warnings where a contribution that cannot be loaded is reported (with its bundle id) and skipped
     * @param withoutPlatform the providers to use when there is no extension registry
     */
    static SensorRegistry registry(PrintStream warnings, SensorProvider... withoutPlatform) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return SensorRegistry.of(withoutPlatform);
        }
        return new SensorExtensionReader(registry, w -> warnings.println("vagus: warning: " + w)).read();
    }

    /** The provider ids for an error message: {@code simulated, replay, bitalino}, or why there are none. */
    static String knownIds(SensorRegistry registry) {
        if (registry.providers().isEmpty()) {
            return "none (no sensor bundle is installed)";
        }
        return registry.providers().stream().map(SensorProvider::id).collect(Collectors.joining(", "));
    }

    /**
     * True if an address is a serial port path. Opening a serial port talks to whatever is attached (and may take a
     * driver's time-out), so {@code vagus devices} lists such devices without opening them unless asked.
     */
    static boolean isSerialPort(String address) {
        return SERIAL_PORT.matcher(address).matches();
    }

    /**
     * A device address as the user typed it, with a relative file path resolved against the user's directory (the
     * process may run elsewhere): an address that names an existing file, or whose parent folder exists, there.
     * Other addresses ({@code simulated}, {@code COM5}, absolute port paths) are passed on as typed.
     */
    static String address(CommandContext ctx, String typed) {
        try {
            Path p = Path.of(typed);
            if (p.isAbsolute()) {
                return typed;
            }
            Path resolved = ctx.resolve(typed);
            boolean file = Files.exists(resolved) || p.getParent() != null && Files.isDirectory(resolved.getParent());
            return file ? resolved.toString() : typed;
        } catch (InvalidPathException e) {
            return typed;
        }
    }

    /** {@code 1000} for 1000 Hz, {@code 0.5} for 0.5 Hz: the number a user types after {@code --rate}. */
    static String hertz(SamplingRate rate) {
        double hz = rate.hertz();
        if (hz == Math.rint(hz) && Math.abs(hz) < 1e15) {
            return Long.toString((long) hz);
        }
        return String.format(Locale.ROOT, "%s", hz);
    }

    /** {@code 1, 10, 100, 1000 Hz}. */
    static String rates(List<SamplingRate> rates) {
        return rates.stream().map(Sensors::hertz).collect(Collectors.joining(", ")) + " Hz";
    }

    /** The message of a throwable and of its causes, as far as they add something. */
    static String describe(Throwable t) {
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof LinkageError) {
            text = t.getClass().getSimpleName() + ": " + text;
        }
        Throwable c = t.getCause();
        if (c != null && c != t && c.getMessage() != null && !text.contains(c.getMessage())) {
            text += " (" + c.getMessage() + ")";
        }
        return text;
    }
}
