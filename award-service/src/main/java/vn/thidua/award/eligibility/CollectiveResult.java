package vn.thidua.award.eligibility;

import vn.thidua.award.rules.Title;

import java.util.List;

/** The eligibility of a collective (a professional group or the school) and the conditions checked. */
public record CollectiveResult(String code, Kind kind, int members, List<TitleCheck> titles) {

    /** Tổ chuyên môn / văn phòng, or the school as a whole. */
    public enum Kind { GROUP, SCHOOL }

    public CollectiveResult {
        titles = List.copyOf(titles);
    }

    public List<Title> eligible() {
        return titles.stream().filter(TitleCheck::eligible).map(TitleCheck::title).sorted().toList();
    }

    public boolean isEligible(Title title) {
        return titles.stream().anyMatch(t -> t.title() == title && t.eligible());
    }
}
