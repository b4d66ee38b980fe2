package vn.thidua.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.plan.document.Documents.lineOf;
import static vn.thidua.plan.document.Documents.withCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.thidua.plan.document.PlanDocument.Basis;
import vn.thidua.plan.document.PlanDocument.NumberedItem;
import vn.thidua.plan.document.PlanDocument.Recipient;
import vn.thidua.plan.document.PlanDocument.Responsibility;
import vn.thidua.plan.document.PlanDocument.Signer;

/** Two more documents shaped differently from the fixture. */
class PlanTextImporterDocumentsTest {

    private static final PlanTextImporter IMPORTER = new PlanTextImporter();

    /** A district office plan: interleaved two-column header and signature, a)/b), -/+ sub-items, a repeat. */
    @Nested
    class DistrictOffice {

        private final String text = Documents.text(Documents.DISTRICT_OFFICE);
        private final ImportResult result = IMPORTER.read(text,
                new ImportContext("Phòng Giáo dục và Đào tạo", 2023, "2450/KH-SGDĐT"::equals));
        private final PlanDocument plan = result.document();

        @Test
        void readsTheInterleavedHeader() {
            assertEquals("UBND HUYỆN TAM NÔNG", plan.issuingBody());
            assertEquals("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", plan.unitName());
            assertEquals("125/KH-PGDĐT", plan.documentNumber());
            assertEquals("Tam Nông", plan.place());
            assertEquals(LocalDate.of(2024, 1, 10), plan.documentDate());
        }

        @Test
        void readsTheSchoolYearTitle() {
            assertEquals("KẾ HOẠCH", plan.kind());
            assertEquals("Phát động phong trào thi đua năm học 2023-2024", plan.title());
            assertEquals(2023, plan.year());
        }

        @Test
        void readsEveryBasisWithWhatItCites() {
            assertEquals(List.of(
                    new Basis("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", null,
                            LocalDate.of(2022, 6, 15), null),
                    new Basis("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi "
                            + "hành một số điều của Luật Thi đua, khen thưởng;", "98/2023/NĐ-CP",
                            LocalDate.of(2023, 12, 31), "Chính phủ")),
                    plan.bases().subList(0, 2));
            Basis circular = plan.bases().get(2);
            assertEquals("21/2020/TT-BGDĐT", circular.documentNumber());
            assertEquals(LocalDate.of(2020, 7, 31), circular.documentDate());
            assertEquals("Bộ Giáo dục và Đào tạo", circular.issuer());
            Basis province = plan.bases().get(3);
            assertEquals("2450/KH-SGDĐT", province.documentNumber());
            assertEquals(LocalDate.of(2023, 9, 25), province.documentDate());
            assertEquals("Sở Giáo dục và Đào tạo Đồng Tháp", province.issuer());
            Basis results = plan.bases().get(4);
            assertNull(results.documentNumber());
            assertNull(results.documentDate());
            assertNull(results.issuer());
            assertEquals(5, plan.bases().size());
        }

        @Test
        void warnsForEachCitedDocumentTheSystemDoesNotKnow() {
            List<ImportWarning> unknown = withCode(result, "UNKNOWN_BASIS_DOCUMENT");
            assertEquals(List.of(lineOf(text, "98/2023/NĐ-CP"), lineOf(text, "21/2020/TT-BGDĐT")),
                    unknown.stream().map(ImportWarning::line).toList());
        }

        @Test
        void readsTheSentenceAfterTheBasesAsTheOccasion() {
            assertEquals(List.of("Phòng Giáo dục và Đào tạo xây dựng Kế hoạch phát động phong trào thi đua năm học "
                    + "2023-2024 như sau:"), plan.occasions());
        }

        @Test
        void keepsBulletedPurposesAndJoinsSubBulletsToTheirRequirement() {
            assertEquals(3, plan.purposes().size());
            assertTrue(plan.purposes().get(0).startsWith("- Phát huy truyền thống hiếu học"));
            assertEquals(2, plan.requirements().size());
            assertEquals(List.of("- Phong trào thi đua phải có nội dung, chỉ tiêu cụ thể, phù hợp với điều kiện thực tế"
                            + " của từng đơn vị; tránh hình thức, phô trương.",
                    "+ Mỗi đơn vị trường học đăng ký danh hiệu thi đua tập thể và cá nhân trước ngày 15/10/2023."),
                    plan.requirements().get(0).lines().toList());
        }

        @Test
        void keepsSubItemsInTheirContentAndTheRepeatedNumber() {
            assertEquals(List.of("1", "2", "3", "3", "4", "5"),
                    plan.contents().stream().map(NumberedItem::number).toList());
            List<String> first = plan.contents().get(0).text().lines().toList();
            assertEquals(3, first.size());
            assertEquals("Thi đua thực hiện tốt các cuộc vận động và phong trào thi đua của ngành:", first.get(0));
            assertTrue(first.get(1).startsWith("a) Tiếp tục đẩy mạnh"));
            assertTrue(first.get(2).startsWith("b) Thực hiện phong trào thi đua"));
            List<String> second = plan.contents().get(1).text().lines().toList();
            assertEquals(5, second.size());
            assertTrue(second.get(1).startsWith("- Duy trì"));
            assertTrue(second.get(3).startsWith("+ Cấp tiểu học"));
            List<ImportWarning> repeats = withCode(result, "NUMBERING_REPEAT");
            assertEquals(1, repeats.size());
            assertEquals(lineOf(text, "3. Thi đua xây dựng trường học an toàn"), repeats.get(0).line());
            assertTrue(withCode(result, "NUMBERING_GAP").isEmpty());
        }

