package org.vagus.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.vagus.demo.internal.ScaledBeta;
import org.vagus.demo.internal.TruncatedNormal;

/**
 * The demo's simulated participants, drawn from the seed's Table 1 (Sun et al.; {@link SeedStudy#TABLE_1}).
 * <ul>
 * <li>Groups: 39 High and 38 Low SC for 77 participants, in proportion otherwise ({@code round(n 39 / 77)} High).</li>
 * <li>Counts (female, married, tertiary education, employed, ill 5 years or more): exactly the seed's count in each
 * group for 77, {@code round(n_group * count / group size)} otherwise, assigned at random within the group. What
 * Table 1 does not count is this class's choice: the others are male; single, divorced or widowed (7 : 2 : 1);
 * secondary education (eligibility needs at least secondary); student under 26, retired from 55, unemployed
 * between; ill 0.5-4.9 years (uniform) or 5 years plus an exponential of mean 4 years (up to 30).</li>
 * <li>Scores: age, HAMA and HAMD from normals truncated to the eligibility bounds (18-65, HAMA at least 14, HAMD at
 * most 22) whose truncated mean and SD are the group's in Table 1, rounded to whole numbers; the SCS total from a
 * beta on the group's side of the median ({@link ScaledBeta}) with the group's mean and SD, on the 1/26 grid of the
 * SCS-26 mean score: Low within 35/26-73/26 (1.35-2.81), High within 74/26-115/26 (2.85-4.42), the lowest High
 * participant exactly at 74/26 (2.846), so the median split (ties to High) gives the median 2.85 and recovers the
 * groups exactly.</li>
 * <li>Responses: {@link ResponseDesign}, from the SCS total and HAMA.</li>
 * </ul>
 * Participants are then put in random order and labelled {@code 01, 02, ...}: the label says nothing of the group.
 * Everything is drawn from one {@link SplittableRandom} seeded with the demo's seed, so a seed gives the same
 * population on any machine.
 *
 * @since 0.1.0
 */
public final class Population {
    /** The SCS-26 item-score sums of the bounds: the median 74/26 (2.846) and the range 35/26 to 115/26. */
    static final int SCS_MEDIAN_SUM = 74;
    static final int SCS_MIN_SUM = 35;
    static final int SCS_MAX_SUM = 115;

    private Population() {
    }

    /** The number of High SC participants among {@code n}: 39 of 77, in proportion otherwise. */
    public static int highCount(int n) {
        return (int) Math.round(n * (double) SeedStudy.N_HIGH / SeedStudy.N);
    }

    /**
     * Draws {@code n} participants with the default response design.
     *
     * @param n at least 2
     * @param seed the seed
     */
    public static List<Person> draw(int n, long seed) {
        return draw(n, seed, ResponseDesign.DEFAULT);
    }

    /**
     * Draws {@code n} participants.
     *
     * @param n at least 2 (one per group)
     * @param seed the seed
     * @param design how traits drive the responses
     */
    public static List<Person> draw(int n, long seed, ResponseDesign design) {
        if (n < 2) {
            throw new IllegalArgumentException("participants: " + n + ", expected at least 2 (one per group)");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int high = Math.max(1, Math.min(n - 1, highCount(n)));
        List<Person> people = new ArrayList<>(n);
        people.addAll(group("High", high, random.split(), design));
        people.addAll(group("Low", n - high, random.split(), design));
        shuffle(people, random.split());
        int digits = Math.max(2, Integer.toString(n).length());
        List<Person> labelled = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            String label = String.format(Locale.ROOT, "%0" + digits + "d", i + 1);
            labelled.add(new Person(label, p.designGroup(), p.age(), p.gender(), p.maritalStatus(), p.education(),
                    p.employment(), p.illnessDurationYears(), p.scsTotal(), p.hama(), p.hamd(), p.staiPre(),
                    p.staiPost(), p.stressPre(), p.stressPost(), p.physiology(), p.seed()));
        }
        return List.copyOf(labelled);
    }

