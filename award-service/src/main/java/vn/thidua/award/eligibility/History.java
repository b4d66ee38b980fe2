package vn.thidua.award.eligibility;

import vn.thidua.award.rules.Title;
import vn.thidua.platform.time.SchoolYear;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a person achieved in earlier school years: the titles and forms of their achievement file (hồ sơ thi đua,
 * package {@code record}) — decided and not revoked, in this system or imported from before it, at any school the
 * person belonged to — with the decisions that awarded them, so explanations cite their numbers. Legally a title
 * is held once decided; eligibility within quota is not a title.
 */
record History(Map<SchoolYear, Set<Title>> byYear, Map<SchoolYear, Map<Title, List<String>>> decisions) {

    public static final History NONE = new History(Map.of(), Map.of());

    /** A decision of the file: the title or form it awarded, the school year, and how it is cited. */
    public record Held(SchoolYear year, Title title, String citation) {
    }

    public History {
        byYear = Map.copyOf(byYear);
        decisions = Map.copyOf(decisions);
    }

    /** Titles by year without their decisions (tests, and callers that know no decision). */
    public static History of(Map<SchoolYear, Set<Title>> byYear) {
        return new History(byYear, Map.of());
    }

    /** From the decisions of a file. */
    public static History ofFile(List<Held> held) {
        Map<SchoolYear, Set<Title>> byYear = new HashMap<>();
        Map<SchoolYear, Map<Title, List<String>>> decisions = new HashMap<>();
        for (Held h : held) {
            byYear.computeIfAbsent(h.year(), y -> java.util.EnumSet.noneOf(Title.class)).add(h.title());
            decisions.computeIfAbsent(h.year(), y -> new EnumMap<>(Title.class))
                    .computeIfAbsent(h.title(), t -> new ArrayList<>()).add(h.citation());
        }
        return new History(byYear, decisions);
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

    /**
     * Consecutive school years right before {@code year} holding any of {@code titles} (a year of CSTĐCS also counts
     * where LĐTT is asked: the file records the highest title decided).
     */
    public int consecutiveYearsBefore(SchoolYear year, Set<Title> titles) {
        int count = 0;
        SchoolYear previous = year.minus(1);
        while (byYear.getOrDefault(previous, Set.of()).stream().anyMatch(titles::contains)) {
            count++;
            previous = previous.minus(1);
        }
        return count;
    }

    /** The decisions behind any of {@code titles} in the {@code years} school years right before {@code year}. */
    public List<String> decisionsBefore(SchoolYear year, Set<Title> titles, int years) {
        List<String> cited = new ArrayList<>();
        for (int i = 1; i <= years; i++) {
            SchoolYear earlier = year.minus(i);
            decisions.getOrDefault(earlier, Map.of()).forEach((title, citations) -> {
                if (titles.contains(title)) {
                    citations.forEach(c -> cited.add(c + " (" + title.label + ", " + earlier + ")"));
                }
            });
        }
        return cited;
    }

    /** The decisions behind {@code title} in the {@code years} school years right before {@code year}, latest first. */
    public List<String> decisionsBefore(SchoolYear year, Title title, int years) {
        List<String> cited = new ArrayList<>();
        for (int i = 1; i <= years; i++) {
            SchoolYear earlier = year.minus(i);
            for (String citation : decisions.getOrDefault(earlier, Map.of()).getOrDefault(title, List.of())) {
                cited.add(citation + " (" + earlier + ")");
            }
        }
        return cited;
    }

    /** Earlier years in order, for explanations. */
    public Map<SchoolYear, Set<Title>> sorted() {
        return new TreeMap<>(byYear);
    }
}
