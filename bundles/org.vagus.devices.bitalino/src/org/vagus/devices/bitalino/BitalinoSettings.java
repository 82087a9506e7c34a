package org.vagus.devices.bitalino;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing of the BITalino driver. The defaults suit a board on USB or Bluetooth serial; tests shorten them.
 *
 * @param commandSpacing the pause between configuration commands (the official APIs wait 100-150 ms; the firmware
 *            may miss a byte sent sooner). Digital outputs are never delayed
 * @param answerTimeout how long to wait for the answer to the version or state command
 * @param readTimeout how long one read waits for the first byte (also how often stalls and stop requests are
 *            noticed)
 * @param stallTimeout no frame for this long while acquiring is reported as a stall; the effective value is at
 *            least 4 sampling periods
 * @param reconnectAfterStall a stall this long is treated as a vanished port (a Bluetooth link that died without
 *            an error); zero to wait for a read error instead
 * @param reconnectInterval the pause between reconnection attempts
 * @param reconnectFor how long to keep trying to reconnect before giving up (a fatal error); zero never to try
 * @param maxLatency the longest a frame may be delayed beyond the fastest, bounding lost-frame counts (see
 *            {@link org.vagus.devices.bitalino.protocol.SequenceCounter})
 * @since 0.1.0
 */
public record BitalinoSettings(Duration commandSpacing, Duration answerTimeout, Duration readTimeout,
        Duration stallTimeout, Duration reconnectAfterStall, Duration reconnectInterval, Duration reconnectFor,
        Duration maxLatency) {
    /**
     * @throws IllegalArgumentException if a duration is negative, or the read timeout is not 1 ms .. 1 s
     */
    public BitalinoSettings {
        for (Duration d : new Duration[] { commandSpacing, answerTimeout, readTimeout, stallTimeout,
                reconnectAfterStall, reconnectInterval, reconnectFor, maxLatency }) {
            Objects.requireNonNull(d, "BITalino setting");
            if (d.isNegative()) {
                throw new IllegalArgumentException("BITalino setting: " + d + ", expected a duration >= 0");
            }
        }
        if (readTimeout.toMillis() < 1 || readTimeout.toMillis() > 1000) {
            throw new IllegalArgumentException("read timeout: " + readTimeout + ", expected 1 ms .. 1 s");
        }
    }

    /**
     * The defaults: 120 ms between commands, answers within 1.5 s, reads of 20 ms, stall after 250 ms, a 5 s stall
     * counts as a vanished port, reconnection tried every second for 10 minutes, latency ceiling 1 s.
     */
    public static BitalinoSettings defaults() {
        return new BitalinoSettings(Duration.ofMillis(120), Duration.ofMillis(1500), Duration.ofMillis(20),
                Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMinutes(10),
                Duration.ofSeconds(1));
    }

    /** A copy with another pause between configuration commands. */
    public BitalinoSettings withCommandSpacing(Duration d) {
        return new BitalinoSettings(d, answerTimeout, readTimeout, stallTimeout, reconnectAfterStall,
                reconnectInterval, reconnectFor, maxLatency);
    }

    /** A copy with other stall timeouts. */
    public BitalinoSettings withStall(Duration stall, Duration reconnectAfter) {
        return new BitalinoSettings(commandSpacing, answerTimeout, readTimeout, stall, reconnectAfter,
                reconnectInterval, reconnectFor, maxLatency);
    }

    /** A copy with other reconnection timing. */
    public BitalinoSettings withReconnect(Duration interval, Duration forHowLong) {
        return new BitalinoSettings(commandSpacing, answerTimeout, readTimeout, stallTimeout, reconnectAfterStall,
                interval, forHowLong, maxLatency);
    }
}
