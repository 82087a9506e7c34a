package org.vagus.signal.hrv;

import java.util.Locale;

import org.vagus.core.units.Quantity;
import org.vagus.core.units.Unit;

/**
 * Absolute powers of the VLF, LF and HF bands of one spectrum in ms^2 (one-sided: they add up to the variance
 * of the series within 0..hfUpper), with the derived measures of the Task Force (1996): relative power =
 * band / total, normalised power = band / (total - VLF) = band / (LF + HF) as a fraction 0..1, LF/HF. A ratio whose
 * denominator is 0 is 0 (never NaN).
 *
 * @param vlf VLF power in ms^2
 * @param lf LF power in ms^2
 * @param hf HF power in ms^2
 * @since 0.1.0
 */
public record BandPowers(double vlf, double lf, double hf) {
    /** The unit of the absolute powers. */
    public static final Unit UNIT = Unit.MILLISECOND_SQUARED;

    public BandPowers {
        if (!(vlf >= 0) || !(lf >= 0) || !(hf >= 0) || Double.isInfinite(vlf + lf + hf)) {
            throw new IllegalArgumentException("band powers " + vlf + ", " + lf + ", " + hf
                    + " ms^2: expected finite values >= 0");
        }
    }

    /** VLF + LF + HF, in ms^2. */
    public double total() {
        return vlf + lf + hf;
    }

    /** HF / (LF + HF), a fraction. */
    public double nHf() {
        return ratio(hf, lf + hf);
    }

    /** LF / (LF + HF), a fraction. */
    public double nLf() {
        return ratio(lf, lf + hf);
    }

    /** LF / HF. */
    public double lfHf() {
        return ratio(lf, hf);
    }

    /** VLF / total, a fraction. */
    public double relativeVlf() {
        return ratio(vlf, total());
    }

    /** LF / total, a fraction. */
    public double relativeLf() {
        return ratio(lf, total());
    }

    /** HF / total, a fraction. */
    public double relativeHf() {
        return ratio(hf, total());
    }

    /** HF with its unit. */
    public Quantity hfQuantity() {
        return new Quantity(hf, UNIT);
    }

    /** LF with its unit. */
    public Quantity lfQuantity() {
        return new Quantity(lf, UNIT);
    }

    /** nHF with its unit (dimensionless). */
    public Quantity nHfQuantity() {
        return new Quantity(nHf(), Unit.DIMENSIONLESS);
    }

    static double ratio(double a, double b) {
        return b > 0 ? a / b : 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BandPowers[VLF %.4g, LF %.4g, HF %.4g ms^2, nHF %.4f, LF/HF %.4g]", vlf, lf,
                hf, nHf(), lfHf());
    }
}
