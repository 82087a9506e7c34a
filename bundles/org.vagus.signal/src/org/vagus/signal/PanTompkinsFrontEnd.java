package org.vagus.signal;

import java.util.Arrays;

import org.vagus.io.Signal;
import org.vagus.signal.filter.Biquad;

/**
 * The signal chain of {@link PanTompkins} up to the candidate peaks, run over the ECG block by block (stages 1 to
 * 3 of its description):
 * <ol>
 * <li>band-pass (high-pass then low-pass biquad), then derivative (central difference), squaring and
 * moving-window integration with a running sum;</li>
 * <li>the local maxima of the integrated signal;</li>
 * <li>the candidates, local maxima that no other local maximum within one integration window exceeds (an equal
 * earlier one wins), with the extreme of the band-passed signal and the largest absolute derivative over the
 * window that produced them; they go to {@link PanTompkinsDecision} in order, as soon as no later local maximum
 * can change them;</li>
 * <li>over the learning phase, the maxima and sums that initialise the decision's signal and noise levels.</li>
 * </ol>
 * The band-passed, squared-derivative and integrated signals live in sliding buffers of one block plus the
 * history the candidate windows reach back to (two integration windows), never in arrays of the ECG's length, so
 * the working set stays in the processor caches and the later stages read what the filter just wrote. Every value
 * is computed by the same floating-point operations, in the same order, as over the whole signal at once: the
 * blocking changes no result.
 * <p>
 * Everything runs over primitive arrays, without allocation per sample and without branches where the outcome is
 * irregular. The biquads run in direct form I with the feedback term last, so the loop-carried dependency of each
 * section is one fused multiply-add. Invalid (NaN) samples hold the last valid value so that one gap does not poison the
 * recursive filters; as NaN is rare, a front end made without that test reports (from {@link #advance}) when a NaN
 * came through, and the caller starts again with one that holds.
 */
final class PanTompkinsFrontEnd {
    /**
     * Samples filtered per block (at least; four times the history if that is longer, so that moving the history
     * costs little): the buffers stay within the L2 cache.
     */
    private static final int BLOCK = 4096;

    private final Signal ecg;
    private final int n;
    private final int w;
    private final int learn;
    private final boolean holdNaN;
    private final double hb0, hb1, ha1, ha2, lb0, lb1, la1, la2;
    private final double scale;

    /**
     * Filter state carried from block to block: the last valid sample, the last input, the last two products
     * {@code b0 x} of each section, the last two outputs of each, the running sum of the integrator.
     */
    private final double x0;
    private double last, x1, hx1, hx2, h1, h2, ly1, ly2, y1, y2, sum;

    /** Band-passed, squared-derivative and integrated signal: sample {@code i} at index {@code i - base}. */
    private final double[] bp, sq, mwi;
    private final int history;
    private final int block;
    private int base;
    private int done;

    /** Local maxima from {@code lmNext} on are undecided; those before are kept while a later one may need them. */
    private int[] lmPos = new int[256];
    private double[] lmValue = new double[256];
    private int lmCount, lmNext;

    private double maxI, sumI, maxF, sumF;

    /**
     * @param ecg the ECG
     * @param hp the high-pass section
     * @param lp the low-pass section
     * @param w the integration window in samples
     * @param learn the learning phase in samples (at most the signal's length)
     * @param holdNaN whether invalid samples hold the last valid value
     */
    PanTompkinsFrontEnd(Signal ecg, Biquad hp, Biquad lp, int w, int learn, boolean holdNaN) {
        this.ecg = ecg;
        this.n = ecg.length();
        this.w = w;
        this.learn = learn;
        this.holdNaN = holdNaN;
        if (!symmetric(hp) || !symmetric(lp)) {
            throw new IllegalArgumentException("expected sections with b2 == b0 (Butterworth), got " + hp + ", " + lp);
        }
        hb0 = hp.b0();
        hb1 = hp.b1();
        ha1 = -hp.a1();
        ha2 = -hp.a2();
        lb0 = lp.b0();
        lb1 = lp.b1();
        la1 = -lp.a1();
        la2 = -lp.a2();
        scale = 1.0 / w;
        double first = 0;
        for (int i = 0; i < n; i++) {
            double v = ecg.sample(i);
            if (v == v) {
                first = v;
                break;
            }
        }
        x0 = first;
        last = first;
        // a candidate still undecided after a block lies within w + 1 samples before its end, and its window
        // reaches w + 3 samples further back; zeros before sample 0 start the integrator empty
        history = 2 * w + 4;
        block = (int) Math.min(Math.max(BLOCK, 4L * history), Integer.MAX_VALUE - history);
        int length = history + Math.min(n, block);
        bp = new double[length];
        sq = new double[length];
        mwi = new double[length];
        base = -history;
    }

