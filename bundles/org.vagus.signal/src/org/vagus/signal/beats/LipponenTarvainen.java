package org.vagus.signal.beats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.vagus.signal.ArtefactCorrector;
import org.vagus.signal.Parameters;

/**
 * Artefact detection and correction of Lipponen &amp; Tarvainen (A robust algorithm for heart rate variability
 * time series artefact correction using novel beat classification, J Med Eng Technol 43:173-181, 2019; the
 * automatic correction of Kubios HRV), reported there at 96.96 % sensitivity and 99.94 % specificity for real
 * ectopic beats. Detection ({@link ArtefactDetection}) compares the successive differences dRR with a
 * time-varying threshold Th1 = 5.2 QD(|dRR|, 91 beats) and the deviation mRR from the 11-beat median with Th2,
 * and classifies intervals as ectopic, missed, extra, long or short.
 * <p>
 * Correction, as the paper prescribes, acting on beat times:
 * <ul>
 * <li>extra: the extra detection is deleted (the two short intervals merge);</li>
 * <li>missed: a beat is inserted at the middle of the long interval, splitting it into equal halves;</li>
 * <li>ectopic, long, short: the beat is re-timed by linear interpolation between its neighbours (the middle
 * of its two neighbours), which makes its two intervals equal and keeps their sum, so every later beat keeps
 * its time and event-locked analyses stay aligned (re-timing the RR value alone, as an RR-series tool may,
 * would shift every later beat). An uncompensated long or short interval is therefore spread over the next
 * intervals pass by pass rather than removed;</li>
 * <li>detection and correction repeat while the number of artefacts falls (at most
 * {@link Settings#maxPasses()} passes); the pass that does not lower the count is not applied, but the beats
 * it flags are reported (a missed beat it finds on the beat that ends the long interval), so a reviewer sees
 * what is left.</li>
 * </ul>
 * Within a pass the actions are applied from the first beat to the last; a re-timed beat lies midway between
 * the previous beat as already corrected and the next beat as detected. Two Vagus rules, not in the paper,
 * keep one artefact from moving two beats: of two adjacent beats to be re-timed only the one with the larger
 * second difference of the beat times (|dRR| / Th1 centred on it) is re-timed in that pass (a beat before a
 * premature beat, after a rising RR, meets the ectopic rule too), and a beat next to an inserted or deleted
 * beat is not re-timed in that pass (the missed or extra beat explains the jump that flagged it); the next
 * pass looks at them again. The first and last beats have only one neighbour: they are flagged but not
 * re-timed. The input is never changed.
 * <p>
 * Every beat is reported ({@link ArtefactCorrection#report()}): the kinds found at it over all passes, what
 * was done, and the first pass that found it. The kinds point at beats as {@link ArtefactDetection} says; a
 * premature beat is typically found as both ectopic and short.
 *
 * @since 0.1.0
 */
public final class LipponenTarvainen implements ArtefactCorrector {
    /** The processor id written into results. */
    public static final String ID = "org.vagus.signal.lipponen-tarvainen-2019";

