package org.vagus.devices;

import java.util.Objects;

/**
 * What a running sensor reports besides samples. Every event carries the host {@link org.vagus.core.time.Clock}
 * time at which the sensor noticed it. The permitted kinds are the records nested here; switch over them with
 * pattern matching. The list may grow in later versions, so keep a default branch.
 *
 * @since 0.1.0
 */
public sealed interface SensorEvent {

    /** Host clock time, in nanoseconds, at which the sensor noticed the event. */
    long hostNanos();

    /**
     * Something went wrong. A fatal error ends acquisition (a {@link Stopped} follows); a non-fatal one is
     * reported and acquisition goes on (a rejected frame is a {@link Gap}, not an error).
     *
     * @param message what happened, for the user, naming the device or port
     * @param cause the exception behind it, or null
     * @param fatal true if acquisition has ended because of it
     */
    record Error(long hostNanos, String message, Throwable cause, boolean fatal) implements SensorEvent {
        /** @throws NullPointerException if the message is null */
        public Error {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Frames were lost: the next block starts {@code lostFrames} after the previous one ended. The engine also
     * sees this as a jump of the sample index, which stays the authority; this event says why.
     *
     * @param firstLostIndex the sample index of the first lost frame
     * @param lostFrames how many consecutive frames were lost, >= 1
     * @param reason why, such as {@code sequence jump}, {@code CRC error}, {@code port vanished}
     */
    record Gap(long hostNanos, long firstLostIndex, long lostFrames, String reason) implements SensorEvent {
        /** @throws IllegalArgumentException if the index is negative or no frame was lost */
        public Gap {
            Objects.requireNonNull(reason, "reason");
            if (firstLostIndex < 0 || lostFrames < 1) {
                throw new IllegalArgumentException("gap at " + firstLostIndex + " of " + lostFrames
                        + " frames: expected an index >= 0 and at least one frame");
            }
        }
    }

    /**
     * The device's port disappeared (a Bluetooth link dropped, a cable pulled). The sensor tries to reconnect
     * unless it says otherwise in a fatal {@link Error}.
     *
     * @param address the port or address that vanished
     * @param lastSampleIndex the index after the last frame received before it vanished
     */
    record PortVanished(long hostNanos, String address, long lastSampleIndex) implements SensorEvent {
        /** @throws NullPointerException if the address is null */
        public PortVanished {
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * The port is back and acquisition resumed. The frames missed meanwhile are reported as a {@link Gap}
     * whose size the sensor estimates from the time elapsed at the sampling rate (a device counter that wraps
     * cannot count them).
     *
     * @param address the port or address
     * @param downtimeNanos how long the device was away, in host nanoseconds
     */
    record Reconnected(long hostNanos, String address, long downtimeNanos) implements SensorEvent {
        /** @throws NullPointerException if the address is null */
        public Reconnected {
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * Acquisition ended, for any reason (a {@link Sensor#stop()} call, the end of a replayed file, a fatal error);
     * always the last call to the listener of one {@link Sensor#start}.
     *
     * @param endSampleIndex the index after the last frame delivered
     * @param reason why, such as {@code stopped}, {@code end of file}, {@code port vanished, reconnection failed}
     */
    record Stopped(long hostNanos, long endSampleIndex, String reason) implements SensorEvent {
        /** @throws NullPointerException if the reason is null */
        public Stopped {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
