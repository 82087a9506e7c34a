package org.vagus.devices.bitalino.protocol;

/**
 * How many frames were lost between two trusted frames. The 4-bit sequence number gives the count modulo 16
 * exactly ({@link #residue()}); which multiple of 16 to add is bounded with host time (see
 * {@link SequenceCounter}).
 *
 * @param residue the count modulo 16, from the sequence numbers: 0..15
 * @param low the least count host time allows (at least {@code residue})
 * @param high the greatest count host time allows
 * @param lost the count taken, {@code low <= lost <= high}, {@code lost = residue (mod 16)}
 * @since 0.1.0
 */
public record GapEstimate(int residue, long low, long high, long lost) {
    /**
     * @throws IllegalArgumentException if the fields contradict each other
     */
    public GapEstimate {
        if (residue < 0 || residue > 15 || low < residue || high < low || lost < low || lost > high
                || (lost - residue) % 16 != 0 || (low - residue) % 16 != 0 || (high - residue) % 16 != 0) {
            throw new IllegalArgumentException("gap estimate: residue " + residue + ", low " + low + ", high " + high
                    + ", lost " + lost);
        }
    }

    /** A count the sequence alone settles (host time rules out 16 or more extra frames). */
    public static GapEstimate exact(int residue) {
        return new GapEstimate(residue, residue, residue, residue);
    }

    /** True if only one count is possible. */
    public boolean isExact() {
        return low == high;
    }

    @Override
    public String toString() {
        return isExact() ? lost + " lost" : lost + " lost (host time allows " + low + ".." + high + " in steps of 16)";
    }
}
