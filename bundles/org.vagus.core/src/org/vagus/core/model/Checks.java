package org.vagus.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Argument checks shared by the model records; messages name the field and say what was expected. */
final class Checks {
    private static final Pattern BIDS_LABEL = Pattern.compile("[A-Za-z0-9]+");

    private Checks() {
    }

    /** A BIDS label: alphanumeric only, without its entity prefix (BIDS 1.10, "Entities"). */
    static String label(String field, String value, String prefix) {
        Objects.requireNonNull(value, field);
        if (!BIDS_LABEL.matcher(value).matches()) {
            String hint = value.startsWith(prefix) ? " without the '" + prefix + "' prefix" : "";
            throw new IllegalArgumentException(field + " '" + value + "': expected a BIDS label, letters and digits only"
                    + " (A-Z, a-z, 0-9)" + hint + ", e.g. '01'");
        }
        return value;
    }

    static String nonBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": expected a non-blank text");
        }
        return value;
    }

    /** An unmodifiable copy that keeps the iteration order (column order matters in TSV files); no null keys or values. */
    static Map<String, String> orderedCopy(String field, Map<String, String> map) {
        Objects.requireNonNull(map, field);
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k == null || k.isBlank()) {
                throw new IllegalArgumentException(field + ": blank or null key");
            }
            if (v == null) {
                throw new IllegalArgumentException(field + " '" + k + "': null value (leave the key out instead)");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** {@link List#copyOf} after checking that the keys are unique. */
    static <T> List<T> uniqueList(String field, List<T> list, Function<T, String> key) {
        List<T> copy = List.copyOf(Objects.requireNonNull(list, field));
        Set<String> seen = new HashSet<>();
        for (T t : copy) {
            if (!seen.add(key.apply(t))) {
                throw new IllegalArgumentException(field + ": duplicate '" + key.apply(t) + "'");
            }
        }
        return copy;
    }

    /** A copy of {@code list} with {@code item} replacing the element with the same key, or appended. */
    static <T> List<T> upsert(List<T> list, T item, Function<T, String> key) {
        List<T> copy = new ArrayList<>(list);
        String k = key.apply(item);
        for (int i = 0; i < copy.size(); i++) {
            if (key.apply(copy.get(i)).equals(k)) {
                copy.set(i, item);
                return copy;
            }
        }
        copy.add(item);
        return copy;
    }
}
