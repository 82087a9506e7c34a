package org.vagus.instruments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The instruments known to Vagus, in order, unique by id. Immutable; plain Java. {@link #builtIn()} loads the
 * definitions shipped in this bundle's {@code instruments/} folder through the class loader (on a plain classpath
 * as in OSGi); {@link org.vagus.instruments.registry.InstrumentExtensionReader} adds the contributions to the
 * extension point {@code org.vagus.instruments.instruments} at the edges.
 *
 * @since 0.1.0
 */
public final class InstrumentRegistry {
    /** The built-in definitions, as class-loader resources of this bundle. */
    public static final List<String> BUILT_IN = List.of("instruments/scs-26.json", "instruments/stai-y1.json",
            "instruments/perceived-stress.json", "instruments/hama-14.json", "instruments/hamd-17.json");

    private static final InstrumentRegistry EMPTY = new InstrumentRegistry(List.of());

    private final List<Instrument> instruments;

    private InstrumentRegistry(List<Instrument> instruments) {
        this.instruments = instruments;
    }

    /** @return a registry without instruments */
    public static InstrumentRegistry empty() {
        return EMPTY;
    }

    /**
     * The built-in instruments: SCS-26, STAI-Y1, perceived stress, HAMA-14, HAMD-17 (scoring keys, domain labels and
     * anchors; no item texts).
     *
     * @throws UncheckedIOException if a built-in definition is missing or broken (a packaging error)
     */
    public static InstrumentRegistry builtIn() {
        InstrumentRegistry r = EMPTY;
        ClassLoader loader = InstrumentRegistry.class.getClassLoader();
        for (String resource : BUILT_IN) {
            try {
                r = r.plus(InstrumentFiles.readResource(loader, resource));
            } catch (IOException e) {
                throw new UncheckedIOException("built-in instrument " + resource + " cannot be read: "
                        + e.getMessage(), e);
            }
        }
        return r;
    }

    /**
     * A registry of these instruments, in order.
     *
     * @throws IllegalArgumentException if an id repeats
     */
    public static InstrumentRegistry of(Instrument... instruments) {
        InstrumentRegistry r = EMPTY;
        for (Instrument i : instruments) {
            r = r.plus(i);
        }
        return r;
    }

    /**
     * This registry with one more instrument at the end.
     *
     * @throws IllegalArgumentException if its id is already registered
     */
    public InstrumentRegistry plus(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        Optional<Instrument> taken = instruments.stream().filter(i -> i.id().equals(instrument.id())).findFirst();
        if (taken.isPresent()) {
            throw new IllegalArgumentException("instrument '" + instrument.id() + "' (" + instrument.name()
                    + ") is already registered (" + taken.get().name() + ")");
        }
        List<Instrument> copy = new ArrayList<>(instruments);
        copy.add(instrument);
        return new InstrumentRegistry(Collections.unmodifiableList(copy));
    }

    /**
     * This registry with texts merged into their instrument.
     *
     * @throws InstrumentFormatException naming the texts file if the instrument is not registered or the texts do
     *             not fit it
     */
    public InstrumentRegistry withTexts(InstrumentTexts texts) throws InstrumentFormatException {
        Instrument target = byId(texts.instrumentId()).orElseThrow(() -> new InstrumentFormatException(
                texts.source(), "$.instrument", "no instrument '" + texts.instrumentId() + "'; known: "
                        + String.join(", ", ids())));
        Instrument merged = InstrumentFiles.merge(target, texts);
        List<Instrument> copy = new ArrayList<>(instruments);
        copy.set(copy.indexOf(target), merged);
        return new InstrumentRegistry(Collections.unmodifiableList(copy));
    }

    /** @return the instruments, in registration order */
    public List<Instrument> instruments() {
        return instruments;
    }

    /** @return the ids, in registration order */
    public List<String> ids() {
        return instruments.stream().map(Instrument::id).toList();
    }

    /**
     * @param id an instrument id; also matched ignoring case, and by abbreviation ({@code HAMD-17})
     * @return the instrument, if registered
     */
    public Optional<Instrument> byId(String id) {
        for (Instrument i : instruments) {
            if (i.id().equals(id)) {
                return Optional.of(i);
            }
        }
        for (Instrument i : instruments) {
            if (i.id().equalsIgnoreCase(id) || i.abbreviation().equalsIgnoreCase(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * @param id an instrument id
     * @return the instrument
     * @throws IllegalArgumentException naming the known ids
     */
    public Instrument get(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("no instrument '" + id + "'; known: "
                + String.join(", ", ids())));
    }

    @Override
    public String toString() {
        return "InstrumentRegistry" + ids();
    }
}
