package org.vagus.instruments.phenotype;

import java.util.Objects;
import java.util.regex.Pattern;

import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;
import org.vagus.instruments.InstrumentScore;

/**
 * The scores of one administration of an instrument in a session: who, which session, when in the session (the
 * seed gives STAI-Y1 and perceived stress before and after the stress task), and the scores.
 *
 * @param participant the participant's BIDS label without {@code sub-} ({@code 01})
 * @param session the session's BIDS label without {@code ses-} ({@code 01})
 * @param timepoint when in the session: letters, digits, '-' and '_' ({@code pre}, {@code post}, {@code intake})
 * @param score the scores
 * @since 0.1.0
 */
public record SessionScore(String participant, String session, String timepoint, InstrumentScore score) {
    /** What a time point must look like. */
    public static final Pattern TIMEPOINT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    /**
     * @throws IllegalArgumentException if a label is not a BIDS label or the time point is malformed
     */
    public SessionScore {
        Participant.of(participant);
        Session.of(session);
        if (timepoint == null || !TIMEPOINT.matcher(timepoint).matches()) {
            throw new IllegalArgumentException("time point '" + timepoint + "': expected letters, digits, '-' and"
                    + " '_' such as pre or post");
        }
        Objects.requireNonNull(score, "score");
    }

    /** @return whether this row and the other are for the same participant, session and time point */
    public boolean sameAdministration(SessionScore other) {
        return participant.equals(other.participant) && session.equals(other.session)
                && timepoint.equals(other.timepoint);
    }

    /** @return {@code sub-01 ses-01 pre} */
    public String describeKey() {
        return Participant.PREFIX + participant + " " + Session.PREFIX + session + " " + timepoint;
    }
}
