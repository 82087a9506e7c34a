package org.vagus.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;

/**
 * A participant: a row of {@code participants.tsv} and the BIDS folder {@code sub-<label>/}. The label is a
 * code (such as {@code 01} or {@code P07}), never a name; identities are kept outside the study.
 *
 * @param label the BIDS label without the {@code sub-} prefix: letters and digits only
 * @param attributes further participants.tsv columns by name (such as {@code age}, {@code sex},
 *            {@code group}) in column order; a missing value ({@code n/a}) is an absent key. Copied, unmodifiable
 * @param sessions the participant's sessions, unique by label. Copied, unmodifiable
 * @since 0.1.0
 */
public record Participant(String label, Map<String, String> attributes, List<Session> sessions) {
    /** The BIDS entity prefix of participant folders and ids. */
    public static final String PREFIX = "sub-";

    /** The participants.tsv column holding {@code sub-<label>}; it is not an attribute. */
    public static final String ID_COLUMN = "participant_id";

    /**
     * @throws IllegalArgumentException if the label is not alphanumeric, an attribute is null or named
     *             {@value #ID_COLUMN}, or two sessions share a label
     */
    public Participant {
        Checks.label("participant label", label, PREFIX);
        attributes = Checks.orderedCopy("participant attributes", attributes);
        if (attributes.containsKey(ID_COLUMN)) {
            throw new IllegalArgumentException("participant attributes: '" + ID_COLUMN + "' is the label, not an attribute");
        }
        sessions = Checks.uniqueList("sessions of participant " + label, sessions, Session::label);
    }

    /** A participant without attributes or sessions. */
    public static Participant of(String label) {
        return new Participant(label, Map.of(), List.of());
    }

    /** {@code "sub-" + label}: the folder name and the participant_id column value. */
    public String bidsName() {
        return PREFIX + label;
    }

    /** The value of an attribute column, empty if missing. */
    public Optional<String> attribute(String column) {
        return Optional.ofNullable(attributes.get(column));
    }

    /** The session with this label, if any. */
    public Optional<Session> session(String sessionLabel) {
        return sessions.stream().filter(s -> s.label().equals(sessionLabel)).findFirst();
    }

    /** A copy with the attribute set; a null value removes it. */
    public Participant withAttribute(String column, String value) {
        Map<String, String> copy = new LinkedHashMap<>(attributes);
        if (value == null) {
            copy.remove(column);
        } else {
            copy.put(column, value);
        }
        return new Participant(label, copy, sessions);
    }

    /** A copy with these attributes instead of the current ones. */
    public Participant withAttributes(Map<String, String> newAttributes) {
        return new Participant(label, newAttributes, sessions);
    }

    /** A copy with the session added, or replacing the session with the same label. */
    public Participant withSession(Session session) {
        return new Participant(label, attributes, Checks.upsert(sessions, session, Session::label));
    }

    /** A copy with these sessions instead of the current ones. */
    public Participant withSessions(List<Session> newSessions) {
        return new Participant(label, attributes, newSessions);
    }
}
