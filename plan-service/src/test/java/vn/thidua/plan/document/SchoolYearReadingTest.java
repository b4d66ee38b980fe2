package vn.thidua.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.plan.document.Documents.codes;
import static vn.thidua.plan.document.Documents.withCode;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "năm học YYYY - YYYY" in the title or, for a title naming no year, in the body names the school year
 * (issue 11): any dash, with or without spaces, the two years consecutive.
 */
class SchoolYearReadingTest {

    /** The Tràm Chim 2 fixture with the title "… năm học 2024 - 2025" and a date line of 10 March 2025. */
    static final String OWN = "ke-hoach-thi-dua-nam-hoc-2024-2025-tram-chim-2.txt";

    private final PlanTextImporter importer = new PlanTextImporter();

    private ImportResult read(String text) {
        return importer.read(text, Documents.ANY);
    }

    @Test
    void aPlanNamingItsSchoolYearIsForThatYearWhateverItsDate() {
        ImportResult result = importer.read(Documents.text(OWN), Documents.ANY);
        assertEquals("Phát động phong trào thi đua yêu nước năm học 2024 - 2025", result.document().title());
        assertEquals(LocalDate.of(2025, 3, 10), result.document().documentDate());
        // Dated March 2025: the date rule alone would have said 2023-2024 (year 2024 read as a calendar year).
        assertEquals("2024-2025", result.schoolYear());
        assertEquals(2024, result.document().year());
        assertEquals(10, result.document().contents().size());
    }

    @Test
    void theFixtureIsACalendarYearPlanAndNamesNoSchoolYear() {
        ImportResult result = importer.read(Documents.text(Documents.TRAM_CHIM_2), Documents.ANY);
        assertNull(result.schoolYear());
        assertEquals(2023, result.document().year());
    }

    @ParameterizedTest
    @ValueSource(strings = {"năm học 2024 - 2025", "năm học 2024-2025", "năm học 2024 – 2025", "năm học 2024–2025",
        "năm học 2024 — 2025", "năm học 2024—2025", "NĂM HỌC 2024 - 2025", "Năm học 2024 -2025", "năm học 2024/2025",
        "năm\u00A0học\u00A02024\u00A0-\u00A02025", "năm học 2024 \u2212 2025", "năm  học  2024 ‑ 2025"})
    void anyDashAndSpacingInTheTitle(String phrase) {
        ImportResult result = read("KẾ HOẠCH\nPhát động phong trào thi đua " + phrase + "\n\nII. NỘI DUNG\n1. Dạy tốt.\n");
        assertEquals("2024-2025", result.schoolYear(), phrase);
        assertEquals(2024, result.document().year(), phrase);
        assertEquals(java.util.List.of(), withCode(result, "SCHOOL_YEAR_NOT_CONSECUTIVE"), phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"năm học 2024 - 2026", "năm học 2025 - 2024", "năm học 2024 - 2024"})
    void yearsThatDoNotFollowEachOtherAreNoSchoolYearAndSaidSo(String phrase) {
        ImportResult result = read("Tràm Chim, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nThi đua " + phrase
                + "\n\nII. NỘI DUNG\n1. Dạy tốt.\n");
        assertNull(result.schoolYear(), phrase);
        // The date is all that is left: a calendar-year reading, and the phrase is reported as written.
        assertEquals(2025, result.document().year(), phrase);
        assertEquals(1, withCode(result, "SCHOOL_YEAR_NOT_CONSECUTIVE").size(), codes(result).toString());
        assertTrue(withCode(result, "SCHOOL_YEAR_NOT_CONSECUTIVE").get(0).message().contains(phrase));
    }

    @Test
    void aTitleWithoutAYearTakesTheSchoolYearTheBodyNames() {
        ImportResult result = read("Tràm Chim, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nPhát động phong trào thi đua\n\n"
                + "Trường xây dựng kế hoạch thi đua năm học 2024 – 2025 như sau:\nII. NỘI DUNG\n"
                + "1. Hoàn thành chỉ tiêu năm học 2024-2025.\n");
        assertEquals("2024-2025", result.schoolYear());
        assertEquals(java.util.List.of(), withCode(result, "YEAR_MISMATCH"));
    }

    @Test
    void aBodyNamingTwoSchoolYearsNamesNone() {
        ImportResult result = read("Tràm Chim, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nPhát động phong trào thi đua\n\n"
                + "Tổng kết năm học 2023 - 2024, chuẩn bị năm học 2024 - 2025.\nII. NỘI DUNG\n1. Dạy tốt.\n");
        assertNull(result.schoolYear());
        assertEquals(2025, result.document().year());
    }

    @Test
    void aCalendarYearTitleKeepsTheDateRuleEvenWhenTheBodyNamesASchoolYear() {
        ImportResult result = read("Tràm Chim, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nThi đua yêu nước năm 2025\n\n"
                + "Tiếp tục thực hiện nhiệm vụ năm học 2024 - 2025.\nII. NỘI DUNG\n1. Dạy tốt.\n");
        assertNull(result.schoolYear());
        assertEquals(2025, result.document().year());
    }

    @Test
    void theOfficesSchoolYearPlanOfJanuaryIsForThatSchoolYear() {
        // 125/KH-PGDĐT of 10 January 2024, "năm học 2023-2024": the date rule alone said 2022-2023.
        ImportResult result = importer.read(Documents.text(Documents.DISTRICT_OFFICE), Documents.ANY);
        assertEquals("2023-2024", result.schoolYear());
    }
}
