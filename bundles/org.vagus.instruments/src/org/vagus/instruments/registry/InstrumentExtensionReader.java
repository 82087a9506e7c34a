package org.vagus.instruments.registry;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.vagus.core.registry.ExtensionReader;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentFiles;
import org.vagus.instruments.InstrumentFormatException;
import org.vagus.instruments.InstrumentProvider;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.InstrumentTexts;

/**
 * Reads the contributions to the extension point {@code org.vagus.instruments.instruments} into an
 * {@link InstrumentRegistry}: the OSGi edge of the instruments bundle. The extension registry and the way bundle
 * files are opened are handed in (the platform's in the product, any in tests).
 * <p>
 * Elements: {@code <instrument file="..."/>} (a definition file in the contributing bundle),
 * {@code <instrument class="..."/>} (an {@link InstrumentProvider}), {@code <texts file="..."/>} (licensed item
 * texts merged into an instrument). Instruments are read first, in contribution order, then texts. Each element is
 * guarded: a file that is missing or invalid, a class that cannot be created or is not a provider, an id that is
 * already taken, texts for an unknown instrument, are reported with the contributing bundle's id and skipped.
 *
 * @since 0.1.0
 */
public final class InstrumentExtensionReader extends ExtensionReader {
    /** The extension point id. */
    public static final String EXTENSION_POINT = "org.vagus.instruments.instruments";
    /** The element that adds instruments. */
    public static final String INSTRUMENT = "instrument";
    /** The element that adds item texts. */
    public static final String TEXTS = "texts";
    /** The attribute naming a file in the contributing bundle. */
    public static final String FILE = "file";
    /** The attribute naming an {@link InstrumentProvider} class. */
    public static final String CLASS = "class";

    private final ResourceOpener opener;

    /**
     * A reader that opens bundle files through the running framework and logs skipped contributions as warnings.
     *
     * @param registry the extension registry to read
     */
    public InstrumentExtensionReader(IExtensionRegistry registry) {
        this(registry, BundleResources::open, logTo(InstrumentExtensionReader.class));
    }

    /**
     * @param registry the extension registry to read
     * @param opener opens files of contributing bundles
     * @param warnings receives one line per skipped contribution, naming its bundle and the reason
     */
    public InstrumentExtensionReader(IExtensionRegistry registry, ResourceOpener opener, Consumer<String> warnings) {
        super(registry, EXTENSION_POINT, warnings);
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** @return the built-in instruments followed by the contributed ones, texts merged */
    public InstrumentRegistry read() {
        return read(InstrumentRegistry.builtIn());
    }

    /** @return {@code base} followed by the contributed instruments, texts merged */
    public InstrumentRegistry read(InstrumentRegistry base) {
        return addAll(base, elements(), opener, warnings());
    }

    /**
     * Adds what the elements contribute to {@code base}, guarding each one; the seam tests use with their own
     * elements.
     */
    public static InstrumentRegistry addAll(InstrumentRegistry base, IConfigurationElement[] elements,
            ResourceOpener opener, Consumer<String> warnings) {
        InstrumentRegistry result = Objects.requireNonNull(base, "base");
        List<IConfigurationElement> texts = new ArrayList<>();
        for (IConfigurationElement e : elements) {
            String name = safeName(e);
            if (TEXTS.equals(name)) {
                texts.add(e);
            } else if (INSTRUMENT.equals(name)) {
                result = addInstruments(result, e, opener, warnings);
            } else {
                warnings.accept("skipped element <" + name + "> from bundle " + contributor(e) + " in "
                        + EXTENSION_POINT + ": expected <" + INSTRUMENT + "> or <" + TEXTS + ">");
            }
        }
        for (IConfigurationElement e : texts) {
            result = addTexts(result, e, opener, warnings);
        }
        return result;
    }

    private static InstrumentRegistry addInstruments(InstrumentRegistry base, IConfigurationElement e,
            ResourceOpener opener, Consumer<String> warnings) {
        String bundle = contributor(e);
        String what = "instrument";
        try {
            String file = e.getAttribute(FILE);
            String className = e.getAttribute(CLASS);
            if ((file == null) == (className == null)) {
                warnings.accept("skipped an instrument from bundle " + bundle + ": give either file=\"...\" (a"
                        + " definition file) or class=\"...\" (an InstrumentProvider), not "
                        + (file == null ? "neither" : "both"));
                return base;
            }
            List<Instrument> found;
            if (file != null) {
                what = "instrument " + file;
                try (InputStream in = opener.open(e.getContributor(), file)) {
                    found = List.of(InstrumentFiles.readDefinition(file, reader(in)));
                }
            } else {
                what = "instrument provider " + className;
                Object created = e.createExecutableExtension(CLASS);
                if (!(created instanceof InstrumentProvider provider)) {
                    warnings.accept("skipped " + what + " from bundle " + bundle + ": "
                            + (created == null ? "null" : created.getClass().getName()) + " does not implement "
                            + InstrumentProvider.class.getName());
                    return base;
                }
                found = provider.instruments();
            }
            InstrumentRegistry result = base;
            for (Instrument i : found) {
                try {
                    result = result.plus(i);
                } catch (RuntimeException ex) {
                    warnings.accept("skipped " + what + " from bundle " + bundle + ": " + explain(ex));
                }
            }
            return result;
        } catch (Exception | LinkageError ex) {
            // IOException (missing file, format error naming file and JSON path), CoreException (class not found,
            // constructor threw), RuntimeException from the provider, NoClassDefFoundError
            warnings.accept("skipped " + what + " from bundle " + bundle + ": " + explain(ex));
            return base;
        }
    }

    private static InstrumentRegistry addTexts(InstrumentRegistry base, IConfigurationElement e,
            ResourceOpener opener, Consumer<String> warnings) {
        String bundle = contributor(e);
        String file = null;
        try {
            file = e.getAttribute(FILE);
            if (file == null) {
                warnings.accept("skipped texts from bundle " + bundle + ": no file=\"...\"");
                return base;
            }
            InstrumentTexts texts;
            try (InputStream in = opener.open(e.getContributor(), file)) {
                texts = InstrumentFiles.readTexts(file, reader(in));
            }
            return base.withTexts(texts);
        } catch (Exception | LinkageError ex) {
            warnings.accept("skipped texts " + file + " from bundle " + bundle + ": " + explain(ex));
            return base;
        }
    }

    private static InputStreamReader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String safeName(IConfigurationElement e) {
        try {
            return e.getName();
        } catch (RuntimeException ex) {
            return "?";
        }
    }

    /** A format error already names the file, the JSON path and what was expected; others as every reader says them. */
    private static String explain(Throwable ex) {
        return ex instanceof InstrumentFormatException ? ex.getMessage() : describe(ex);
    }
}
