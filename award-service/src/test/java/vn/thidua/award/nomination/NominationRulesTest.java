package vn.thidua.award.nomination;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.award.nomination.NominationRules.Existing;
import vn.thidua.award.nomination.NominationRules.NomineeType;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.SeedRules;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.security.UnitTree;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The authority lookup, the one-achievement rule and the tờ trình, as plain functions. */
class NominationRulesTest {

    static final String STAFF_A = "STAFF:1227678e-405b-56a7-8002-857a6cff03e0";
    static final String YEAR = "2024-2025";

    @Test
    void seededAuthorityTableDecidesLdttAtSchoolAndCstdcsAtTheOffice() {
        RuleSet rules = SeedRules.v2024();
        assertEquals("SCHOOL", NominationRules.authority(rules, Title.LDTT, "INDIVIDUAL").orElseThrow().decidedAtLevel());
        assertEquals("OFFICE", NominationRules.authority(rules, Title.CSTDCS, "INDIVIDUAL").orElseThrow().decidedAtLevel());
        assertEquals("OFFICE", NominationRules.authority(rules, Title.GIAY_KHEN, "INDIVIDUAL").orElseThrow()
                .decidedAtLevel());
        assertEquals("SCHOOL", NominationRules.authority(rules, Title.TTLDTT, "GROUP").orElseThrow().decidedAtLevel());
        assertEquals("OFFICE", NominationRules.authority(rules, Title.TTLDTT, "SCHOOL").orElseThrow().decidedAtLevel());
        assertEquals("PROVINCE", NominationRules.authority(rules, Title.BANG_KHEN, "INDIVIDUAL").orElseThrow()
                .decidedAtLevel());
        // No row: an individual title for a collective, or the reverse.
        assertEquals(Optional.empty(), NominationRules.authority(rules, Title.LDTT, "GROUP"));
        assertEquals(Optional.empty(), NominationRules.authority(rules, Title.TTLDXS, "INDIVIDUAL"));
    }

    @Test
    void recipientFollowsTheNomineeAndTheSchool() {
        assertEquals("INDIVIDUAL", NominationRules.recipient(NomineeType.STAFF, "x", "TH-TRAMCHIM2"));
        assertEquals("SCHOOL", NominationRules.recipient(NomineeType.COLLECTIVE, "TH-TRAMCHIM2", "TH-TRAMCHIM2"));
        assertEquals("GROUP", NominationRules.recipient(NomineeType.COLLECTIVE, "TO-KHOI-1", "TH-TRAMCHIM2"));
    }

    @Test
    void deciderUnitIsTheNearestUnitAtTheLevelAndACommuneStandsForTheOffice() {
        List<UnitTree.Node> path = List.of(new UnitTree.Node("PGD-TAMNONG", "Phòng GD&ĐT Tam Nông", "OFFICE", "DONGTHAP"),
                new UnitTree.Node("DONGTHAP", "Sở GD&ĐT Đồng Tháp", "PROVINCE", null));
        assertEquals(Optional.of("PGD-TAMNONG"), NominationRules.deciderUnit("OFFICE", path));
        assertEquals(Optional.of("DONGTHAP"), NominationRules.deciderUnit("PROVINCE", path));
        assertEquals(Optional.empty(), NominationRules.deciderUnit("NATIONAL", path));
        List<UnitTree.Node> after2025 = List.of(new UnitTree.Node("XA-TAMNONG", "UBND xã Tam Nông", "COMMUNE", "DONGTHAP"),
                new UnitTree.Node("DONGTHAP", "Sở GD&ĐT Đồng Tháp", "PROVINCE", null));
        assertEquals(Optional.of("XA-TAMNONG"), NominationRules.deciderUnit("OFFICE", after2025));
    }

    @Test
    void groupCodesOfTwoSchoolsAreTwoNominees() {
        assertFalse(NominationRules.nomineeKey(NomineeType.COLLECTIVE, "TO-KHOI-1", "TH-TRAMCHIM2")
                .equals(NominationRules.nomineeKey(NomineeType.COLLECTIVE, "TO-KHOI-1", "TH-HOAAN")));
    }

    @Test
    void achievementKeyIgnoresAccentsCaseAndSpacesAndDefaultsToTheWholeYear() {
        assertEquals(NominationRules.achievementKey(STAFF_A, YEAR, "Sáng kiến  rèn đọc lớp 1"),
                NominationRules.achievementKey(STAFF_A, YEAR, "sang kien ren doc lop 1"));
        assertEquals(NominationRules.achievementKey(STAFF_A, YEAR, null),
                NominationRules.achievementKey(STAFF_A, YEAR, " "));
        assertFalse(NominationRules.achievementKey(STAFF_A, YEAR, null)
                .equals(NominationRules.achievementKey(STAFF_A, "2023-2024", null)));
    }

    static Existing nomination(String id, Title award, String achievement) {
        return new Existing(id, STAFF_A, YEAR, award, NominationRules.achievementKey(STAFF_A, YEAR, achievement));
    }

