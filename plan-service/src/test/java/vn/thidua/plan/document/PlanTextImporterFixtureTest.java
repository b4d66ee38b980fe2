package vn.thidua.plan.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.plan.document.Documents.lineOf;
import static vn.thidua.plan.document.Documents.withCode;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.plan.document.PlanDocument.NumberedItem;
import vn.thidua.plan.document.PlanDocument.Recipient;
import vn.thidua.plan.document.PlanDocument.Responsibility;

/** The worked example: the 2023 plan of Trường Tiểu học Tràm Chim 2, with its real flaws. */
class PlanTextImporterFixtureTest {

    private static final String TEXT = Documents.text(Documents.TRAM_CHIM_2);
    private final PlanTextImporter importer = new PlanTextImporter();
    private final ImportResult result = importer.read(TEXT, Documents.knowing("67/KH-PGDĐT"));
    private final PlanDocument plan = result.document();

    @Test
    void readsKindTitleAndYear() {
        assertEquals("KẾ HOẠCH", plan.kind());
        assertEquals("Phát động phong trào thi đua yêu nước năm 2023", plan.title());
        assertEquals(2023, plan.year());
    }

    @Test
    void leavesWhatTheDocumentLacksEmptyAndSaysSo() {
        assertAll(
                () -> assertNull(plan.issuingBody()),
                () -> assertNull(plan.unitName()),
                () -> assertNull(plan.documentNumber()),
                () -> assertNull(plan.place()),
                () -> assertNull(plan.documentDate()));
        assertEquals(1, withCode(result, "NO_HEADER").size());
        assertEquals(1, withCode(result, "NO_DOCUMENT_NUMBER").size());
        assertEquals(1, withCode(result, "NO_DOCUMENT_DATE").size());
    }

    @Test
    void readsTheBasis() {
        assertEquals(1, plan.bases().size());
        PlanDocument.Basis basis = plan.bases().get(0);
        assertEquals("67/KH-PGDĐT", basis.documentNumber());
        assertEquals(LocalDate.of(2023, 2, 17), basis.documentDate());
        assertEquals("Ủy ban nhân dân (UBND) huyện Tam Nông", basis.issuer());
        assertTrue(basis.issuer().contains("Tam Nông"));
        assertTrue(basis.text().startsWith("Căn cứ Kế hoạch số 67/KH-PGDĐT ngày 17 tháng 02 năm 2023"));
        assertTrue(basis.text().endsWith("năm 2023;"));
    }

    @Test
    void aBasisCitingAnUnknownDocumentIsReported() {
        assertTrue(withCode(result, "UNKNOWN_BASIS_DOCUMENT").isEmpty());
        ImportResult unknown = importer.read(TEXT, Documents.knowing());
        List<ImportWarning> warnings = withCode(unknown, "UNKNOWN_BASIS_DOCUMENT");
        assertEquals(1, warnings.size());
        assertEquals(lineOf(TEXT, "Căn cứ Kế hoạch số 67/KH-PGDĐT"), warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("67/KH-PGDĐT"));
    }

    @Test
    void readsTheOccasionParagraph() {
        assertEquals(1, plan.occasions().size());
        assertTrue(plan.occasions().get(0).startsWith("Hướng tới kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh"));
        assertTrue(plan.occasions().get(0).contains("(23/02/1983 - 23/02/2023)"));
    }

    @Test
    void readsPurposesAndRequirementsAsParagraphs() {
        assertEquals(4, plan.purposes().size());
        assertTrue(plan.purposes().get(0).startsWith("Tạo khí thế thi đua sôi nổi"));
        assertTrue(plan.purposes().get(3).startsWith("Tăng cường tuyên truyền"));
        assertEquals(5, plan.requirements().size());
        assertTrue(plan.requirements().get(0).startsWith("Phong trào thi đua phải thật sự là động lực"));
        assertTrue(plan.requirements().get(4).startsWith("Chú trọng đổi mới nội dung"));
    }

