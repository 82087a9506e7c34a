package org.vagus.runner;

import java.nio.file.Path;
import java.util.Objects;

import org.vagus.core.time.Clock;
import org.vagus.paradigm.TaskRegistry;

/**
 * What a session runs with besides its paradigm.
 *
 * @param clock the session's clock: the {@link org.vagus.core.time.MonotonicClock} for real sessions (the clock the
 *            recording's samples are stamped with), a {@link org.vagus.core.time.SimulatedClock} for faster than real
 *            time
 * @param presenter shows the screens
 * @param participant the responses and questionnaire answers
 * @param markers the recording's sample clock
 * @param store where the state is persisted; {@link SessionStore#NONE} for nowhere
 * @param imageFolder where stimulus images are looked up; null if there are none
 * @param types the phase types, to validate the paradigm before the first screen; null for the built-in ones
 * @param listener observes the session; null for none
 * @since 0.1.0
 */
public record SessionSetup(Clock clock, Presenter presenter, ResponseSource participant, MarkerSink markers,
        SessionStore store, Path imageFolder, TaskRegistry types, RunListener listener) {

    public SessionSetup {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(presenter, "presenter");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(markers, "markers");
        store = store == null ? SessionStore.NONE : store;
        types = types == null ? TaskRegistry.builtIn() : types;
        listener = listener == null ? new RunListener() {
        } : listener;
    }

    /** The minimal set-up: nothing persisted, no images, built-in types, no listener. */
    public static SessionSetup of(Clock clock, Presenter presenter, ResponseSource participant, MarkerSink markers) {
        return new SessionSetup(clock, presenter, participant, markers, null, null, null, null);
    }

    /** A copy with another store. */
    public SessionSetup withStore(SessionStore s) {
        return new SessionSetup(clock, presenter, participant, markers, s, imageFolder, types, listener);
    }

    /** A copy with another image folder. */
    public SessionSetup withImageFolder(Path folder) {
        return new SessionSetup(clock, presenter, participant, markers, store, folder, types, listener);
    }

    /** A copy with other phase types. */
    public SessionSetup withTypes(TaskRegistry t) {
        return new SessionSetup(clock, presenter, participant, markers, store, imageFolder, t, listener);
    }

    /** A copy with another listener. */
    public SessionSetup withListener(RunListener l) {
        return new SessionSetup(clock, presenter, participant, markers, store, imageFolder, types, l);
    }
}
