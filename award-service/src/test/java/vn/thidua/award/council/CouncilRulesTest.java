package vn.thidua.award.council;

import org.junit.jupiter.api.Test;
import vn.thidua.award.rules.SeedRules;
import vn.thidua.award.rules.Title;

import java.math.BigDecimal;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quorum, thresholds, percentages and rounding of a council vote, under the shipped rule set. */
class CouncilRulesTest {

    static final CouncilRules RULES = CouncilRules.of(SeedRules.v2024());

    @Test
    void readsTheCouncilParametersOfTheRuleSet() {
        assertEquals("2024.1", RULES.version());
        assertEquals("2/3", RULES.quorum());
        assertEquals(0, new BigDecimal("70").compareTo(RULES.agreePercent()));
        assertEquals(0, new BigDecimal("90").compareTo(RULES.secretPercent()));
        assertEquals(Set.of(Title.CSTD_TINH, Title.CSTD_TQ), RULES.secretTitles());
    }

    /** NĐ 152/2025 Điều 33 khoản 5 [text]: CSTĐ toàn quốc needs 90 % of ALL members, not of those present. */
    @Test
    void cstdToanQuocAtNinetyPercentOfAllMembersFailsWithNineOfTenPresentAgreeing() {
        CouncilRules rules = CouncilRules.of(SeedRules.dongThap2025());
        assertEquals(CouncilRules.Base.ALL_MEMBERS, rules.base(Title.CSTD_TQ));
        assertEquals(0, new BigDecimal("90").compareTo(rules.threshold(Title.CSTD_TQ)));
        assertTrue(rules.secretRequired(Title.CSTD_TQ));
        // 11 members, 10 present; 9 agree.
        CouncilTally tally = new CouncilTally(9, 1, 0, 10);
        assertTrue(tally.passed(new BigDecimal("90")), "90 % of those present would pass");
        CouncilTally.Share share = tally.over(rules.base(Title.CSTD_TQ), 0, 0, 11);
        assertEquals(new BigDecimal("81.82"), share.percent());
        assertFalse(share.passed(rules.threshold(Title.CSTD_TQ)), "9 of 11 members is under 90 %");
        // 9 present of 11, all agreeing: 100 % of those present, still 81.82 % of all.
        assertFalse(new CouncilTally(9, 0, 0, 9).over(CouncilRules.Base.ALL_MEMBERS, 0, 0, 11)
                .passed(new BigDecimal("90")));
        // 10 of 11 is enough.
        assertTrue(new CouncilTally(10, 0, 0, 10).over(CouncilRules.Base.ALL_MEMBERS, 0, 0, 11)
                .passed(new BigDecimal("90")));
    }

    /** The Đồng Tháp layer counts written opinions of absent members (TT 35/2015 [secondary], to verify). */
    @Test
    void writtenOpinionsCountWhereTheLayerSaysSo() {
        CouncilRules province = CouncilRules.of(SeedRules.dongThap2025());
        CouncilRules national = CouncilRules.of(SeedRules.national2025());
        assertEquals(CouncilRules.Base.PRESENT_AND_WRITTEN, province.base(Title.LDTT));
        assertEquals(CouncilRules.Base.PRESENT, national.base(Title.LDTT));
        assertEquals(CouncilRules.Base.PRESENT, RULES.base(Title.LDTT), "2024.1: over the members present");
        // 7 members, 5 present of whom 3 agree; the 2 absent agree in writing.
        CouncilTally tally = new CouncilTally(3, 2, 0, 5);
        assertFalse(tally.over(national.base(Title.LDTT), 2, 2, 7).passed(new BigDecimal("70")), "3/5 = 60 %");
        CouncilTally.Share withWritten = tally.over(province.base(Title.LDTT), 2, 2, 7);
        assertEquals(5, withWritten.agree());
        assertEquals(7, withWritten.of());
        assertTrue(withWritten.passed(new BigDecimal("70")), "5/7 = 71.43 %");
        assertEquals(java.util.Map.of(Title.CSTD_TQ, new CouncilRules.TitleRule(CouncilRules.Method.SECRET,
                new BigDecimal("90"), CouncilRules.Base.ALL_MEMBERS)), CouncilRules.titleRules("CSTD_TQ:SECRET:90:ALL_MEMBERS"));
    }

