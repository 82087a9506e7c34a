package org.vagus.signal.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.vagus.core.units.SamplingRate;
import org.vagus.signal.Parameters;
import org.vagus.signal.beats.ArtefactType;
import org.vagus.signal.beats.BeatTimes;

/**
 * A synthetic beat series with known injected artefacts, for measuring artefact detection. True RR: 800 ms
 * with respiratory sinus arrhythmia (40 ms at 0.25 Hz), a 0.1 Hz Mayer wave (25 ms) and 10 ms Gaussian beat
 * noise; beat times rounded to 1 ms (a 1000 Hz ECG). Every 30 to 59 beats one artefact is injected, the kinds
 * in turn:
 * <ul>
 * <li>MISSED: a beat removed;</li>
 * <li>EXTRA: a detection added at 30-70 % of an interval;</li>
 * <li>ECTOPIC: a premature beat, 25-40 % of the preceding RR early, with a full compensatory pause (the next
 * beat keeps its time);</li>
 * <li>LONG / SHORT: one interval lengthened / shortened by 35-50 % with every later beat shifted (an
 * uncompensated interval error, as in an RR series with a timing fault).</li>
 * </ul>
 * Only MISSED, EXTRA and ECTOPIC leave the underlying true beats recoverable; {@link #truth()} is the series
 * without those three kinds (LONG and SHORT are part of the truth when they are not injected).
 */
final class SyntheticBeats {
    final BeatTimes observed;
    /** Per observed beat: null for a clean beat, else the injected kind that beat carries. */
    final ArtefactType[] label;
    /** The true times of the removed (missed) beats. */
    final List<Double> missedTimes = new ArrayList<>();
    final int[] injected = new int[ArtefactType.values().length];
    private final double[] truth;

    private SyntheticBeats(BeatTimes observed, ArtefactType[] label, double[] truth) {
        this.observed = observed;
        this.label = label;
        this.truth = truth;
    }

    /** The true beats (rounded to 1 ms as the observed ones). */
    BeatTimes truth() {
        return new BeatTimes(truth, SamplingRate.ofHertz(1000), Parameters.empty());
    }

    /**
     * @param beats the number of true beats
     * @param kinds the kinds to inject, in turn
     */
    static SyntheticBeats generate(long seed, int beats, ArtefactType... kinds) {
        Random rnd = new Random(seed);
        double[] trueT = new double[beats];
        double t = 1.0;
        for (int i = 0; i < beats; i++) {
            trueT[i] = t;
            t += 0.8 + 0.04 * Math.sin(2 * Math.PI * 0.25 * t) + 0.025 * Math.sin(2 * Math.PI * 0.1 * t + 1)
                    + 0.01 * rnd.nextGaussian();
        }
        List<Double> times = new ArrayList<>();
        List<ArtefactType> labels = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        int[] injected = new int[ArtefactType.values().length];
        List<Double> missed = new ArrayList<>();
        double shift = 0;
        int next = 60;
        int turn = 0;
        for (int i = 0; i < beats; i++) {
            double ti = trueT[i] + shift;
            if (kinds.length == 0 || i != next || i >= beats - 60) {
                times.add(ti);
                labels.add(null);
                truth.add(ti);
                continue;
            }
            next = i + 30 + rnd.nextInt(30);
            ArtefactType kind = kinds[turn++ % kinds.length];
            injected[kind.ordinal()]++;
            double rrPrev = trueT[i] - trueT[i - 1];
            double rrNext = trueT[i + 1] - trueT[i];
            switch (kind) {
                case MISSED -> {
                    missed.add(ms(ti));
                    truth.add(ti);
                }
                case EXTRA -> {
                    times.add(ti);
                    labels.add(null);
                    truth.add(ti);
                    times.add(ti + (0.3 + 0.4 * rnd.nextDouble()) * rrNext);
                    labels.add(ArtefactType.EXTRA);
                }
                case ECTOPIC -> {
                    times.add(ti - (0.25 + 0.15 * rnd.nextDouble()) * rrPrev);
                    labels.add(ArtefactType.ECTOPIC);
                    truth.add(ti);
                }
                case LONG, SHORT -> {
                    double d = (0.35 + 0.15 * rnd.nextDouble()) * rrPrev * (kind == ArtefactType.LONG ? 1 : -1);
                    shift += d;
                    times.add(ti + d);
                    labels.add(kind);
                    truth.add(ti + d);
                }
            }
        }
        double[] obs = new double[times.size()];
        for (int i = 0; i < obs.length; i++) {
            obs[i] = ms(times.get(i));
        }
        double[] tr = new double[truth.size()];
        for (int i = 0; i < tr.length; i++) {
            tr[i] = ms(truth.get(i));
        }
        SyntheticBeats s = new SyntheticBeats(new BeatTimes(obs, SamplingRate.ofHertz(1000),
                Parameters.empty().with("source", "synthetic seed " + seed)), labels.toArray(new ArtefactType[0]), tr);
        s.missedTimes.addAll(missed);
        System.arraycopy(injected, 0, s.injected, 0, injected.length);
        return s;
    }

    private static double ms(double s) {
        return Math.round(s * 1000) / 1000.0;
    }
}