        @Test
        void readsMeasuresUnderADifferentHeading() {
            assertEquals(List.of("1", "2", "3"), plan.measures().stream().map(NumberedItem::number).toList());
        }

        @Test
        void keepsASectionItCannotPlaceInWarnings() {
            List<ImportWarning> sections = withCode(result, "UNKNOWN_SECTION");
            assertEquals(1, sections.size());
            assertEquals(lineOf(text, "IV. HÌNH THỨC KHEN THƯỞNG"), sections.get(0).line());
            List<ImportWarning> kept = withCode(result, "UNRECOGNISED_TEXT");
            assertEquals(2, kept.size());
            assertTrue(kept.get(0).message().contains("xét tặng danh hiệu \"Lao động tiên tiến\""));
            assertTrue(kept.get(1).message().contains("Đề nghị Chủ tịch UBND huyện tặng Giấy khen"));
        }

        @Test
        void readsRolesBeforeTheColonAndWarnsWhenThereIsNone() {
            assertEquals(List.of(
                    new Responsibility("1", "Lãnh đạo Phòng", "Chỉ đạo chung việc tổ chức phong trào thi đua; phân công "
                            + "lãnh đạo phụ trách theo dõi từng cấp học."),
                    new Responsibility("2", "Bộ phận Thi đua - Khen thưởng", "Tham mưu tổ chức phát động, theo dõi, tổng"
                            + " hợp kết quả phong trào thi đua; hướng dẫn hồ sơ, thủ tục khen thưởng.")),
                    plan.responsibilities().subList(0, 2));
            assertEquals("Thủ trưởng các đơn vị trường học", plan.responsibilities().get(2).role());
            Responsibility union = plan.responsibilities().get(3);
            assertNull(union.role());
            assertTrue(union.duties().startsWith("Đề nghị Công đoàn ngành Giáo dục huyện"));
            assertEquals(List.of(lineOf(text, "4. Đề nghị Công đoàn")),
                    withCode(result, "NO_ROLE").stream().map(ImportWarning::line).toList());
        }

        @Test
        void readsTheInterleavedSignatureBlock() {
            assertTrue(plan.closing().startsWith("Trên đây là Kế hoạch phát động phong trào thi đua năm học 2023-2024"));
            assertEquals(List.of(new Recipient("UBND huyện", "b/c"), new Recipient("Sở GDĐT Đồng Tháp", "b/c"),
                    new Recipient("Các trường MN, TH, THCS", "t/h"), new Recipient("Lưu: VT, TĐKT", null)),
                    plan.recipients());
            assertEquals(new Signer(null, "TRƯỞNG PHÒNG", "Nguyễn Thị Thanh Hương"), plan.signer());
        }

        @Test
        void givesNoOtherWarnings() {
            // "năm 2022" after "Luật Thi đua, khen thưởng", "đến năm 2025" and "giai đoạn 2021-2025" are not stale.
            assertEquals(List.of("UNKNOWN_BASIS_DOCUMENT", "UNKNOWN_BASIS_DOCUMENT", "NUMBERING_REPEAT",
                    "UNKNOWN_SECTION", "UNRECOGNISED_TEXT", "UNRECOGNISED_TEXT", "NO_ROLE"), Documents.codes(result));
        }
    }

    /** A secondary school plan: stacked header, Arabic sections, letters with đ, bullets, KT. signer. */
    @Nested
    class SecondarySchool {

        private final String text = Documents.text(Documents.SECONDARY_SCHOOL);
        private final ImportResult result = IMPORTER.read(text,
                new ImportContext("Trường THCS Tràm Chim", 2024, "156/KH-PGDĐT"::equals));
        private final PlanDocument plan = result.document();

        @Test
        void readsTheStackedHeader() {
            assertEquals("UBND HUYỆN TAM NÔNG", plan.issuingBody());
            assertEquals("TRƯỜNG THCS TRÀM CHIM", plan.unitName());
            assertEquals("08/KH-THCSTC", plan.documentNumber());
            assertEquals("Tràm Chim", plan.place());
            assertEquals(LocalDate.of(2024, 9, 18), plan.documentDate());
        }

        @Test
        void joinsATitleWrappedOverTwoLines() {
            assertEquals("Tổ chức phong trào thi đua \"Dạy tốt - Học tốt\" năm học 2024 - 2025", plan.title());
            assertEquals(2024, plan.year());
        }

