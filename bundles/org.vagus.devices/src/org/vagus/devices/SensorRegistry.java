package org.vagus.devices;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The sensor providers known to Vagus, in order, unique by {@link SensorProvider#id()}. Immutable; plain Java.
 * In the product it is made by {@link org.vagus.devices.registry.SensorExtensionReader} from the extension point
 * {@code org.vagus.devices.sensors}; on a plain classpath (tests, notebooks) it is built with {@link #of} and
 * {@link #plus}.
 *
 * @since 0.1.0
 */
public final class SensorRegistry {
    /** What a provider id must look like. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private static final SensorRegistry EMPTY = new SensorRegistry(List.of());

    private final List<SensorProvider> providers;

    private SensorRegistry(List<SensorProvider> providers) {
        this.providers = providers;
    }

    /**
     * A registry of these providers, in order.
     *
     * @param providers the providers
     * @return the registry
     * @throws IllegalArgumentException if an id is malformed or repeats
     */
    public static SensorRegistry of(SensorProvider... providers) {
        SensorRegistry r = EMPTY;
        for (SensorProvider p : providers) {
            r = r.plus(p);
        }
        return r;
    }

    /** @return a registry without providers */
    public static SensorRegistry empty() {
        return EMPTY;
    }

    /**
     * This registry with one more provider at the end.
     *
     * @param provider the provider to add
     * @return a new registry
     * @throws IllegalArgumentException if its id is malformed or already registered
     */
    public SensorRegistry plus(SensorProvider provider) {
        Objects.requireNonNull(provider, "provider");
        String id = provider.id();
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("sensor provider " + provider.getClass().getName() + ": id '" + id
                    + "', expected lower case letters, digits, '-' and '.' (such as bitalino)");
        }
        if (byId(id).isPresent()) {
            throw new IllegalArgumentException("sensor provider " + provider.getClass().getName() + ": id '" + id
                    + "' is already registered by " + byId(id).get().getClass().getName());
        }
        List<SensorProvider> copy = new ArrayList<>(providers);
        copy.add(provider);
        return new SensorRegistry(Collections.unmodifiableList(copy));
    }

    /** @return the providers, in registration order */
    public List<SensorProvider> providers() {
        return providers;
    }

    /**
     * @param id a provider id
     * @return the provider with this id, if registered
     */
    public Optional<SensorProvider> byId(String id) {
        for (SensorProvider p : providers) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The devices every provider finds now. A provider whose discovery fails (an exception, or a linkage error
     * from a broken bundle) is reported to {@code warnings} with its id and the reason, and the others are still
     * asked.
     *
     * @param warnings receives one line per provider that failed
     * @return the devices found, provider by provider
     */
    public List<DeviceInfo> discoverAll(Consumer<String> warnings) {
        List<DeviceInfo> all = new ArrayList<>();
        for (SensorProvider p : providers) {
            try {
                List<DeviceInfo> found = p.discover();
                if (found != null) {
                    all.addAll(found);
                }
            } catch (Exception | LinkageError e) {
                warnings.accept("sensor provider " + p.id() + " (" + p.getClass().getName() + "): discovery failed: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "SensorRegistry" + providers.stream().map(SensorProvider::id).toList();
    }
}
