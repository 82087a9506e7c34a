package org.vagus.io;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.vagus.io.edf.BdfFormat;
import org.vagus.io.edf.EdfFormat;
import org.vagus.io.opensignals.OpenSignalsH5Format;
import org.vagus.io.opensignals.OpenSignalsTextFormat;

/**
 * The recording formats known to a caller, and the look-up of the format for a file. Plain Java and immutable:
 * {@link #plus(RecordFormat)} returns a new registry. The workbench and the command line build one from the
 * extension point {@code org.vagus.io.formats} ({@code org.vagus.io.registry.FormatExtensionReader}) and pass
 * it in; a library user starts from {@link #builtIn()} and adds formats by hand.
 * <p>
 * Look-up for reading ({@link #forFile(Path)}): first the formats that claim the file's extension, in
 * registration order, the first whose reader {@link RecordReader#canRead(Path) recognises} the file; then all
 * other formats in order, for files named without their extension (a WFDB record {@code mitdb/100}). A reader
 * whose {@code canRead} throws is logged and counted as "cannot read", so one broken contribution does not stop
 * the others from being asked.
 *
 * @since 0.1.0
 */
public final class FormatRegistry {
    private static final System.Logger LOG = System.getLogger(FormatRegistry.class.getName());
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9_-]+)*");

    /** A registered format with what it declared at registration. */
    private record Entry(RecordFormat format, String name, List<String> extensions) {
    }

    private final List<Entry> entries;

    private FormatRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A registry without formats. */
    public static FormatRegistry empty() {
        return new FormatRegistry(List.of());
    }

    /**
     * The formats of this bundle: {@code wfdb}, {@code edf} (EDF, EDF+), {@code bdf} (BDF, BDF+),
     * {@code opensignals-txt} and {@code opensignals-h5}.
     */
    public static FormatRegistry builtIn() {
        return empty().plus(new WfdbFormat()).plus(new EdfFormat()).plus(new BdfFormat())
                .plus(new OpenSignalsTextFormat()).plus(new OpenSignalsH5Format());
    }

    /**
     * A registry of the given formats, in order.
     *
     * @throws IllegalArgumentException as {@link #plus(RecordFormat)}
     */
    public static FormatRegistry of(Collection<? extends RecordFormat> formats) {
        FormatRegistry r = empty();
        for (RecordFormat f : formats) {
            r = r.plus(f);
        }
        return r;
    }

    /**
     * This registry with one more format, looked up after the ones already registered.
     *
     * @throws IllegalArgumentException naming the format if its name or an extension is malformed, its reader is
     *             missing, or a format of that name is already registered
     * @throws NullPointerException if {@code format} or one of its parts is null
     */
    public FormatRegistry plus(RecordFormat format) {
        Objects.requireNonNull(format, "format");
        String name = Objects.requireNonNull(format.name(), () -> format.getClass().getName() + ".name()");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("format name '" + name + "' of " + format.getClass().getName()
                    + ": expected lower-case letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
        Objects.requireNonNull(format.description(), () -> "format " + name + ": description()");
        Objects.requireNonNull(format.reader(), () -> "format " + name + ": reader()");
        Objects.requireNonNull(format.writer(), () -> "format " + name + ": writer() (use Optional.empty())");
        List<String> extensions = List.copyOf(Objects.requireNonNull(format.extensions(),
                () -> "format " + name + ": extensions()"));
        for (String e : extensions) {
            if (!EXTENSION.matcher(e).matches()) {
                throw new IllegalArgumentException("format " + name + ": extension '" + e
                        + "' must be lower case without the leading dot, for example 'edf'");
            }
        }
        for (Entry e : entries) {
            if (e.name.equals(name)) {
                throw new IllegalArgumentException("format " + name + " is already registered ("
                        + e.format.getClass().getName() + "); " + format.getClass().getName() + " not added");
            }
        }
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(format, name, extensions));
        return new FormatRegistry(more);
    }

    /** All formats, in registration order. */
    public List<RecordFormat> formats() {
        return entries.stream().map(Entry::format).toList();
    }

    /** The format of that name. */
    public Optional<RecordFormat> byName(String name) {
        return entries.stream().filter(e -> e.name.equals(name)).map(Entry::format).findFirst();
    }

    /** The formats that claim an extension (given with or without the dot, any case), in registration order. */
    public List<RecordFormat> byExtension(String extension) {
        String ext = extension.startsWith(".") ? extension.substring(1) : extension;
        String lower = ext.toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.extensions.contains(lower)).map(Entry::format).toList();
    }

    /**
     * The format to read a file with: see the class comment for the order. Empty if no reader recognises it
     * (including a file that does not exist).
     */
    public Optional<RecordFormat> forFile(Path file) {
        Objects.requireNonNull(file, "file");
        List<Entry> claiming = claiming(file);
        for (Entry e : claiming) {
            if (canRead(e, file)) {
                return Optional.of(e.format);
            }
        }
        for (Entry e : entries) {
            if (!claiming.contains(e) && canRead(e, file)) {
                return Optional.of(e.format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format to write a file with, chosen by the target's extension among the formats that have a writer
     * (the first registered wins).
     */
    public Optional<RecordFormat> forWriting(Path target) {
        return claiming(target).stream().map(Entry::format).filter(f -> f.writer().isPresent()).findFirst();
    }

    /**
     * Reads a file with the format {@link #forFile(Path)} finds.
     *
     * @throws FormatException naming the file and the known formats if none recognises it
     * @throws IOException as the format's reader throws
     */
    public SignalRecord read(Path file) throws IOException {
        Optional<RecordFormat> f = forFile(file);
        if (f.isEmpty()) {
            String what = Files.exists(file) ? "no registered format recognises this file"
                    : "the file does not exist and no registered format recognises the name";
            throw new FormatException(file, "file", what + "; known formats: " + describe());
        }
        return f.get().reader().read(file);
    }

    /**
     * Writes a record with the format {@link #forWriting(Path)} finds.
     *
     * @throws IllegalArgumentException naming the extension and the writable formats if none fits
     */
    public void write(SignalRecord record, Path target) throws IOException {
        RecordFormat f = forWriting(target).orElseThrow(() -> new IllegalArgumentException("no registered format"
                + " writes files named " + target.getFileName() + "; writable formats: " + entries.stream()
                        .filter(e -> e.format.writer().isPresent()).map(FormatRegistry::describe)
                        .collect(Collectors.joining(", "))));
        f.writer().orElseThrow().write(record, target);
    }

    @Override
    public String toString() {
        return "FormatRegistry[" + describe() + "]";
    }

    private String describe() {
        return entries.isEmpty() ? "none" : entries.stream().map(FormatRegistry::describe).collect(Collectors.joining(", "));
    }

    private static String describe(Entry e) {
        return e.extensions.isEmpty() ? e.name
                : e.name + " (" + e.extensions.stream().map(x -> "." + x).collect(Collectors.joining(" ")) + ")";
    }

    private List<Entry> claiming(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return List.of();
        }
        String lower = fileName.toString().toLowerCase(Locale.ROOT);
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            for (String ext : e.extensions) {
                if (lower.endsWith("." + ext)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean canRead(Entry e, Path file) {
        try {
            return e.format.reader().canRead(file);
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "format " + e.name + " (" + e.format.getClass().getName() + ") failed to check "
                    + file + "; treated as unable to read it", ex);
            return false;
        }
    }
}