    private static List<Person> group(String name, int m, SplittableRandom random, ResponseDesign design) {
        boolean isHigh = name.equals("High");
        int seedSize = isHigh ? SeedStudy.N_HIGH : SeedStudy.N_LOW;
        boolean[] female = exactly(count(SeedStudy.row("gender"), isHigh, m, seedSize), m, random);
        boolean[] married = exactly(count(SeedStudy.row("marital_status"), isHigh, m, seedSize), m, random);
        boolean[] tertiary = exactly(count(SeedStudy.row("education"), isHigh, m, seedSize), m, random);
        boolean[] employed = exactly(count(SeedStudy.row("employment"), isHigh, m, seedSize), m, random);
        boolean[] longIll = exactly(count(SeedStudy.row("illness_duration"), isHigh, m, seedSize), m, random);
        TruncatedNormal age = fit(SeedStudy.row("age"), isHigh, SeedStudy.AGE_MIN - 0.5, SeedStudy.AGE_MAX + 0.5);
        TruncatedNormal hama = fit(SeedStudy.row("hama"), isHigh, SeedStudy.HAMA_MIN - 0.5, 56.5);
        TruncatedNormal hamd = fit(SeedStudy.row("hamd"), isHigh, -0.5, SeedStudy.HAMD_MAX + 0.5);
        SeedStudy.Row scsRow = SeedStudy.row("scs_total");
        ScaledBeta scs = isHigh
                ? ScaledBeta.withMoments(scsRow.high(), scsRow.highSd(), (SCS_MEDIAN_SUM - 0.5) / 26,
                        (SCS_MAX_SUM + 0.5) / 26)
                : ScaledBeta.withMoments(scsRow.low(), scsRow.lowSd(), (SCS_MIN_SUM - 0.5) / 26,
                        (SCS_MEDIAN_SUM - 0.5) / 26);
        int[] scsSums = new int[m];
        for (int i = 0; i < m; i++) {
            int lo = isHigh ? SCS_MEDIAN_SUM : SCS_MIN_SUM;
            int hi = isHigh ? SCS_MAX_SUM : SCS_MEDIAN_SUM - 1;
            scsSums[i] = (int) Math.max(lo, Math.min(hi, Math.round(scs.sample(random) * 26)));
        }
        if (isHigh) {
            int lowest = 0;
            for (int i = 1; i < m; i++) {
                if (scsSums[i] < scsSums[lowest]) {
                    lowest = i;
                }
            }
            scsSums[lowest] = SCS_MEDIAN_SUM;
        }
        List<Person> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            int a = (int) Math.round(age.sample(random));
            String employment = employed[i] ? "employed" : a < 26 ? "student" : a >= 55 ? "retired" : "unemployed";
            double u = random.nextDouble();
            String marital = married[i] ? "married" : u < 0.7 ? "single" : u < 0.9 ? "divorced" : "widowed";
            double years = longIll[i] ? Math.min(30, 5 + -4 * Math.log(1 - random.nextDouble()))
                    : 0.5 + 4.4 * random.nextDouble();
            years = Math.round(years * 10) / 10.0;
            int ha = (int) Math.round(hama.sample(random));
            int hd = (int) Math.round(hamd.sample(random));
            double total = scsSums[i] / 26.0;
            int[] stai = design.stai(total, ha, random);
            int[] stress = design.stress(random);
            Physiology heart = design.physiology(total, ha, random);
            out.add(new Person("", name, a, female[i] ? "female" : "male", marital,
                    tertiary[i] ? "tertiary" : "secondary", employment, years, total, ha, hd, stai[0], stai[1],
                    stress[0], stress[1], heart, random.nextLong()));
        }
        return out;
    }

    /** The count of a categorical Table 1 row for a group of {@code m}: the seed's in proportion. */
    private static int count(SeedStudy.Row row, boolean high, int m, int seedSize) {
        double seedCount = high ? row.high() : row.low();
        return (int) Math.round(m * seedCount / seedSize);
    }

    private static TruncatedNormal fit(SeedStudy.Row row, boolean high, double lo, double hi) {
        return TruncatedNormal.withMoments(high ? row.high() : row.low(), high ? row.highSd() : row.lowSd(), lo, hi);
    }

    /** {@code k} of {@code m} flags set, in random positions. */
    private static boolean[] exactly(int k, int m, SplittableRandom random) {
        boolean[] flags = new boolean[m];
        for (int i = 0; i < k; i++) {
            flags[i] = true;
        }
        for (int i = m - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            boolean t = flags[i];
            flags[i] = flags[j];
            flags[j] = t;
        }
        return flags;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
