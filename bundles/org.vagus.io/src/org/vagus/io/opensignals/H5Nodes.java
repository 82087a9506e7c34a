package org.vagus.io.opensignals;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.Arrays;

import org.vagus.io.FormatException;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.FixedPoint;

/**
 * Typed, checked access to the attributes and datasets of one device group of an OpenSignals HDF5 file. Every
 * failure is a {@link FormatException} naming the file, the attribute or dataset, and what was expected.
 */
final class H5Nodes {
    private final Path file;
    private final Group group;

    H5Nodes(Path file, Group group) {
        this.file = file;
        this.group = group;
    }

    Path file() {
        return file;
    }

    /** The device group. */
    Group group() {
        return group;
    }

    /** The HDF5 path of a node without a trailing slash ({@code /00:07:80:58:9B:3F/raw/nSeq}). */
    static String path(Node node) {
        String p = node.getPath();
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The location of an attribute for messages: {@code attribute 'resolution' of group /mac}. */
    static String where(Node node, String attribute) {
        return "attribute '" + attribute + "' of " + (node.isGroup() ? "group " : "dataset ") + path(node);
    }

    FormatException fail(String location, String problem) {
        return new FormatException(file, location, problem);
    }

    /**
     * A jHDF failure on a damaged or truncated file, as a format error with jHDF's reasons. jHDF reports damage
     * with {@link HdfException} but also with plain runtime exceptions ({@link ArithmeticException},
     * {@link IllegalStateException}, ...); those are converted when thrown from inside jHDF, and anything else is
     * rethrown as it is (a bug here must not pass for a bad file).
     */
    static FormatException broken(Path file, String location, RuntimeException e) {
        if (!(e instanceof HdfException) && !fromJhdf(e)) {
            throw e;
        }
        StringBuilder why = new StringBuilder();
        for (Throwable t = e; t != null && why.length() < 400; t = t.getCause()) {
            why.append(why.isEmpty() ? "" : ": ").append(t.getMessage() != null ? t.getMessage() : t.toString());
        }
        FormatException f = new FormatException(file, location, "the HDF5 structure cannot be read (" + why
                + "); expected a complete OpenSignals HDF5 file (is it truncated or damaged?)");
        f.initCause(e);
        return f;
    }

    /** True if the innermost non-JDK frame of the exception lies in jHDF. */
    private static boolean fromJhdf(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith("io.jhdf.")) {
                return true;
            }
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                return false;
            }
        }
        return false;
    }

    /** The node at a path below the device group, or null. */
    Node child(String... names) {
        Node n = group;
        for (String name : names) {
            if (!(n instanceof Group g) || (n = g.getChild(name)) == null) {
                return null;
            }
        }
        return n;
    }

    /** A dataset below the device group that must exist. */
    Dataset dataset(String... names) throws FormatException {
        if (child(names) instanceof Dataset ds) {
            return ds;
        }
        throw fail("dataset " + path(group) + "/" + String.join("/", names), "missing; expected an integer dataset"
                + " (OpenSignals HDF5 layout: raw/nSeq and raw/channel_<k> for every k of attribute 'channels')");
    }

    private Object attribute(Node node, String name) throws FormatException {
        Attribute a = node.getAttribute(name);
        if (a == null) {
            throw fail(where(node, name), "missing; expected it in an OpenSignals HDF5 file");
        }
        try {
            Object data = a.getData();
            if (data == null) {
                throw fail(where(node, name), "empty; expected a value");
            }
            return data;
        } catch (RuntimeException e) {
            throw broken(file, where(node, name), e);
        }
    }

    String string(Node node, String name) throws FormatException {
        Object v = attribute(node, name);
        if (v instanceof String[] a && a.length == 1) {
            v = a[0];
        }
        if (v instanceof String s) {
            return s;
        }
        throw fail(where(node, name), "holds " + describe(v) + "; expected a string");
    }

    double positiveNumber(Node node, String name) throws FormatException {
        Object v = attribute(node, name);
        double d = Double.NaN;
        if (v instanceof Number n) {
            d = n.doubleValue();
        } else if (v instanceof double[] a && a.length == 1) {
            d = a[0];
        } else if (v instanceof float[] a && a.length == 1) {
            d = a[0];
        } else if (toLongs(v) instanceof long[] a && a.length == 1) {
            d = a[0];
        }
        if (!(d > 0) || Double.isInfinite(d)) {
            throw fail(where(node, name), "holds " + describe(v) + "; expected a number > 0");
        }
        return d;
    }

    long[] integerAttribute(Node node, String name) throws FormatException {
        Object v = attribute(node, name);
        long[] out = v instanceof Number n && !(v instanceof Double || v instanceof Float) ? new long[] {n.longValue()}
                : toLongs(v);
        if (out == null) {
            throw fail(where(node, name), "holds " + describe(v) + "; expected integers");
        }
        return out;
    }

    /** The number of samples of a column dataset (shape [n] or [n, 1]). */
    long length(Dataset ds) throws FormatException {
        int[] dims = ds.getDimensions();
        if (dims.length == 1 || dims.length == 2 && dims[1] == 1) {
            return dims[0];
        }
        throw fail("dataset " + path(ds), "shape " + Arrays.toString(dims) + "; expected one column of"
                + " samples, shape [n] or [n, 1]");
    }

    /** The values of an integer column dataset. */
    long[] integers(Dataset ds) throws FormatException {
        if (!(ds.getDataType() instanceof FixedPoint)) {
            throw fail("dataset " + path(ds), "holds " + ds.getJavaType().getSimpleName() + " values; expected"
                    + " integers (HDF5 fixed-point: ADC codes, sequence numbers, sample indices)");
        }
        long n = length(ds);
        if (n == 0 || ds.isEmpty()) {
            return new long[0];
        }
        Object flat;
        try {
            flat = ds.getDataFlat();
        } catch (RuntimeException e) {
            throw broken(file, "dataset " + path(ds), e);
        }
        long[] out = toLongs(flat);
        if (out == null) {
            throw fail("dataset " + path(ds), "holds " + describe(flat) + "; expected integers of at most 63 bits");
        }
        return out;
    }

    /**
     * The value at which an unsigned or signed integer dataset saturates ({@code 2^bits - 1} or
     * {@code 2^(bits-1) - 1}), or -1 for 64-bit types.
     */
    long saturation(Dataset ds) {
        if (ds.getDataType() instanceof FixedPoint fp && fp.getSize() < 8) {
            int bits = 8 * fp.getSize() - (fp.isSigned() ? 1 : 0);
            return (1L << bits) - 1;
        }
        return -1;
    }

    private static long[] toLongs(Object v) {
        long[] out;
        if (v instanceof long[] a) {
            out = a.clone();
        } else if (v instanceof int[] a) {
            out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
        } else if (v instanceof short[] a) {
            out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
        } else if (v instanceof byte[] a) {
            out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
        } else {
            out = null;
        }
        return out;
    }

    private static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v.getClass().isArray()) {
            return v.getClass().getComponentType().getSimpleName() + " array of " + Array.getLength(v);
        }
        return v.getClass().getSimpleName() + " " + v;
    }
}
