package org.vagus.core;

/**
 * Name and version of this Vagus build, written into provenance records and study files so that every
 * result says which software produced it.
 *
 * @since 0.1.0
 */
public final class VagusInfo {
    /** The product name, {@value}. */
    public static final String NAME = "Vagus";

    /** The release version (semantic versioning), {@value}; kept equal to the bundle version without qualifier. */
    public static final String VERSION = "0.1.0";

    private VagusInfo() {
    }

    /** {@code "Vagus 0.1.0"}: name and version as shown to users and written into files. */
    public static String nameAndVersion() {
        return NAME + " " + VERSION;
    }
}