    @Test
    void readsTenContentsNumberedAsWritten() {
        List<String> numbers = plan.contents().stream().map(NumberedItem::number).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), numbers);
        assertTrue(plan.contents().get(0).text().startsWith("Tiếp tục thi đua thực hiện Nghị quyết"));
        assertTrue(plan.contents().get(9).text().startsWith("Thi đua nâng cao hiệu quả công tác thanh tra"));
        assertTrue(plan.contents().stream().noneMatch(item -> item.text().contains("\n")));
    }

    @Test
    void keepsTheMeasuresGapAndWarnsOnce() {
        List<String> numbers = plan.measures().stream().map(NumberedItem::number).toList();
        assertEquals(List.of("1", "2", "3", "4", "6"), numbers);
        List<ImportWarning> gaps = withCode(result, "NUMBERING_GAP");
        assertEquals(1, gaps.size());
        assertEquals(lineOf(TEXT, "6. Căn cứ vào chức năng"), gaps.get(0).line());
        assertTrue(gaps.get(0).message().contains("thiếu số 5"), gaps.get(0).message());
        assertTrue(withCode(result, "NUMBERING_REPEAT").isEmpty());
    }

    @Test
    void keepsTextExactlyAsWrittenTyposAndStaleYearIncluded() {
        String measure4 = plan.measures().get(3).text();
        assertTrue(measure4.contains("đề đơn đốc"));
        assertTrue(measure4.contains("năm 2021"));
        assertTrue(measure4.startsWith("Đổi mới, nâng cao chất lượng hoạt động của Hội đồng Thi đua - Khen thưởng"));
        String line = TEXT.lines().filter(l -> l.startsWith("4. Đổi mới")).findFirst().orElseThrow();
        assertEquals(line.substring("4. ".length()), measure4);
    }

    @Test
    void warnsOnceForTheStaleYearOnItsLine() {
        List<ImportWarning> years = withCode(result, "YEAR_MISMATCH");
        assertEquals(1, years.size(), years.toString());
        assertEquals(lineOf(TEXT, "4. Đổi mới, nâng cao chất lượng"), years.get(0).line());
        assertTrue(years.get(0).message().contains("năm 2021"));
    }

    @Test
    void readsFiveResponsibilitiesWithTheirRoles() {
        List<String> roles = plan.responsibilities().stream().map(Responsibility::role).toList();
        assertEquals(List.of("Hiệu trưởng", "Công đoàn cơ sở", "Các tổ chuyên môn, Văn phòng", "Tổng phụ trách Đội",
                "Giáo viên, nhân viên trong đơn vị"), roles);
        assertEquals(List.of("1", "2", "3", "4", "5"),
                plan.responsibilities().stream().map(Responsibility::number).toList());
        assertTrue(plan.responsibilities().get(0).duties().startsWith("xây dựng kế hoạch, triển khai kế hoạch"));
        assertTrue(plan.responsibilities().get(2).duties().startsWith("Theo dõi việc thực hiện kế hoạch"));
        assertTrue(plan.responsibilities().get(4).duties().startsWith("căn cứ nội dung kế hoạch"));
        assertTrue(withCode(result, "NO_ROLE").isEmpty());
    }

    @Test
    void readsClosingRecipientsAndSigner() {
        assertTrue(plan.closing().startsWith("Trên đây là kế hoạch phát động phong trào thi đua yêu nước năm 2023"));
        assertTrue(plan.closing().endsWith("Tràm Chim 2./."));
        assertEquals(List.of(new Recipient("PGD&ĐT", "để báo cáo"), new Recipient("CĐCS, Chi đoàn", "p/h"),
                new Recipient("Viên chức", "t/h"), new Recipient("Lưu: Hồ sơ TĐKT", null)), plan.recipients());
        assertEquals(new PlanDocument.Signer(null, "HIỆU TRƯỞNG", "Lê Văn Định"), plan.signer());
    }

    @Test
    void givesExactlyTheExpectedWarningsInDocumentOrder() {
        assertEquals(List.of("NO_HEADER", "NO_DOCUMENT_NUMBER", "NO_DOCUMENT_DATE", "YEAR_MISMATCH", "NUMBERING_GAP"),
                Documents.codes(result));
        for (ImportWarning warning : result.warnings()) {
            assertTrue(warning.message().matches("(?s).+ \\(.+\\)"), "Vietnamese (English): " + warning.message());
        }
    }

    @Test
    void readsTheSameFromCrlfWithByteOrderMarkAndDecomposedAccents() {
        String windows = "\uFEFF" + TEXT.replace("\n", "\r\n");
        assertEquals(result, importer.read(windows, Documents.knowing("67/KH-PGDĐT")));
        String decomposed = Normalizer.normalize(TEXT, Normalizer.Form.NFD);
        assertEquals(result, importer.read(decomposed, Documents.knowing("67/KH-PGDĐT")));
    }
}
