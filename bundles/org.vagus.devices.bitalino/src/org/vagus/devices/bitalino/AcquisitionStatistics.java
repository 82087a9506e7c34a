package org.vagus.devices.bitalino;

/**
 * Counters of one BITalino acquisition, a snapshot.
 *
 * @param frames frames delivered in blocks
 * @param lostFrames frames counted as lost (the sum of every gap, estimates included)
 * @param crcErrors corrupted frames rejected while in sync (see
 *            {@link org.vagus.devices.bitalino.protocol.FrameDecoder#crcErrors()})
 * @param bytesRead bytes read from the port
 * @param bytesSkipped bytes slid over while resynchronising
 * @param resyncs times the decoder locked onto frame boundaries (1 for a clean run, plus one per error burst)
 * @param gaps gap events
 * @param ambiguousGaps gaps whose size the sequence could not settle (16 or more frames possible), estimated from
 *            host time
 * @param stalls times no frame came for the stall timeout
 * @param vanished times the port vanished
 * @param reconnects times the driver reconnected
 * @since 0.1.0
 */
public record AcquisitionStatistics(long frames, long lostFrames, long crcErrors, long bytesRead, long bytesSkipped,
        long resyncs, long gaps, long ambiguousGaps, long stalls, long vanished, long reconnects) {

    /** Counters written by the reader thread and read anywhere. */
    static final class Counters {
        volatile long frames;
        volatile long lostFrames;
        volatile long crcErrors;
        volatile long bytesRead;
        volatile long bytesSkipped;
        volatile long resyncs;
        volatile long gaps;
        volatile long ambiguousGaps;
        volatile long stalls;
        volatile long vanished;
        volatile long reconnects;

        AcquisitionStatistics snapshot() {
            return new AcquisitionStatistics(frames, lostFrames, crcErrors, bytesRead, bytesSkipped, resyncs, gaps,
                    ambiguousGaps, stalls, vanished, reconnects);
        }
    }
}
