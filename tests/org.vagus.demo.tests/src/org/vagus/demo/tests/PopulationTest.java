package org.vagus.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.vagus.demo.Person;
import org.vagus.demo.Population;
import org.vagus.stats.MedianSplit;

/**
 * The demo's population against the seed's Table 1 (Sun et al., Table 1: High SC n = 39, Low SC n = 38; counts
 * female 25/28, married 31/18, tertiary 9/9, employed 12/6, ill 5 years or more 12/13; age 41.03 (12.51) / 33.66
 * (12.17); SCS 3.29 (0.37) / 2.36 (0.44), range 1.33-4.45, median 2.85; HAMA 20.79 (5.85) / 24.68 (5.49); HAMD
 * 13.97 (5.27) / 16.29 (3.98)) and the eligibility rules of its Methods (18-65, HAMA >= 14, HAMD < 23, at least
 * secondary education).
 */
class PopulationTest {

    @Test
    void groupSizesAndCountsAreTheSeeds() {
        List<Person> people = Population.draw(77, 11);
        List<Person> high = group(people, "High");
        List<Person> low = group(people, "Low");
        assertEquals(39, high.size());
        assertEquals(38, low.size());
        assertEquals(25, count(high, p -> p.gender().equals("female")));
        assertEquals(28, count(low, p -> p.gender().equals("female")));
        assertEquals(31, count(high, p -> p.maritalStatus().equals("married")));
        assertEquals(18, count(low, p -> p.maritalStatus().equals("married")));
        assertEquals(9, count(high, p -> p.education().equals("tertiary")));
        assertEquals(9, count(low, p -> p.education().equals("tertiary")));
        assertEquals(12, count(high, p -> p.employment().equals("employed")));
        assertEquals(6, count(low, p -> p.employment().equals("employed")));
        assertEquals(12, count(high, p -> p.illnessDurationYears() >= 5));
        assertEquals(13, count(low, p -> p.illnessDurationYears() >= 5));
    }

    @Test
    void otherSizesAreProportional() {
        // round(n * 39 / 77): 6 -> 3, 20 -> 10, 100 -> 51
        assertEquals(3, group(Population.draw(6, 1), "High").size());
        assertEquals(10, group(Population.draw(20, 1), "High").size());
        assertEquals(51, group(Population.draw(100, 1), "High").size());
        List<Person> hundred = Population.draw(100, 1);
        // 25 of 39 female in High: round(51 * 25 / 39) = 33
        assertEquals(33, count(group(hundred, "High"), p -> p.gender().equals("female")));
        assertEquals("001", hundred.get(0).label());
    }

    @Test
    void everyoneIsEligibleAndOnTheScales() {
        for (long seed = 1; seed <= 20; seed++) {
            for (Person p : Population.draw(77, seed)) {
                assertTrue(p.age() >= 18 && p.age() <= 65, p.toString());
                assertTrue(p.hama() >= 14 && p.hama() <= 56, p.toString());
                assertTrue(p.hamd() >= 0 && p.hamd() <= 22, p.toString());
                assertTrue(Set.of("secondary", "tertiary").contains(p.education()), p.toString());
                assertTrue(Set.of("female", "male", "other").contains(p.gender()));
                assertTrue(Set.of("single", "married", "divorced", "widowed").contains(p.maritalStatus()));
                assertTrue(Set.of("employed", "unemployed", "student", "retired").contains(p.employment()));
                assertTrue(p.scsTotal() >= 1.33 && p.scsTotal() <= 4.45, p.toString());
                assertEquals(p.scsItemSum() / 26.0, p.scsTotal(), 1e-12, "a mean of 26 item scores");
                assertTrue(p.staiPre() >= 20 && p.staiPost() <= 80 && p.stressPre() >= 1 && p.stressPost() <= 10);
                assertTrue(p.physiology().rrSdMs() >= 30 && p.physiology().rrSdMs() <= 60);
            }
        }
    }

    @Test
    void theMedianSplitRecoversTheGroupsAtTheSeedsMedian() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Person> people = Population.draw(77, seed);
            double[] scs = people.stream().mapToDouble(Person::scsTotal).toArray();
            MedianSplit.Result split = MedianSplit.split(scs);
            assertEquals(2.85, split.median(), 0.005, "seed " + seed);
            for (int i = 0; i < scs.length; i++) {
                assertEquals(people.get(i).designGroup().equals("High"), split.isHigh()[i], "seed " + seed);
            }
        }
    }

    @Test
    void groupMeansAreTheSeedsWithinSamplingBounds() {
        // one study: each group mean within 3.5 standard errors (SD / sqrt(n)) of the seed's
        List<Person> people = Population.draw(77, 5);
        within(group(people, "High"), p -> p.age(), 41.03, 12.51, 3.5);
        within(group(people, "Low"), p -> p.age(), 33.66, 12.17, 3.5);
        within(group(people, "High"), Person::scsTotal, 3.29, 0.37, 3.5);
        within(group(people, "Low"), Person::scsTotal, 2.36, 0.44, 3.5);
        within(group(people, "High"), p -> p.hama(), 20.79, 5.85, 3.5);
        within(group(people, "Low"), p -> p.hama(), 24.68, 5.49, 3.5);
        within(group(people, "High"), p -> p.hamd(), 13.97, 5.27, 3.5);
        within(group(people, "Low"), p -> p.hamd(), 16.29, 3.98, 3.5);
        // 30 studies pooled (1170 and 1140 people): the generator is unbiased to 3.5 pooled standard errors
        List<Person> many = new java.util.ArrayList<>();
        for (long seed = 100; seed < 130; seed++) {
            many.addAll(Population.draw(77, seed));
        }
        within(group(many, "High"), p -> p.age(), 41.03, 12.51, 3.5);
        within(group(many, "Low"), p -> p.age(), 33.66, 12.17, 3.5);
        within(group(many, "High"), Person::scsTotal, 3.29, 0.37, 3.5);
        within(group(many, "Low"), Person::scsTotal, 2.36, 0.44, 3.5);
        within(group(many, "High"), p -> p.hama(), 20.79, 5.85, 3.5);
        within(group(many, "Low"), p -> p.hama(), 24.68, 5.49, 3.5);
        within(group(many, "High"), p -> p.hamd(), 13.97, 5.27, 3.5);
        within(group(many, "Low"), p -> p.hamd(), 16.29, 3.98, 3.5);
    }

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertEquals(Population.draw(77, 42), Population.draw(77, 42));
        assertNotEquals(Population.draw(77, 42), Population.draw(77, 43));
    }

    private static void within(List<Person> group, ToDoubleFunction<Person> f, double mean, double sd, double ses) {
        double m = group.stream().mapToDouble(f).average().orElseThrow();
        double se = sd / Math.sqrt(group.size());
        assertTrue(Math.abs(m - mean) <= ses * se, "mean " + m + ", seed " + mean + " +- " + ses * se);
    }

    private static List<Person> group(List<Person> people, String g) {
        return people.stream().filter(p -> p.designGroup().equals(g)).toList();
    }

    private static long count(List<Person> people, Predicate<Person> p) {
        return people.stream().filter(p).count();
    }
}