        @Test
        void readsAnImplementedOfficePlanAsABasis() {
            assertEquals(2, plan.bases().size());
            Basis office = plan.bases().get(0);
            assertEquals("156/KH-PGDĐT", office.documentNumber());
            assertEquals(LocalDate.of(2024, 9, 12), office.documentDate());
            assertEquals("Phòng Giáo dục và Đào tạo huyện Tam Nông", office.issuer());
            Basis rules = plan.bases().get(1);
            assertEquals("25/QĐ-THCSTC", rules.documentNumber());
            assertEquals(LocalDate.of(2023, 9, 5), rules.documentDate());
            assertEquals("Hiệu trưởng", rules.issuer());
            assertEquals(List.of(lineOf(text, "25/QĐ-THCSTC")),
                    withCode(result, "UNKNOWN_BASIS_DOCUMENT").stream().map(ImportWarning::line).toList());
        }

        @Test
        void readsArabicNumberedSectionsAndOutlineSubHeadings() {
            assertEquals(1, plan.occasions().size());
            assertTrue(plan.occasions().get(0).startsWith("Chào mừng kỷ niệm 48 năm Ngày thành lập trường (năm 1976)"));
            assertEquals(2, plan.purposes().size());
            assertEquals(2, plan.requirements().size());
            assertTrue(plan.requirements().get(1).endsWith("kế thừa kết quả đánh giá viên chức năm học 2023-2024."));
        }

        @Test
        void readsLetteredContentsWithVietnameseĐAsNoGap() {
            assertEquals(List.of("a", "b", "c", "d", "đ", "e"),
                    plan.contents().stream().map(NumberedItem::number).toList());
            assertTrue(plan.contents().get(0).text().startsWith("Thi đua dạy tốt: thực hiện đúng, đủ chương trình"));
            assertTrue(withCode(result, "NUMBERING_GAP").isEmpty());
        }

        @Test
        void keepsBulletsAsTheMeasuresNumbers() {
            assertEquals(List.of("-", "-", "-"), plan.measures().stream().map(NumberedItem::number).toList());
            assertTrue(plan.measures().get(1).text().startsWith("Mỗi tổ chuyên môn đăng ký ít nhất 01 chuyên đề"));
        }

        @Test
        void readsRolesFromTheLexiconAndBeforeALineEndingColon() {
            List<String> roles = plan.responsibilities().stream().map(Responsibility::role).toList();
            assertEquals(List.of("Hiệu trưởng", "Phó Hiệu trưởng", "Tổ trưởng chuyên môn, tổ trưởng Văn phòng",
                    "Chi đoàn, Liên đội", "Giáo viên chủ nhiệm"), roles);
            assertEquals("- Đăng ký danh hiệu thi đua của lớp;\n- Theo dõi, nhận xét việc học tập, rèn luyện của học sinh.",
                    plan.responsibilities().get(4).duties());
            assertEquals("chỉ đạo tổ chuyên môn thực hiện các nội dung thi đua dạy tốt, học tốt; theo dõi, đánh giá kết "
                    + "quả hằng tháng.", plan.responsibilities().get(1).duties());
        }

        @Test
        void warnsForTheStaleSchoolYearButNotForPastResultsOrTheFoundingYear() {
            List<ImportWarning> years = withCode(result, "YEAR_MISMATCH");
            assertEquals(1, years.size());
            assertEquals(lineOf(text, "d) Thi đua ứng dụng công nghệ thông tin"), years.get(0).line());
            assertTrue(years.get(0).message().contains("năm học 2023-2024"));
        }

        @Test
        void readsRecipientsWithoutPurposeAndAnOnBehalfSigner() {
            assertEquals(List.of(new Recipient("Phòng GDĐT huyện Tam Nông", null),
                    new Recipient("Chi bộ, Công đoàn, Chi đoàn", null),
                    new Recipient("Các tổ chuyên môn, tổ Văn phòng", null), new Recipient("Đăng website trường", null),
                    new Recipient("Lưu: VT", null)), plan.recipients());
            assertEquals(new Signer("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Trần Minh Khoa"), plan.signer());
        }

        @Test
        void givesNoOtherWarnings() {
            assertEquals(List.of("UNKNOWN_BASIS_DOCUMENT", "YEAR_MISMATCH", "UNKNOWN_SECTION", "UNRECOGNISED_TEXT"),
                    Documents.codes(result));
            assertTrue(withCode(result, "UNRECOGNISED_TEXT").get(0).message()
                    .contains("Quy chế chi tiêu nội bộ năm 2024"));
        }

        @Test
        void comparesTheHeaderWithTheExpectedUnitAndYear() {
            ImportResult other = IMPORTER.read(text,
                    new ImportContext("Trường THCS Phú Cường", 2023, number -> true));
            assertEquals(List.of(lineOf(text, "TRƯỜNG THCS TRÀM CHIM")),
                    withCode(other, "UNIT_MISMATCH").stream().map(ImportWarning::line).toList());
            assertEquals(1, withCode(other, "CONTEXT_YEAR_MISMATCH").size());
        }
    }
}
