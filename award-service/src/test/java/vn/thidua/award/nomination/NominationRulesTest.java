package vn.thidua.award.nomination;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.award.nomination.NominationRules.Existing;
import vn.thidua.award.nomination.NominationRules.NomineeType;
import vn.thidua.award.rules.AuthorityRules;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.security.UnitTree;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The authority routing, the one-achievement rule and the tờ trình, as plain functions. */
class NominationRulesTest {

    static final String STAFF_A = "STAFF:1227678e-405b-56a7-8002-857a6cff03e0";
    static final String YEAR = "2024-2025";

    static final AuthorityRules.Row SUPERIOR = new AuthorityRules.Row(Title.LDTT, "INDIVIDUAL",
            LocalDate.of(2025, 7, 1), null, "SUPERIOR", "Chủ tịch UBND cấp xã hoặc Giám đốc Sở", "NĐ 152/2025 [text]", true);

    static UnitTree.Node node(String code, String level, String parent) {
        return new UnitTree.Node(code, code, level, parent);
    }

    @Test
    void theSuperiorIsTheNearestUnitAboveTheSchoolWhateverItsLevel() {
        LocalDate day = LocalDate.of(2025, 9, 1);
        List<UnitTree.Node> office = List.of(node("TH-A", "SCHOOL", "PGD"), node("PGD", "OFFICE", "DT"),
                node("DT", "PROVINCE", null));
        List<UnitTree.Node> commune = List.of(node("TH-A", "SCHOOL", "XA"), node("XA", "COMMUNE", "DT"),
                node("DT", "PROVINCE", null));
        List<UnitTree.Node> so = List.of(node("THPT-A", "SCHOOL", "SGD"), node("SGD", "DEPARTMENT", "DT"),
                node("DT", "PROVINCE", null));
        assertEquals("PGD", AuthorityRules.route(SUPERIOR, office, day).unitCode());
        assertEquals("OFFICE", AuthorityRules.route(SUPERIOR, office, day).level());
        assertEquals("XA", AuthorityRules.route(SUPERIOR, commune, day).unitCode());
        assertEquals("Chủ tịch UBND cấp xã", AuthorityRules.route(SUPERIOR, commune, day).decider());
        assertEquals("DEPARTMENT", AuthorityRules.route(SUPERIOR, so, day).level());
        assertEquals("Giám đốc Sở Giáo dục và Đào tạo", AuthorityRules.route(SUPERIOR, so, day).decider());
        AuthorityRules.Row province = new AuthorityRules.Row(Title.TTLDXS, "SCHOOL", day, null, "PROVINCE",
                "Chủ tịch UBND tỉnh", "x", true);
        assertEquals("DT", AuthorityRules.route(province, commune, day).unitCode());
        AuthorityRules.Row national = new AuthorityRules.Row(Title.CSTD_TQ, "INDIVIDUAL", day, null, "NATIONAL",
                "Thủ tướng Chính phủ", "x", false);
        assertEquals(null, AuthorityRules.route(national, commune, day).unitCode());
        AuthorityRules.Row school = new AuthorityRules.Row(Title.LDTT, "INDIVIDUAL", LocalDate.of(2000, 1, 1),
                LocalDate.of(2023, 12, 31), "SCHOOL", "Hiệu trưởng", "x", false);
        assertTrue(AuthorityRules.route(school, office, LocalDate.of(2023, 5, 30)).schoolDecides());
        assertEquals("TH-A", AuthorityRules.route(school, office, LocalDate.of(2023, 5, 30)).unitCode());
        // Rows by date: the one covering the day, none for a recipient without a row.
        List<AuthorityRules.Row> rows = List.of(school, SUPERIOR);
        assertEquals(school, AuthorityRules.row(rows, Title.LDTT, "INDIVIDUAL", LocalDate.of(2023, 12, 31)).orElseThrow());
        assertEquals(Optional.empty(), AuthorityRules.row(rows, Title.LDTT, "INDIVIDUAL", LocalDate.of(2024, 3, 1)));
        assertEquals(SUPERIOR, AuthorityRules.row(rows, Title.LDTT, "INDIVIDUAL", day).orElseThrow());
        assertEquals(Optional.empty(), AuthorityRules.row(rows, Title.LDTT, "GROUP", day));
    }

    @Test
    void recipientFollowsTheNomineeAndTheSchool() {
        assertEquals("INDIVIDUAL", NominationRules.recipient(NomineeType.STAFF, "x", "TH-TRAMCHIM2"));
        assertEquals("SCHOOL", NominationRules.recipient(NomineeType.COLLECTIVE, "TH-TRAMCHIM2", "TH-TRAMCHIM2"));
        assertEquals("GROUP", NominationRules.recipient(NomineeType.COLLECTIVE, "TO-KHOI-1", "TH-TRAMCHIM2"));
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
