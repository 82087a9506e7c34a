package org.vagus.devices.bitalino;

import java.lang.System.Logger.Level;

import org.vagus.core.time.Clock;
import org.vagus.devices.SampleBlock;
import org.vagus.devices.SensorEvent;
import org.vagus.devices.SensorListener;

/**
 * Calls the listener for the reader thread, as the {@link SensorListener} contract asks: one call at a time, an
 * exception thrown by the listener reported as a non-fatal error and acquisition going on, nothing after
 * {@link SensorEvent.Stopped}.
 */
final class Emitter {
    private static final System.Logger LOG = System.getLogger(Emitter.class.getName());

    private final SensorListener listener;
    private final String address;
    private final Clock clock;
    private volatile boolean done;

    Emitter(SensorListener listener, String address, Clock clock) {
        this.listener = listener;
        this.address = address;
        this.clock = clock;
    }

    void block(SampleBlock block) {
        if (done) {
            return;
        }
        try {
            listener.onBlock(block);
        } catch (RuntimeException e) {
            listenerFailed(block.toString(), e);
        }
    }

    /** True once {@link SensorEvent.Stopped} was handed on: the acquisition is over for the listener. */
    boolean done() {
        return done;
    }

    void event(SensorEvent event) {
        if (done) {
            return;
        }
        if (event instanceof SensorEvent.Stopped) {
            done = true;
        }
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            if (event instanceof SensorEvent.Error) {
                LOG.log(Level.WARNING, "BITalino " + address + ": listener failed on " + event, e);
            } else if (!done) {
                listenerFailed(event.toString(), e);
            } else {
                LOG.log(Level.WARNING, "BITalino " + address + ": listener failed on the last event " + event, e);
            }
        }
    }

    private void listenerFailed(String what, RuntimeException e) {
        event(new SensorEvent.Error(clock.nanoTime(), "BITalino " + address + ": the listener threw " + e + " on "
                + what + "; acquisition goes on", e, false));
    }
}
