package org.vagus.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A study: its participants and, through them, their sessions. Immutable; the withers return modified copies.
 * Reading and writing the study folder is the job of {@code org.vagus.study}.
 *
 * @param id a short identifier, non-blank (for a study folder, the folder name)
 * @param name the human-readable name (the BIDS dataset {@code Name}), non-blank
 * @param participants the participants, unique by label, in participants.tsv order. Copied, unmodifiable
 * @since 0.1.0
 */
public record Study(String id, String name, List<Participant> participants) {
    /**
     * @throws IllegalArgumentException if id or name is blank or two participants share a label
     */
    public Study {
        Checks.nonBlank("study id", id);
        Checks.nonBlank("study name", name);
        participants = Checks.uniqueList("participants of study " + id, participants, Participant::label);
    }

    /** A study without participants. */
    public static Study of(String id, String name) {
        return new Study(id, name, List.of());
    }

    /** The participant with this label (without {@code sub-}), if any. */
    public Optional<Participant> participant(String label) {
        return participants.stream().filter(p -> p.label().equals(label)).findFirst();
    }

    /** A copy with the participant appended, or replacing the participant with the same label. */
    public Study withParticipant(Participant participant) {
        return new Study(id, name, Checks.upsert(participants, participant, Participant::label));
    }

    /** A copy with these participants instead of the current ones. */
    public Study withParticipants(List<Participant> newParticipants) {
        return new Study(id, name, newParticipants);
    }

    /** A copy with another name. */
    public Study withName(String newName) {
        return new Study(id, newName, participants);
    }
}
