package vn.thidua.award.eligibility;

import vn.thidua.award.rules.Title;
import vn.thidua.platform.time.SchoolYear;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a staff member achieved in earlier school years, as far as this service knows: the titles of
 * their stored results (eligible, and within quota for CSTĐCS). Until decisions are recorded here,
 * "achieved" means "eligible and within quota" in the stored result of that year.
 */
record History(Map<SchoolYear, Set<Title>> byYear) {

    public static final History NONE = new History(Map.of());

    public History {
        byYear = Map.copyOf(byYear);
    }

    public static History of(Map<SchoolYear, Set<Title>> byYear) {
        return new History(byYear);
    }

    /** Consecutive school years right before {@code year} with {@code title}: 2 for y-1 and y-2, 0 when y-1 lacks it. */
    public int consecutiveYearsBefore(SchoolYear year, Title title) {
        int count = 0;
        SchoolYear previous = year.minus(1);
        while (byYear.getOrDefault(previous, Set.of()).contains(title)) {
            count++;
            previous = previous.minus(1);
        }
        return count;
    }

    /** Earlier years in order, for explanations. */
    public Map<SchoolYear, Set<Title>> sorted() {
        return new TreeMap<>(byYear);
    }
}
