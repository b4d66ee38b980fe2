package vn.thidua.award.eligibility;

import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;

import java.util.ArrayList;
import java.util.List;

/**
 * Collective titles from the members' individual results (after the CSTĐCS quota). A member not
 * rated (6+ months of absence) counts as a member in the shares but does not break "every member
 * completes their tasks": they were not assessed, not failed. The collective's own performance
 * and its emulation movement (also in the law) are the council's judgement, not checked here.
 * <ul>
 * <li>TTLĐTT: strictly more than {@code ttldtt.minLdttShare} % of members LĐTT; no member
 * disciplined from {@code collective.disciplineBlocksFrom} in the school year.</li>
 * <li>TTLĐXS: every rated member at least {@code ttldxs.minMemberRating}; at least
 * {@code ttldxs.minLdttShare} % LĐTT; at least {@code ttldxs.minCstdcs} CSTĐCS within quota; no
 * member disciplined from {@code collective.disciplineBlocksFrom}.</li>
 * <li>The school's Bằng khen and Cờ thi đua from TTLĐXS and the school's file: {@link HonourRules}.</li>
 * </ul>
 */
final class CollectiveRules {

    private CollectiveRules() {
    }

    public static CollectiveResult evaluate(String code, CollectiveResult.Kind kind, List<IndividualResult> members,
            RuleSet rules) {
        return evaluate(code, kind, members, rules, null, History.NONE);
    }

    /**
     * With the collective's achievement file: the school also gets the Bằng khen and Cờ thi đua checks
     * ({@link HonourRules}) of the school year {@code year} (null: not computed).
     */
    public static CollectiveResult evaluate(String code, CollectiveResult.Kind kind, List<IndividualResult> members,
            RuleSet rules, vn.thidua.platform.time.SchoolYear year, History history) {
        int total = members.size();
        int ldtt = (int) members.stream().filter(m -> m.isEligible(Title.LDTT)).count();
        int cstdcs = (int) members.stream().filter(m -> m.isEligible(Title.CSTDCS)).count();
        DisciplineForm blocksFrom = rules.enumValue("collective.disciplineBlocksFrom", DisciplineForm.class);
        List<IndividualResult> disciplined = members.stream()
                .filter(m -> m.worstDiscipline() != null && m.worstDiscipline().atLeast(blocksFrom)).toList();
        Condition discipline = Condition.of("DISCIPLINE", disciplined.isEmpty(),
                "Không có thành viên bị kỷ luật từ " + blocksFrom.label + " trở lên (no member disciplined from "
                        + blocksFrom.name() + " up)",
                disciplined.isEmpty() ? "Không có (none)" : disciplined.size() + " thành viên bị kỷ luật từ "
                        + blocksFrom.label + " trở lên", rules, "collective.disciplineBlocksFrom");
        String share = ldtt + "/" + total + " thành viên đạt LĐTT (" + Months.percent(ldtt, total) + ")";

        double ttldttShare = rules.number("ttldtt.minLdttShare");
        List<Condition> ttldtt = new ArrayList<>();
        ttldtt.add(Condition.of("TTLDTT_LDTT_SHARE", total > 0 && ldtt * 100.0 > ttldttShare * total,
                "Trên " + Months.format(ttldttShare) + " % thành viên đạt LĐTT (more than "
                        + Months.format(ttldttShare) + " % LĐTT)", share, rules, "ttldtt.minLdttShare"));
        ttldtt.add(rename(discipline, "TTLDTT_DISCIPLINE"));

        double ttldxsShare = rules.number("ttldxs.minLdttShare");
        Rating minRating = rules.enumValue("ttldxs.minMemberRating", Rating.class);
        int minCstdcs = rules.integer("ttldxs.minCstdcs");
        long below = members.stream()
                .filter(m -> m.effectiveRating() != Rating.NOT_RATED && !m.effectiveRating().atLeast(minRating)).count();
        long notRated = members.stream().filter(m -> m.effectiveRating() == Rating.NOT_RATED).count();
        List<Condition> ttldxs = new ArrayList<>();
        ttldxs.add(Condition.of("TTLDXS_ALL_COMPLETE", total > 0 && below == 0,
                "Mọi thành viên được xếp loại đều từ " + minRating.describe() + " trở lên (every rated member at least "
                        + minRating.name() + ")",
                (below == 0 ? "Tất cả đạt" : below + " thành viên dưới mức " + minRating.name())
                        + (notRated > 0 ? "; " + notRated + " thành viên không xếp loại" : ""),
                rules, "ttldxs.minMemberRating"));
        ttldxs.add(Condition.of("TTLDXS_LDTT_SHARE", total > 0 && ldtt * 100.0 >= ttldxsShare * total,
                "Ít nhất " + Months.format(ttldxsShare) + " % thành viên đạt LĐTT (at least "
                        + Months.format(ttldxsShare) + " % LĐTT)", share, rules, "ttldxs.minLdttShare"));
        ttldxs.add(Condition.of("TTLDXS_CSTDCS", cstdcs >= minCstdcs,
                "Có ít nhất " + minCstdcs + " thành viên đạt Chiến sĩ thi đua cơ sở trong tỷ lệ (at least " + minCstdcs
                        + " CSTĐCS within quota)", cstdcs + " thành viên", rules, "ttldxs.minCstdcs"));
        ttldxs.add(rename(discipline, "TTLDXS_DISCIPLINE"));
        TitleCheck excellent = TitleCheck.of(Title.TTLDXS, ttldxs);
        List<TitleCheck> titles = new ArrayList<>(List.of(TitleCheck.of(Title.TTLDTT, ttldtt), excellent));
        if (kind == CollectiveResult.Kind.SCHOOL && year != null) {
            titles.addAll(HonourRules.school(year, history, rules, excellent));
        }
        return new CollectiveResult(code, kind, total, titles);
    }

    private static Condition rename(Condition condition, String code) {
        return condition.renamed(code);
    }
}