    @Test
    void quorumIsTwoThirdsOfAllMembersRoundedUp() {
        assertEquals(5, RULES.requiredPresent(7));
        assertEquals(4, RULES.requiredPresent(6));
        assertEquals(6, RULES.requiredPresent(9));
        assertEquals(1, RULES.requiredPresent(1));
        assertFalse(RULES.hasQuorum(4, 7));
        assertTrue(RULES.hasQuorum(5, 7));
        assertTrue(RULES.hasQuorum(4, 6));
        assertFalse(RULES.hasQuorum(0, 0), "no members, no meeting");
        assertEquals(3, CouncilRules.requiredPresent(1, 2, 5), "a half of 5 is 3 members");
    }

    @Test
    void higherTitlesAreVotedInSecretAtNinetyPercent() {
        assertEquals(CouncilRules.Method.SECRET, RULES.defaultMethod(Title.CSTD_TINH));
        assertEquals(CouncilRules.Method.OPEN, RULES.defaultMethod(Title.LDTT));
        assertEquals(0, new BigDecimal("90").compareTo(RULES.threshold(Title.CSTD_TQ)));
        assertEquals(0, new BigDecimal("70").compareTo(RULES.threshold(Title.CSTDCS)));
        assertEquals(0, new BigDecimal("70").compareTo(RULES.threshold(Title.TTLDTT)));
    }

    @Test
    void aChangedRuleSetChangesQuorumAndThresholds() {
        CouncilRules changed = CouncilRules.of(SeedRules.v2024().with(CouncilRules.QUORUM, "1/2")
                .with(CouncilRules.AGREE_PERCENT, 60).with(CouncilRules.SECRET_TITLES, "CSTDCS"));
        assertEquals(4, changed.requiredPresent(7));
        assertEquals(0, new BigDecimal("60").compareTo(changed.threshold(Title.LDTT)));
        assertEquals(0, new BigDecimal("90").compareTo(changed.threshold(Title.CSTDCS)));
        assertEquals(CouncilRules.Method.OPEN, changed.defaultMethod(Title.CSTD_TINH));
    }

    @Test
    void percentIsOverMembersPresentWithTwoDecimals() {
        // The contract's example: 6 present.
        assertEquals(new BigDecimal("100.00"), new CouncilTally(6, 0, 0, 6).percentAgree());
        assertEquals(new BigDecimal("83.33"), new CouncilTally(5, 1, 0, 6).percentAgree());
        assertEquals(new BigDecimal("66.67"), new CouncilTally(4, 1, 1, 6).percentAgree());
        assertEquals(new BigDecimal("71.43"), new CouncilTally(5, 0, 0, 7).percentAgree(),
                "two present members who do not vote count as not agreeing");
        assertEquals(2, new CouncilTally(5, 0, 0, 7).notVoted());
        assertEquals(new BigDecimal("0.00"), new CouncilTally(0, 0, 0, 0).percentAgree());
    }

    @Test
    void passingIsDecidedOnTheExactShareNotTheRoundedOne() {
        BigDecimal seventy = new BigDecimal("70");
        assertTrue(new CouncilTally(5, 1, 0, 6).passed(seventy));
        assertFalse(new CouncilTally(4, 1, 1, 6).passed(seventy), "66.67 % is under 70 %");
        assertTrue(new CouncilTally(7, 3, 0, 10).passed(seventy), "exactly 70 % passes");
        assertFalse(new CouncilTally(69, 31, 0, 100).passed(seventy));
        // 2 of 3 rounds to 66.67 but is 66.666…: under a threshold of 66.67.
        assertFalse(new CouncilTally(2, 1, 0, 3).passed(new BigDecimal("66.67")));
        BigDecimal ninety = new BigDecimal("90");
        assertTrue(new CouncilTally(9, 1, 0, 10).passed(ninety));
        assertFalse(new CouncilTally(8, 0, 1, 9).passed(ninety), "88.89 % is under 90 %");
        assertFalse(new CouncilTally(0, 0, 0, 0).passed(BigDecimal.ZERO), "nobody present passes nothing");
    }

    @Test
    void moreVotesThanMembersPresentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CouncilTally(4, 2, 1, 6));
        assertThrows(IllegalArgumentException.class, () -> new CouncilTally(-1, 0, 0, 6));
    }
}