    private static boolean symmetric(Biquad b) {
        return Double.doubleToRawLongBits(b.b2()) == Double.doubleToRawLongBits(b.b0());
    }

    /** The number of samples {@link #advance} takes at a time. */
    int blockLength() {
        return block;
    }

    /**
     * Filters the samples up to {@code end} (exclusive; at most one {@link #blockLength()} more), finds their
     * local maxima, and hands every candidate that later samples can no longer change to {@code decision}, all of
     * them when {@code end} is the signal's length. Hands over the learning-phase levels once it is complete.
     *
     * @return false if a NaN came through a front end that does not hold invalid samples (the results are void)
     */
    boolean advance(int end, PanTompkinsDecision decision) {
        int start = done;
        if (end - base > bp.length) {
            slide(start);
        }
        if (!filter(start, end)) {
            return false;
        }
        done = end;
        if (start < learn) {
            learn(start, Math.min(end, learn), decision);
        }
        localMaxima(Math.max(1, start - 1), end - 1);
        if (end == n) {
            // the last sample counts when the integrator still rises there: a beat cut by the end of the record
            int off = -base;
            double v = mwi[n - 1 + off];
            if (v > mwi[n - 2 + off]) {
                lmPos[lmCount] = n - 1;
                lmValue[lmCount++] = v;
            }
            decide(Integer.MAX_VALUE, decision);
        } else {
            // every local maximum up to end - 2 is known
            decide(end - 2 - w, decision);
        }
        return true;
    }

    /** Moves the last {@link #history} samples of the buffers to their start, so that {@code start} follows them. */
    private void slide(int start) {
        int from = start - history - base;
        System.arraycopy(bp, from, bp, 0, history);
        System.arraycopy(sq, from, sq, 0, history);
        System.arraycopy(mwi, from, mwi, 0, history);
        base = start - history;
    }

    /**
     * Band-pass, derivative, squaring and moving-window integration of samples {@code [from, to)}, in two loops
     * over the block: the two biquads, then derivative, squaring and integration. One loop would carry the
     * integrator's state on top of the filters' and run out of floating-point registers (the JIT then keeps the
     * running sum in memory, and the loop measured twice as slow). Both sections have a symmetric numerator ({@code b2 == b0}), so {@code b2 x[n-2]}
     * is the product {@code b0 x[n]} of two samples before, reused rather than computed again.
     */
    private boolean filter(int from, int to) {
        final Signal ecg = this.ecg;
        final double[] bp = this.bp, sq = this.sq, mwi = this.mwi;
        final double hb0 = this.hb0, hb1 = this.hb1, ha1 = this.ha1, ha2 = this.ha2;
        final double lb0 = this.lb0, lb1 = this.lb1, la1 = this.la1, la2 = this.la2;
        final double x0 = this.x0, scale = this.scale;
        final boolean hold = holdNaN;
        final int w = this.w, off = -base;
        double last = this.last, x1 = this.x1, hx1 = this.hx1, hx2 = this.hx2, h1 = this.h1, h2 = this.h2;
        double ly1 = this.ly1, ly2 = this.ly2, y1 = this.y1, y2 = this.y2;
        for (int i = from; i < to; i++) {
            double v = ecg.sample(i);
            if (hold) {
                if (v == v) {
                    last = v;
                } else {
                    v = last;
                }
            }
            double x = v - x0;
            double hx = hb0 * x;
            double h = Math.fma(ha1, h1, hx + hb1 * x1 + hx2 + ha2 * h2);
            double ly = lb0 * h;
            double y = Math.fma(la1, y1, ly + lb1 * h1 + ly2 + la2 * y2);
            x1 = x;
            hx2 = hx1;
            hx1 = hx;
            h2 = h1;
            h1 = h;
            ly2 = ly1;
            ly1 = ly;
            y2 = y1;
            y1 = y;
            bp[i + off] = y;
        }
        double sum = this.sum;
        for (int k = from + off; k < to + off; k++) {
            double d = bp[k] - bp[k - 2];
            double s = d * d;
            sum += s - sq[k - w];
            sq[k] = s;
            mwi[k] = sum * scale;
        }
        this.last = last;
        this.x1 = x1;
        this.hx1 = hx1;
        this.hx2 = hx2;
        this.h1 = h1;
        this.h2 = h2;
        this.ly1 = ly1;
        this.ly2 = ly2;
        this.y1 = y1;
        this.y2 = y2;
        this.sum = sum;
        // NaN stays in the running sum for ever once it came through
        return hold || sum == sum;
    }

