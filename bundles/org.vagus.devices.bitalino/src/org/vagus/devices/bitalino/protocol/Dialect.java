package org.vagus.devices.bitalino.protocol;

/**
 * The two command sets of BITalino firmware. The version string decides: (r)evolution from 4.2 on (5.x in the
 * field), legacy before. Frames are the same in both; they differ in the state command (revolution only), the
 * digital output command and what the four digital bits of a frame mean.
 *
 * @since 0.1.0
 */
public enum Dialect {
    /** BITalino (r)evolution: state command, outputs O1 O2 settable at any time and echoed in every frame. */
    REVOLUTION(new String[] { "I1", "I2", "O1", "O2" }, new String[] { "O1", "O2" }),
    /** The original BITalino: outputs O1..O4 settable during acquisition only, frames carry inputs I1..I4. */
    LEGACY(new String[] { "I1", "I2", "I3", "I4" }, new String[] { "O1", "O2", "O3", "O4" });

    private final String[] digitalBits;
    private final String[] outputs;

    Dialect(String[] digitalBits, String[] outputs) {
        this.digitalBits = digitalBits;
        this.outputs = outputs;
    }

    /**
     * The name of digital bit {@code k} of a frame, where bit 0 is the most significant of the four (frame byte
     * B[-2], bit 7): I1 I2 O1 O2 on (r)evolution, I1 I2 I3 I4 on legacy boards.
     */
    public String digitalBitName(int k) {
        return digitalBits[k];
    }

    /** The number of digital outputs the host can set: 2 or 4. */
    public int outputCount() {
        return outputs.length;
    }

    /** The name of output {@code k}, O1.. */
    public String outputName(int k) {
        return outputs[k];
    }

    /** True if outputs can be set while idle (revolution); legacy firmware takes them during acquisition only. */
    public boolean outputsWhileIdle() {
        return this == REVOLUTION;
    }
}
