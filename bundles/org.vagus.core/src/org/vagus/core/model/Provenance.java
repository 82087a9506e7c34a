package org.vagus.core.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.vagus.core.VagusInfo;

/**
 * Which software made a result, when, and with which parameters; written beside every derived file so that a
 * result can be reproduced.
 *
 * @param software the software name, non-blank
 * @param version the software version, non-blank
 * @param created when the result was created
 * @param parameters the parameters by name, in their given order, as text (units in the name or value, such
 *            as {@code highpass_hz=0.02}). Copied, unmodifiable
 * @since 0.1.0
 */
public record Provenance(String software, String version, Instant created, Map<String, String> parameters) {
    public Provenance {
        Checks.nonBlank("provenance software", software);
        Checks.nonBlank("provenance version", version);
        Objects.requireNonNull(created, "provenance created");
        parameters = Checks.orderedCopy("provenance parameters", parameters);
    }

    /** Provenance naming this Vagus build ({@link VagusInfo}). */
    public static Provenance vagus(Instant created, Map<String, String> parameters) {
        return new Provenance(VagusInfo.NAME, VagusInfo.VERSION, created, parameters);
    }
}