    /** The learning-phase maxima and sums over samples {@code [from, to)}, in sample order. */
    private void learn(int from, int to, PanTompkinsDecision decision) {
        int off = -base;
        for (int i = from; i < to; i++) {
            double m = mwi[i + off];
            maxI = Math.max(maxI, m);
            sumI += m;
            double a = Math.abs(bp[i + off]);
            maxF = Math.max(maxF, a);
            sumF += a;
        }
        if (to == learn) {
            decision.levels(maxI, sumI, maxF, sumF, learn);
        }
    }

    /** Appends the local maxima of the integrated signal at samples {@code [from, to)}. */
    private void localMaxima(int from, int to) {
        // room for one per sample (each is written, and kept if it is a maximum), and the signal's last sample
        if (lmCount + (to - from) + 1 > lmPos.length) {
            int capacity = Math.max(2 * lmPos.length, lmCount + (to - from) + 1);
            lmPos = Arrays.copyOf(lmPos, capacity);
            lmValue = Arrays.copyOf(lmValue, capacity);
        }
        final double[] mwi = this.mwi;
        final int[] pos = lmPos;
        final int off = -base;
        final int first = lmCount;
        int count = first;
        // without a branch: a maximum every 20 samples or so, irregularly, would defeat branch prediction
        double previous = mwi[from - 1 + off];
        double v = mwi[from + off];
        for (int i = from; i < to; i++) {
            double next = mwi[i + 1 + off];
            int rising = v > previous ? 1 : 0;
            int notFalling = v >= next ? 1 : 0;
            pos[count] = i;
            count += rising & notFalling;
            previous = v;
            v = next;
        }
        final double[] value = lmValue;
        for (int j = first; j < count; j++) {
            value[j] = mwi[pos[j] + off];
        }
        lmCount = count;
    }

    /** Decides the undecided local maxima up to sample {@code limit}; forgets those no later one needs. */
    private void decide(int limit, PanTompkinsDecision decision) {
        while (lmNext < lmCount && lmPos[lmNext] <= limit) {
            int j = lmNext++;
            if (dominant(j)) {
                candidate(lmPos[j], lmValue[j], decision);
            }
        }
        int keepFrom = lmNext < lmCount ? lmPos[lmNext] - w : done - 1 - w;
        int q = 0;
        while (q < lmNext && lmPos[q] < keepFrom) {
            q++;
        }
        if (q > 0) {
            System.arraycopy(lmPos, q, lmPos, 0, lmCount - q);
            System.arraycopy(lmValue, q, lmValue, 0, lmCount - q);
            lmCount -= q;
            lmNext -= q;
        }
    }

    /**
     * Whether no other local maximum within {@code w} samples exceeds local maximum {@code j} (an equal earlier
     * one wins): the integrator does not resolve events closer than its window.
     */
    private boolean dominant(int j) {
        int p = lmPos[j];
        double v = lmValue[j];
        for (int q = j - 1; q >= 0 && p - lmPos[q] <= w; q--) {
            if (lmValue[q] >= v) {
                return false;
            }
        }
        for (int q = j + 1; q < lmCount && lmPos[q] - p <= w; q++) {
            if (lmValue[q] > v) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hands candidate {@code end} to the decision with its band-passed peak (the largest absolute band-passed
     * value over the integration window ending there, the first if several) and slope (the largest absolute
     * central difference there). The maxima are plain reductions, which the JIT vectorises, and the index is the
     * first sample that reaches the maximum; a NaN in the window (only from infinite or overflowing samples) makes
     * a reduction NaN, and then the window is scanned again the slow way, skipping NaN.
     */
    private void candidate(int end, double value, PanTompkinsDecision decision) {
        final double[] bp = this.bp;
        final int off = -base;
        final int from = Math.max(2, end - w - 1);
        double best = -1;
        double steep = 0;
        for (int i = from + off; i <= end + off; i++) {
            best = Math.max(best, Math.abs(bp[i]));
        }
        for (int i = from + off; i <= end + off; i++) {
            steep = Math.max(steep, Math.abs(bp[i] - bp[i - 2]));
        }
        int bestIndex = end;
        if (best != best || steep != steep) {
            best = -1;
            steep = 0;
            for (int i = from; i <= end; i++) {
                double b = bp[i + off];
                double a = Math.abs(b);
                if (a > best) {
                    best = a;
                    bestIndex = i;
                }
                double d = Math.abs(b - bp[i - 2 + off]);
                if (d > steep) {
                    steep = d;
                }
            }
        } else {
            for (int i = from; i <= end; i++) {
                if (Math.abs(bp[i + off]) == best) {
                    bestIndex = i;
                    break;
                }
            }
        }
        decision.candidate(end, value, best, bestIndex, steep);
    }
}