    /**
     * The parameters of the method; {@link #defaults()} are the paper's.
     *
     * @param alpha the threshold multiplier of the quartile deviation (5.2)
     * @param thresholdWindowBeats the centred window, in beats, of the quartile deviations (91, odd)
     * @param medianWindowBeats the centred window, in beats, of the median of RR (11, odd)
     * @param c1 the slope of the ectopic decision boundary (0.13)
     * @param c2 the offset of the ectopic decision boundary (0.17)
     * @param medianLimit |mRR| / Th2 above which an interval is long or short (3)
     * @param maxPasses the most detection-correction passes (10; the count stops falling long before)
     * @param thresholdFloorMs the smallest Th1 and Th2 in milliseconds (5; not in the paper: a guard against a
     *        zero quartile deviation on near-constant series; 0 turns it off)
     * @param thresholdFloorSamplePeriods the smallest Th1 and Th2 in sample periods of the clock the beats were
     *        timed with, when {@link BeatTimes#sourceRate()} is known (3; not in the paper: the second difference
     *        of rounded beat times carries up to 2 periods of rounding error, so a jump of up to 3 periods can be
     *        one period of real change plus rounding; on coarse clocks such as the 128 Hz of Holter annotations
     *        the quartile deviation of |dRR|, computed from a few distinct values, otherwise drops to half a
     *        period and ordinary sinus beats get flagged; 0 turns it off)
     */
    public record Settings(double alpha, int thresholdWindowBeats, int medianWindowBeats, double c1, double c2,
            double medianLimit, int maxPasses, double thresholdFloorMs, double thresholdFloorSamplePeriods) {
        /**
         * @throws IllegalArgumentException naming the parameter that is out of range
         */
        public Settings {
            positive("alpha", alpha);
            positive("median_limit", medianLimit);
            if (!(c1 >= 0) || !(c2 >= 0) || Double.isInfinite(c1) || Double.isInfinite(c2)) {
                throw new IllegalArgumentException("c1, c2: " + c1 + ", " + c2 + ": expected finite values >= 0");
            }
            if (thresholdWindowBeats < 3 || thresholdWindowBeats % 2 == 0) {
                throw new IllegalArgumentException("threshold_window_beats: " + thresholdWindowBeats
                        + ", expected an odd number >= 3 (the paper: 91)");
            }
            if (medianWindowBeats < 3 || medianWindowBeats % 2 == 0) {
                throw new IllegalArgumentException("median_window_beats: " + medianWindowBeats
                        + ", expected an odd number >= 3 (the paper: 11)");
            }
            if (maxPasses < 1) {
                throw new IllegalArgumentException("max_passes: " + maxPasses + ", expected >= 1");
            }
            if (!(thresholdFloorMs >= 0) || Double.isInfinite(thresholdFloorMs)) {
                throw new IllegalArgumentException("threshold_floor_ms: " + thresholdFloorMs + ", expected >= 0");
            }
            if (!(thresholdFloorSamplePeriods >= 0) || Double.isInfinite(thresholdFloorSamplePeriods)) {
                throw new IllegalArgumentException("threshold_floor_sample_periods: " + thresholdFloorSamplePeriods
                        + ", expected >= 0");
            }
        }

        /**
         * The paper's values: 5.2, 91, 11, 0.13, 0.17, 3; at most 10 passes; thresholds at least 5 ms and 3
         * sample periods.
         */
        public static Settings defaults() {
            return new Settings(5.2, 91, 11, 0.13, 0.17, 3, 10, 5, 3);
        }

        /** The smallest threshold in seconds for beats timed at {@code sourceRateHz} (NaN if unknown). */
        double floorSeconds(double sourceRateHz) {
            double f = thresholdFloorMs / 1000.0;
            return Double.isNaN(sourceRateHz) ? f : Math.max(f, thresholdFloorSamplePeriods / sourceRateHz);
        }

        private static void positive(String name, double v) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + ": " + v + ", expected a finite value > 0");
            }
        }

        /** The settings as parameters, by the names {@link LipponenTarvainen#withParameters(Map)} takes. */
        public Map<String, String> describe() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("alpha", Parameters.format(alpha));
            m.put("threshold_window_beats", Integer.toString(thresholdWindowBeats));
            m.put("median_window_beats", Integer.toString(medianWindowBeats));
            m.put("c1", Parameters.format(c1));
            m.put("c2", Parameters.format(c2));
            m.put("median_limit", Parameters.format(medianLimit));
            m.put("max_passes", Integer.toString(maxPasses));
            m.put("threshold_floor_ms", Parameters.format(thresholdFloorMs));
            m.put("threshold_floor_sample_periods", Parameters.format(thresholdFloorSamplePeriods));
            return m;
        }
    }

    private final Settings settings;

    /** The method with the paper's parameters. */
    public LipponenTarvainen() {
        this(Settings.defaults());
    }

    public LipponenTarvainen(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Lipponen & Tarvainen 2019";
    }

    @Override
    public Parameters parameters() {
        return Parameters.of(settings.describe());
    }

    @Override
    public LipponenTarvainen withParameters(Map<String, String> values) {
        Map<String, String> m = new LinkedHashMap<>(settings.describe());
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!m.containsKey(e.getKey())) {
                throw new IllegalArgumentException("parameter '" + e.getKey() + "' is not one of " + m.keySet()
                        + " of " + ID);
            }
            m.put(e.getKey(), e.getValue());
        }
        try {
            return new LipponenTarvainen(new Settings(Double.parseDouble(m.get("alpha")),
                    Integer.parseInt(m.get("threshold_window_beats")), Integer.parseInt(m.get("median_window_beats")),
                    Double.parseDouble(m.get("c1")), Double.parseDouble(m.get("c2")),
                    Double.parseDouble(m.get("median_limit")), Integer.parseInt(m.get("max_passes")),
                    Double.parseDouble(m.get("threshold_floor_ms")),
                    Double.parseDouble(m.get("threshold_floor_sample_periods"))));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("parameters of " + ID + ": " + ex.getMessage()
                    + "; expected numbers (whole numbers for windows and passes) in " + values);
        }
    }

    /** One detection pass over the beats, without correcting: the thresholds, features and classes. */
    public ArtefactDetection detect(BeatTimes beats) {
        return ArtefactDetection.run(beats.secondsArray(), beats.count(), settings, floor(beats));
    }

    @Override
    public ArtefactCorrection correct(BeatTimes beats) {
        Work w = new Work(beats);
        double floor = floor(beats);
        List<Integer> perPass = new ArrayList<>();
        int applied = 0;
        int previous = Integer.MAX_VALUE;
        for (int pass = 1; pass <= settings.maxPasses(); pass++) {
            ArtefactDetection d = ArtefactDetection.run(w.t, w.n, settings, floor);
            int found = d.artefactCount();
            perPass.add(found);
            boolean apply = found > 0 && found < previous;
            w.flag(d, pass, apply);
            if (!apply) {
                break;
            }
            w.apply(d, pass);
            applied++;
            previous = found;
        }
        Parameters p = beats.parameters().with("artefacts.method", ID).withAll("artefacts", settings.describe())
                .with("artefacts.threshold_floor_s", floor).with("artefacts.passes", applied)
                .with("artefacts.found_per_pass", join(perPass));
        BeatTimes corrected = new BeatTimes(Arrays.copyOf(w.t, w.n), beats.sourceRate().orElse(null), p);
        return new ArtefactCorrection(beats, corrected, w.report(beats), perPass, applied);
    }

    private double floor(BeatTimes beats) {
        return settings.floorSeconds(beats.sourceRate().map(r -> r.hertz()).orElse(Double.NaN));
    }

    private static String join(List<Integer> l) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < l.size(); i++) {
            b.append(i == 0 ? "" : ",").append(l.get(i));
        }
        return b.toString();
    }

    /**
     * The beats being corrected, each with an identity: input beats keep their input index, inserted beats get
     * the next free number, so the report can say what happened to every beat over all passes.
     */
    private static final class Work {
        private static final ArtefactType[] TYPES = ArtefactType.values();
        final int inputCount;
        double[] t;
        int[] id;
        int n;
        /** Per identity: found artefact bits, first pass that found one, deleted, last time (for sorting). */
        int[] found;
        int[] pass;
        boolean[] deleted;
        double[] lastTime;
        int ids;

        Work(BeatTimes beats) {
            inputCount = beats.count();
            n = inputCount;
            t = beats.secondsArray();
            id = new int[n];
            for (int i = 0; i < n; i++) {
                id[i] = i;
            }
            ids = n;
            int cap = Math.max(16, n + n / 8);
            found = new int[cap];
            pass = new int[cap];
            deleted = new boolean[cap];
            lastTime = Arrays.copyOf(t, cap);
        }

        /**
         * Records what pass {@code p} found at the beats the classes point at. A missed beat is reported on the
         * beat inserted for it, or, when the pass is not applied, on the beat that ends the long interval.
         */
        void flag(ArtefactDetection d, int p, boolean applied) {
            for (int j = 0; j < d.intervalCount(); j++) {
                byte c = d.rawType(j);
                if (c == 0) {
                    continue;
                }
                ArtefactType type = TYPES[c - 1];
                int beat = switch (type) {
                    case ECTOPIC -> j;
                    case LONG, SHORT, EXTRA -> j + 1;
                    case MISSED -> applied ? -1 : j + 1;
                };
                if (beat >= 0) {
                    mark(id[beat], type, p);
                }
            }
        }

        private void mark(int identity, ArtefactType type, int p) {
            found[identity] |= 1 << type.ordinal();
            if (pass[identity] == 0) {
                pass[identity] = p;
            }
        }

        /** Applies the corrections of pass {@code p}, first beat to last. */
        void apply(ArtefactDetection d, int p) {
            boolean[] delete = new boolean[n];
            boolean[] move = new boolean[n];
            boolean[] insertAfter = new boolean[n];
            int inserts = 0;
            for (int j = 0; j < d.intervalCount(); j++) {
                byte c = d.rawType(j);
                if (c == 0) {
                    continue;
                }
                switch (TYPES[c - 1]) {
                    case ECTOPIC -> move[j] = true;
                    case LONG, SHORT -> move[j + 1] = true;
                    case EXTRA -> delete[j + 1] = true;
                    case MISSED -> {
                        insertAfter[j] = true;
                        inserts++;
                    }
                }
            }
            // two adjacent beats to re-time describe one displaced beat: re-time only the one whose second
            // difference |dRR_b| / Th1 (centred on it) is larger; the other is looked at again next pass
            // a beat next to an inserted or deleted one is not re-timed in the same pass either: the missed
            // or extra beat explains the jump that flagged it, and its neighbour is not yet in place
            boolean[] keep = move.clone();
            for (int b = 0; b < n; b++) {
                if (move[b] && (insertAfter[b] || b > 0 && (insertAfter[b - 1] || delete[b - 1])
                        || b + 1 < n && delete[b + 1])) {
                    keep[b] = false;
                } else if (move[b]) {
                    double own = b < d.intervalCount() ? Math.abs(d.rawDn(b)) : 0;
                    if (b > 0 && move[b - 1] && Math.abs(d.rawDn(b - 1)) > own
                            || b + 1 < d.intervalCount() && move[b + 1] && Math.abs(d.rawDn(b + 1)) >= own) {
                        keep[b] = false;
                    }
                }
            }
            move = keep;
            double[] nt = new double[n + inserts];
            int[] nid = new int[n + inserts];
            int m = 0;
            for (int b = 0; b < n; b++) {
                if (delete[b]) {
                    deleted[id[b]] = true;
                    lastTime[id[b]] = t[b];
                    continue;
                }
                int next = b + 1;
                while (next < n && delete[next]) {
                    next++;
                }
                double tb = t[b];
                if (move[b] && m > 0 && next < n) {
                    tb = (nt[m - 1] + t[next]) / 2;
                }
                nt[m] = tb;
                nid[m++] = id[b];
                if (insertAfter[b] && next < n) {
                    int k = newIdentity();
                    mark(k, ArtefactType.MISSED, p);
                    nt[m] = (tb + t[next]) / 2;
                    lastTime[k] = nt[m];
                    nid[m++] = k;
                }
            }
            t = Arrays.copyOf(nt, m);
            id = Arrays.copyOf(nid, m);
            n = m;
        }

        private int newIdentity() {
            if (ids == found.length) {
                int len = found.length * 2;
                found = Arrays.copyOf(found, len);
                pass = Arrays.copyOf(pass, len);
                deleted = Arrays.copyOf(deleted, len);
                lastTime = Arrays.copyOf(lastTime, len);
            }
            return ids++;
        }

        List<BeatReport> report(BeatTimes input) {
            double[] finalTime = new double[ids];
            Arrays.fill(finalTime, Double.NaN);
            for (int i = 0; i < n; i++) {
                finalTime[id[i]] = t[i];
            }
            Integer[] order = new Integer[ids];
            for (int k = 0; k < ids; k++) {
                order[k] = k;
                if (!Double.isNaN(finalTime[k])) {
                    lastTime[k] = finalTime[k];
                }
            }
            Arrays.sort(order, Comparator.comparingDouble(k -> lastTime[k]));
            List<BeatReport> out = new ArrayList<>(ids);
            for (int k : order) {
                boolean isInput = k < inputCount;
                double raw = isInput ? input.seconds(k) : Double.NaN;
                BeatAction action;
                if (deleted[k]) {
                    action = BeatAction.DELETED;
                } else if (!isInput) {
                    action = BeatAction.INSERTED;
                } else {
                    action = finalTime[k] == raw ? BeatAction.KEPT : BeatAction.MOVED;
                }
                out.add(new BeatReport(isInput ? k : -1, raw, finalTime[k], types(found[k]), action, pass[k]));
            }
            return out;
        }

        private static Set<ArtefactType> types(int bits) {
            Set<ArtefactType> s = EnumSet.noneOf(ArtefactType.class);
            for (ArtefactType a : TYPES) {
                if ((bits & (1 << a.ordinal())) != 0) {
                    s.add(a);
                }
            }
            return s;
        }
    }
}
