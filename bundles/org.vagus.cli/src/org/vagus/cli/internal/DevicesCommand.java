package org.vagus.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.vagus.cli.Arguments;
import org.vagus.cli.CommandContext;
import org.vagus.cli.UsageException;
import org.vagus.cli.VagusCommand;
import org.vagus.core.time.MonotonicClock;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.DeviceInfo;
import org.vagus.devices.Sensor;
import org.vagus.devices.SensorDescription;
import org.vagus.devices.SensorProvider;
import org.vagus.devices.SensorRegistry;

/**
 * {@code vagus devices}: the serial ports the sensor providers find, and the sensors with their channels (unit, type,
 * converter resolution) and sampling rates. A sensor's channels are known only once a device is open
 * ({@link SensorProvider#open}), so devices are opened for their description, each with a time limit, except serial
 * ports, which are only opened with {@code --probe} or {@code --port}: opening one talks to whatever is attached.
 * Serial ports are found by the providers' own discovery (the BITalino driver's), never here.
 */
public final class DevicesCommand implements VagusCommand {
    /** How long a device may take to open before it is reported as not answering. */
    static final long OPEN_TIMEOUT_SECONDS = 10;

    private final Function<PrintStream, SensorRegistry> sensors;

    /** The command as the extension registry creates it: the providers come from the extension point. */
    public DevicesCommand() {
        this(Sensors::registry);
    }

    /** A command over these providers (tests, embedding). */
    public DevicesCommand(SensorRegistry sensors) {
        this(warnings -> sensors);
        Objects.requireNonNull(sensors, "sensors");
    }

    private DevicesCommand(Function<PrintStream, SensorRegistry> sensors) {
        this.sensors = sensors;
    }

    @Override
    public String summary() {
        return "list serial ports and sensors with their channels, units, resolutions and sampling rates";
    }

    @Override
    public String usage() {
        return """
                vagus devices [--sensor ID [--port PATH]] [--probe]
                  lists what each installed sensor provider finds now (serial ports, simulators), then each device
                  opened for its description: channels (unit, type, converter resolution) and sampling rates
                  --sensor ID   only this provider (such as simulated, replay, bitalino)
                  --port PATH   open this device of the --sensor provider, listed or not (a port, a replay file)
                  --probe       also open serial ports (not opened by default: that talks to whatever is attached);
                                each device has""" + " " + OPEN_TIMEOUT_SECONDS + " s to answer";
    }

    @Override
    public int run(CommandContext ctx, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("sensor", "port"), Set.of("probe"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        SensorRegistry registry = sensors.apply(ctx.err());
        String only = a.option("sensor", null);
        String port = a.option("port", null);
        if (port != null && port.isBlank()) {
            throw new UsageException("--port: expected a device path, got an empty text");
        }
        if (port != null) {
            port = Sensors.address(ctx, port);
        }
        boolean probe = a.flag("probe");
        if (port != null && only == null) {
            throw new UsageException("--port needs --sensor ID to say which driver opens it; sensors: "
                    + Sensors.knownIds(registry));
        }
        List<SensorProvider> providers = registry.providers();
        if (only != null) {
            SensorProvider p = registry.byId(only).orElseThrow(() -> new UsageException("unknown sensor '" + only
                    + "'; known sensors: " + Sensors.knownIds(registry)));
            providers = List.of(p);
        }
        if (providers.isEmpty()) {
            ctx.out().println("no sensor is installed (no bundle contributes to org.vagus.devices.sensors)");
            return 0;
        }
        Map<String, List<DeviceInfo>> found = new LinkedHashMap<>();
        Set<String> failed = new HashSet<>();
        if (port == null) {
            for (SensorProvider p : providers) {
                found.put(p.id(), SensorRegistry.of(p).discoverAll(w -> {
                    failed.add(p.id());
                    ctx.err().println("vagus devices: warning: " + w);
                }));
            }
        }
        if (port == null) {
            printPorts(ctx.out(), found.values().stream().flatMap(List::stream).toList());
            ctx.out().println();
        }
        ctx.out().println("sensors:");
        for (SensorProvider p : providers) {
            ctx.out().println("  " + p.id() + "  " + name(p));
            if (port != null) {
                ctx.out().println("    device " + port);
                describe(ctx.out(), p, port);
                continue;
            }
            List<DeviceInfo> devices = found.getOrDefault(p.id(), List.of());
            if (devices.isEmpty()) {
                ctx.out().println(failed.contains(p.id()) ? "    no device: discovery failed (see the warning above)"
                        : "    no device found; name one with --port, as in 'vagus devices --sensor " + p.id()
                                + " --port PATH'");
            }
            for (DeviceInfo d : devices) {
                ctx.out().println("    device " + d.address() + "  " + d.label());
                if (!probe && Sensors.isSerialPort(d.address())) {
                    ctx.out().println("      not opened: a serial port (--probe opens it and asks the device)");
                } else {
                    describe(ctx.out(), p, d.address());
                }
            }
        }
        return 0;
    }

    private static String name(SensorProvider p) {
        try {
            return p.name();
        } catch (RuntimeException | LinkageError e) {
            return "(name unavailable: " + Sensors.describe(e) + ")";
        }
    }

    /** The serial ports among the devices found, with the providers that may drive them. */
    private static void printPorts(PrintStream out, List<DeviceInfo> found) {
        Map<String, List<DeviceInfo>> ports = new LinkedHashMap<>();
        for (DeviceInfo d : found) {
            if (Sensors.isSerialPort(d.address())) {
                ports.computeIfAbsent(d.address(), k -> new ArrayList<>()).add(d);
            }
        }
        if (ports.isEmpty()) {
            out.println("serial ports: none found");
            return;
        }
        out.println("serial ports:");
        int width = ports.keySet().stream().mapToInt(String::length).max().orElse(0);
        ports.forEach((address, devices) -> out.printf("  %-" + width + "s  %s  (sensor %s)%n", address,
                devices.get(0).label(), String.join(", ", devices.stream().map(DeviceInfo::providerId).toList())));
    }

    /** Opens a device (with a time limit), prints what it offers, and closes it. */
    private static void describe(PrintStream out, SensorProvider provider, String address) {
        CompletableFuture<SensorDescription> opening = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                SensorDescription description;
                try (Sensor sensor = provider.open(address, MonotonicClock.INSTANCE)) {
                    description = sensor.description();
                }
                opening.complete(description); // after close: the device is free again when this is printed
            } catch (Exception | LinkageError e) {
                opening.completeExceptionally(e);
            }
        }, "vagus devices: open " + address);
        t.setDaemon(true); // a driver that never answers must not keep the command from ending
        t.start();
        SensorDescription d;
        try {
            d = opening.get(OPEN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            out.println("      cannot open " + address + ": no answer within " + OPEN_TIMEOUT_SECONDS + " s");
            return;
        } catch (ExecutionException e) {
            out.println("      cannot open " + address + ": " + Sensors.describe(e.getCause()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("      cannot open " + address + ": interrupted");
            return;
        }
        out.println("      " + d.name() + "  [device id " + d.id() + "]");
        out.println("      rates: " + Sensors.rates(d.samplingRates()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "channel", "unit", "type", "resolution" });
        for (ChannelDescription c : d.channels()) {
            rows.add(new String[] { c.name(), c.unit().symbol(), c.type().name(),
                    c.resolutionBits() == 0 ? "-" : c.resolutionBits() + " bit" });
        }
        int[] width = new int[4];
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            out.printf("      %-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s%n", r[0], r[1], r[2],
                    r[3]);
        }
    }
}
