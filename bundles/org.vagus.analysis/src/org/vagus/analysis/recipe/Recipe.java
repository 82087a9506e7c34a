package org.vagus.analysis.recipe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole analysis as data: which recordings and ECG column, the R-peak detector and artefact corrector with
 * their settings, whether manual beat edits apply, the events that lock the epochs, the epoch and baseline
 * window, the heart-rate grid, the time-varying HRV model, the grouping rule, the participant features, and the
 * statistics (Table 1, group t-tests, sliding windows with cluster permutation and FDR, correlations).
 * <p>
 * A recipe is saved as a JSON file ({@link Recipes}), whose structure mirrors these records field by field
 * ({@code heart_rate.grid_hz} is {@link HeartRateSpec#gridHz()}); the seed study's analysis is
 * {@link Recipes#builtIn()}. The records hold values only and check nothing but presence; {@link Recipes#validate}
 * checks ranges and references and names the JSON path of the first problem. Immutable.
 *
 * @param format the recipe file format, {@link Recipes#FORMAT}
 * @param name a short title
 * @param description what the analysis does and where it comes from (may be empty)
 * @param recordings which recordings and which column hold the ECG
 * @param beats detector, artefact corrector and manual edits
 * @param events the events the epochs are locked to
 * @param epochs the epoch and baseline window
 * @param heartRate the heart-rate grid
 * @param hrv the time-varying HRV model
 * @param grouping how participants fall into two groups
 * @param features per-participant values over windows of the event-locked courses
 * @param derived per-participant values computed from participants.tsv columns (such as a change score)
 * @param statistics the group-level statistics
 * @since 0.1.0
 */
public record Recipe(int format, String name, String description, RecordingSpec recordings, BeatSpec beats,
        EventSpec events, EpochSpec epochs, HeartRateSpec heartRate, HrvSpec hrv, GroupingSpec grouping,
        List<FeatureSpec> features, List<DerivedSpec> derived, StatisticsSpec statistics) {

    /** The course of event-locked heart-rate change, in bpm. */
    public static final String COURSE_HR = "hr";
    /** The course of event-locked nHF change, a fraction. */
    public static final String COURSE_NHF = "nhf";
    /** The trapezoid area over a window (value x seconds). */
    public static final String MEASURE_AUC = "auc";
    /** The time-average over a window: the trapezoid area divided by the window's length. */
    public static final String MEASURE_MEAN = "mean";

    public Recipe {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(recordings, "recordings");
        Objects.requireNonNull(beats, "beats");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(epochs, "epochs");
        Objects.requireNonNull(heartRate, "heart_rate");
        Objects.requireNonNull(hrv, "hrv");
        Objects.requireNonNull(grouping, "grouping");
        features = List.copyOf(features);
        derived = List.copyOf(derived);
        Objects.requireNonNull(statistics, "statistics");
    }

    /** The ids of the features, then of the derived variables, in recipe order. */
    public List<String> variableIds() {
        List<String> ids = new java.util.ArrayList<>();
        features.forEach(f -> ids.add(f.id()));
        derived.forEach(d -> ids.add(d.id()));
        return List.copyOf(ids);
    }

    /**
     * The participants.tsv columns the recipe names, in recipe order without repeats: the grouping column, the
     * derived variables' columns, Table 1's columns, and the group tests' and correlations' variables that are not
     * features or derived variables. An analysis reads nothing else of participants.tsv, and nothing else of it may
     * reach the results or the report.
     */
    public List<String> participantColumns() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        out.add(grouping.column());
        derived.forEach(d -> {
            out.add(d.after());
            out.add(d.before());
        });
        statistics.table1().variables().forEach(v -> out.add(v.column()));
        List<String> ids = variableIds();
        statistics.groupTests().stream().filter(t -> !ids.contains(t)).forEach(out::add);
        for (CorrelationSpec c : statistics.correlations()) {
            for (String v : List.of(c.x(), c.y())) {
                if (!ids.contains(v)) {
                    out.add(v);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Which recordings are analysed.
     *
     * @param task the BIDS task label a recording's file name must carry ({@code _task-<label>_}), or null for
     *            every physio recording of a participant
     * @param ecgColumn the physio column holding the ECG; a recording without it uses its first column (with a
     *            warning)
     */
    public record RecordingSpec(String task, String ecgColumn) {
        public RecordingSpec {
            Objects.requireNonNull(ecgColumn, "ecg_column");
        }
    }

    /**
     * A processing step chosen by id, with its settings as text (names and units as the step documents them).
     *
     * @param id the detector or corrector id ({@code org.vagus.signal.pan-tompkins})
     * @param settings name to value; copied, order kept
     */
    public record StepSpec(String id, Map<String, String> settings) {
        public StepSpec {
            Objects.requireNonNull(id, "id");
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        }
    }

    /**
     * From ECG to beats.
     *
     * @param detector the R-peak detector
     * @param corrector the automatic artefact corrector
     * @param manualEdits whether the manual edit layer saved beside a recording ({@code *_beatedits.tsv}) is applied
     */
    public record BeatSpec(StepSpec detector, StepSpec corrector, boolean manualEdits) {
        public BeatSpec {
            Objects.requireNonNull(detector, "detector");
            Objects.requireNonNull(corrector, "corrector");
        }
    }

    /**
     * The events the epochs are locked to.
     *
     * @param select events.tsv column to required value, all of which must match (trial_type=feedback,
     *            feedback=Wrong); copied, order kept
     */
    public record EventSpec(Map<String, String> select) {
        public EventSpec {
            select = Collections.unmodifiableMap(new LinkedHashMap<>(select));
        }
    }

    /**
     * The epoch and its baseline, in seconds from the event.
     *
     * @param startS epoch start (-1)
     * @param endS epoch end (6)
     * @param baselineStartS baseline start (-1)
     * @param baselineEndS baseline end (0)
     */
    public record EpochSpec(double startS, double endS, double baselineStartS, double baselineEndS) {
    }

    /**
     * Beats to heart rate on a regular grid.
     *
     * @param gridHz the grid rate (20)
     * @param interpolation {@code step} (each interval's rate held from beat to beat) or {@code linear}
     */
    public record HeartRateSpec(double gridHz, String interpolation) {
        public HeartRateSpec {
            Objects.requireNonNull(interpolation, "interpolation");
        }
    }

    /**
     * The time-varying HRV pipeline: intervals resampled, detrended, a TVAR model with a Kalman smoother, nHF over
     * time, event-locked epochs.
     *
     * @param resampleHz the interval series' rate (4)
     * @param interpolation {@code linear} or {@code cubic_spline}
     * @param maxGapS the longest stretch without a usable interval that is bridged (4)
     * @param detrending {@code highpass} (with {@code cutoffHz}) or {@code smoothness_priors} (with {@code lambda})
     *            or {@code none}
     * @param detrendingValue the cutoff in Hz (0.02) for the high-pass, lambda for smoothness priors, 0 for none
     * @param order the AR order (12)
     * @param q the random-walk variance of the coefficients (1e-4)
     * @param qRelative whether {@code q} is relative to the measurement variance (true)
     * @param initialCovariance the initial coefficient covariance (1e-3)
     * @param varianceTimeConstantS the time constant of the local variance (10 s)
     * @param vlfUpperHz upper edge of VLF (0.04)
     * @param lfUpperHz upper edge of LF (0.15)
     * @param hfUpperHz upper edge of HF (0.4)
     * @param spectralStepHz the widest cell of the band integration (0.0025)
     * @param epochStepS the grid step of the nHF epochs (0.05, the heart-rate grid)
     */
    public record HrvSpec(double resampleHz, String interpolation, double maxGapS, String detrending,
            double detrendingValue, int order, double q, boolean qRelative, double initialCovariance,
            double varianceTimeConstantS, double vlfUpperHz, double lfUpperHz, double hfUpperHz, double spectralStepHz,
            double epochStepS) {
        public HrvSpec {
            Objects.requireNonNull(interpolation, "interpolation");
            Objects.requireNonNull(detrending, "detrending");
        }
    }

    /**
     * How participants fall into two groups.
     *
     * @param rule {@link #MEDIAN_SPLIT} on a numeric column (scores at or above the median are the first group) or
     *            {@link #COLUMN}, an existing group column
     * @param column the participants.tsv column
     * @param groups the two group names: for a median split the names given to the high and the low group, for a
     *            group column the two values that name the groups; the first is group 1 of every test (t is group 1
     *            minus group 2)
     */
    public record GroupingSpec(String rule, String column, List<String> groups) {
        /** Median split, ties to the high group. */
        public static final String MEDIAN_SPLIT = "median_split";
        /** An existing group column. */
        public static final String COLUMN = "column";

        public GroupingSpec {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(column, "column");
            groups = List.copyOf(groups);
        }
    }

    /**
     * A participant value over a window of an event-locked, trial-averaged course, tested a priori.
     *
     * @param id the variable name (a column of features.tsv)
     * @param label the name in tables
     * @param course {@link Recipe#COURSE_HR} or {@link Recipe#COURSE_NHF}
     * @param measure {@link Recipe#MEASURE_AUC} or {@link Recipe#MEASURE_MEAN}
     * @param fromS window start, seconds from the event
     * @param toS window end
     */
    public record FeatureSpec(String id, String label, String course, String measure, double fromS, double toS) {
        public FeatureSpec {
            Objects.requireNonNull(id, "id");
            label = label == null ? id : label;
            Objects.requireNonNull(course, "course");
            Objects.requireNonNull(measure, "measure");
        }
    }

    /**
     * A change score from two participants.tsv columns: {@code after - before}.
     *
     * @param id the variable name
     * @param label the name in tables
     * @param after the column measured after the task
     * @param before the column measured before it
     */
    public record DerivedSpec(String id, String label, String after, String before) {
        public DerivedSpec {
            Objects.requireNonNull(id, "id");
            label = label == null ? id : label;
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(before, "before");
        }
    }

    /**
     * The group-level statistics.
     *
     * @param alpha the level of every test and family (0.05)
     * @param tTest {@code student} or {@code welch}, for the group tests
     * @param table1 the characteristics table
     * @param groupTests the variables compared between the groups: feature ids, derived ids or participants.tsv
     *            columns
     * @param slidingWindows the window-by-window comparison of the courses
     * @param correlations correlations over all participants
     */
    public record StatisticsSpec(double alpha, String tTest, Table1Spec table1, List<String> groupTests,
            SlidingSpec slidingWindows, List<CorrelationSpec> correlations) {
        public StatisticsSpec {
            Objects.requireNonNull(tTest, "t_test");
            Objects.requireNonNull(table1, "table1");
            groupTests = List.copyOf(groupTests);
            Objects.requireNonNull(slidingWindows, "sliding_windows");
            correlations = List.copyOf(correlations);
        }
    }

    /**
     * Table 1.
     *
     * @param welch Welch's instead of Student's t-test for continuous variables
     * @param yates Yates' correction for 2 x 2 categorical variables
     * @param decimals decimals of means and SDs
     * @param variables the rows, in order
     */
    public record Table1Spec(boolean welch, boolean yates, int decimals, List<Table1Variable> variables) {
        public Table1Spec {
            variables = List.copyOf(variables);
        }
    }

    /**
     * One row of Table 1.
     * <p>
     * A categorical row tests all its levels with one chi-square test; it shows every level's n (%), or with
     * {@code show} one level's n (%) on a single line, as the seed's Table 1 does ("Marital status, married, n (%)",
     * p of the chi-square over single, married, divorced and widowed). A numeric column becomes categorical through
     * {@code bins}.
     *
     * @param column the participants.tsv column
     * @param label the row label
     * @param type {@code continuous} (M (SD), t-test) or {@code categorical} (n (%), chi-square)
     * @param show for a categorical row, the one level whose n (%) is shown, or null for every level
     * @param bins for a categorical row of a numeric column, how values fall into levels; null for the column's
     *            values as levels
     */
    public record Table1Variable(String column, String label, String type, String show, Table1Bins bins) {
        /** M (SD) with a t-test. */
        public static final String CONTINUOUS = "continuous";
        /** n (%) with a chi-square test. */
        public static final String CATEGORICAL = "categorical";

        public Table1Variable {
            Objects.requireNonNull(column, "column");
            label = label == null ? column : label;
            Objects.requireNonNull(type, "type");
        }

        /** A row showing the column as it is: M (SD), or every level's n (%). */
        public Table1Variable(String column, String label, String type) {
            this(column, label, type, null, null);
        }
    }

    /**
     * Levels of a numeric column for a categorical Table 1 row: a value {@code v} falls into level {@code i} when
     * {@code cuts[i - 1] <= v < cuts[i]} (below the first cut is level 0, at or above the last cut the last level).
     *
     * @param cuts the cut points in the column's unit, strictly increasing; copied
     * @param levels the level names, one more than cuts; copied
     */
    public record Table1Bins(List<Double> cuts, List<String> levels) {
        public Table1Bins {
            cuts = List.copyOf(cuts);
            levels = List.copyOf(levels);
        }

        /** The level of a value; null for NaN. */
        public String levelOf(double v) {
            if (Double.isNaN(v)) {
                return null;
            }
            int i = 0;
            while (i < cuts.size() && v >= cuts.get(i)) {
                i++;
            }
            return levels.get(i);
        }
    }

    /**
     * The sliding-window comparison of the groups' courses, with its three labelled families (uncorrected, FDR,
     * cluster permutation).
     *
     * @param courses which courses, each with its window measure
     * @param windowS window length (0.5)
     * @param stepS step between window starts (0.05)
     * @param fromS the part of the epoch that is searched: start (0)
     * @param toS end (6)
     * @param clusterAlpha the point-wise level that forms clusters (0.05)
     * @param permutations random permutations of the cluster test
     * @param seed the permutations' seed
     */
    public record SlidingSpec(List<SlidingCourse> courses, double windowS, double stepS, double fromS, double toS,
            double clusterAlpha, int permutations, long seed) {
        public SlidingSpec {
            courses = List.copyOf(courses);
        }
    }

    /**
     * One course of the sliding-window comparison.
     *
     * @param course {@link Recipe#COURSE_HR} or {@link Recipe#COURSE_NHF}
     * @param measure {@link Recipe#MEASURE_AUC} or {@link Recipe#MEASURE_MEAN}
     */
    public record SlidingCourse(String course, String measure) {
        public SlidingCourse {
            Objects.requireNonNull(course, "course");
            Objects.requireNonNull(measure, "measure");
        }
    }

    /**
     * A correlation over all participants with both values.
     *
     * @param x a variable id or participants.tsv column
     * @param y another
     * @param method {@code pearson} or {@code spearman}
     */
    public record CorrelationSpec(String x, String y, String method) {
        public CorrelationSpec {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
            Objects.requireNonNull(method, "method");
        }
    }
}
