package vn.thidua.award.eligibility;

import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The eligibility of one staff member in one cycle, with what the quota ranking and the collective
 * rules need: the rating after the absence cap, the heaviest discipline of the year, the best
 * initiative counted for CSTĐCS and the CSTĐCS years running before this one.
 */
public record IndividualResult(UUID staffId, String groupCode, Rating rating, Rating effectiveRating,
        DisciplineForm worstDiscipline, InitiativeLevel bestInitiative, int previousCstdcsYears, LocalDate hireDate,
        List<TitleCheck> titles) {

    public IndividualResult {
        titles = List.copyOf(titles);
    }

    public Optional<TitleCheck> check(Title title) {
        return titles.stream().filter(t -> t.title() == title).findFirst();
    }

    public boolean isEligible(Title title) {
        return check(title).map(TitleCheck::eligible).orElse(false);
    }

    /** Titles waiting on an open discipline procedure: neither granted nor refused. */
    public List<Title> deferred() {
        return titles.stream().filter(TitleCheck::deferred).map(TitleCheck::title).sorted().toList();
    }

    /** Titles and forms the person is eligible for, in the order of {@link Title}. */
    public List<Title> eligible() {
        return titles.stream().filter(TitleCheck::eligible).map(TitleCheck::title).sorted().toList();
    }
}