    @Test
    void oneAchievementIsNotRewardedWithTwoForms() {
        List<Existing> live = List.of(nomination("gk", Title.GIAY_KHEN, "Sáng kiến rèn đọc"));
        assertEquals("gk", NominationRules.duplicateOf(nomination("bk", Title.BANG_KHEN, "sang kien ren doc"), live)
                .orElseThrow().id());
        assertEquals("gk", NominationRules.duplicateOf(nomination("gk2", Title.GIAY_KHEN, "Sáng kiến rèn đọc"), live)
                .orElseThrow().id(), "the same form twice is rewarding twice too");
        // Another achievement of the same person, and a title for the same year's work, are not duplicates.
        assertTrue(NominationRules.duplicateOf(nomination("bk", Title.BANG_KHEN, "Giải nhất giáo viên dạy giỏi"), live)
                .isEmpty());
        assertTrue(NominationRules.duplicateOf(nomination("ldtt", Title.LDTT, "Sáng kiến rèn đọc"), live).isEmpty());
    }

    @Test
    void theSameTitleTwiceForOneNomineeAndYearIsADuplicate() {
        List<Existing> live = List.of(nomination("ldtt", Title.LDTT, null), nomination("gk", Title.GIAY_KHEN, null));
        assertEquals("ldtt", NominationRules.duplicateOf(nomination("again", Title.LDTT, "khác"), live).orElseThrow().id());
        assertTrue(NominationRules.duplicateOf(nomination("cs", Title.CSTDCS, null), live).isEmpty(),
                "CSTĐCS beside LĐTT is another title");
        Existing otherYear = new Existing("old", STAFF_A, "2023-2024", Title.LDTT,
                NominationRules.achievementKey(STAFF_A, "2023-2024", null));
        assertTrue(NominationRules.duplicateOf(nomination("new", Title.LDTT, null), List.of(otherYear)).isEmpty());
    }

    @Test
    void submissionStatusFollowsItsItems() {
        assertEquals("SUBMITTED", NominationRules.submissionStatus(List.of("APPROVED", "REJECTED")));
        assertEquals("SUBMITTED", NominationRules.submissionStatus(List.of("SUBMITTED", "DECIDED")));
        assertEquals("DECIDED", NominationRules.submissionStatus(List.of("DECIDED", "REJECTED")));
        assertEquals("DECIDED", NominationRules.submissionStatus(List.of("REVOKED")));
        assertEquals("REJECTED", NominationRules.submissionStatus(List.of("REJECTED", "REJECTED")));
    }

    @Test
    void eligibilityIsCheckedForRuledTitlesOnly() {
        assertTrue(NominationRules.hasEligibilityRules(NomineeType.STAFF, Title.CSTDCS));
        assertTrue(NominationRules.hasEligibilityRules(NomineeType.COLLECTIVE, Title.TTLDXS));
        assertFalse(NominationRules.hasEligibilityRules(NomineeType.STAFF, Title.BANG_KHEN));
    }

    @Test
    void submissionDocumentListsEveryNomineeWithItsAchievement() throws Exception {
        SubmissionDocument.Content content = new SubmissionDocument.Content("Phòng GD&ĐT Tam Nông",
                "Trường Tiểu học Tràm Chim 2", "15/TTr-THTC2", LocalDate.of(2025, 6, 5), "Phòng GD&ĐT Tam Nông",
                YEAR, List.of("Luật Thi đua, khen thưởng số 06/2022/QH15"),
                List.of(new SubmissionDocument.Row("Nguyễn Thị Lan", "Chiến sĩ thi đua cơ sở",
                        "Sáng kiến <rèn đọc> cho học sinh lớp 1 được công nhận cấp trường", List.of("https://x/sk.pdf"))),
                "Lê Văn Định");
        String html = SubmissionDocument.html(content);
        assertTrue(html.contains("TỜ TRÌNH"));
        assertTrue(html.contains("Kính gửi: Phòng GD&amp;ĐT Tam Nông."));
        assertTrue(html.contains("Số: 15/TTr-THTC2"));
        assertTrue(html.contains("ngày 05 tháng 06 năm 2025"));
        assertTrue(html.contains("<td>Nguyễn Thị Lan</td><td>Chiến sĩ thi đua cơ sở</td>"));
        assertTrue(html.contains("Sáng kiến &lt;rèn đọc&gt;"), "escaped");
        assertTrue(html.contains("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;"));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(SubmissionDocument.docx(content)))) {
            var list = docx.getTables().get(1);
            assertEquals(2, list.getRows().size());
            assertEquals("Nguyễn Thị Lan", list.getRow(1).getCell(1).getText());
            assertTrue(list.getRow(1).getCell(3).getText().startsWith("Sáng kiến <rèn đọc>"));
            assertTrue(docx.getParagraphs().stream().anyMatch(p -> p.getText().equals("TỜ TRÌNH")));
            assertEquals("Lê Văn Định", docx.getTables().get(2).getRow(0).getCell(1).getParagraphs()
                    .get(4).getText());
        }
    }
}
