package vn.thidua.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.plan.document.Documents.codes;
import static vn.thidua.plan.document.Documents.withCode;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.plan.document.PlanDocument.NumberedItem;
import vn.thidua.plan.document.PlanDocument.Recipient;
import vn.thidua.plan.document.PlanDocument.Signer;

/** The reading rules one at a time, on short documents. */
class PlanTextImporterRulesTest {

    private static final String TOP = "KẾ HOẠCH\nThi đua năm 2023\n\n";
    private final PlanTextImporter importer = new PlanTextImporter();

    private ImportResult read(String text) {
        return importer.read(text, Documents.ANY);
    }

    private static List<String> numbers(List<NumberedItem> items) {
        return items.stream().map(NumberedItem::number).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"II. NỘI DUNG THỰC HIỆN", "II. NỘI DUNG THI ĐUA", "II. CÁC NỘI DUNG THI ĐUA",
        "2. Nội dung thi đua", "NỘI DUNG THI ĐUA", "II. Noi dung thi dua", "II - CÁC NỘI DUNG THI ĐUA:",
        "Phần II. NỘI DUNG"})
    void recognisesContentsHeadingsHoweverWritten(String heading) {
        ImportResult result = read(TOP + heading + "\n1. Thi đua dạy tốt.\n2. Thi đua học tốt.\n");
        assertEquals(List.of("1", "2"), numbers(result.document().contents()), codes(result).toString());
        assertEquals("Thi đua dạy tốt.", result.document().contents().get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"III. GIẢI PHÁP THỰC HIỆN", "III. BIỆN PHÁP", "3. Các giải pháp thực hiện",
        "III. BIEN PHAP THUC HIEN", "III. NHIỆM VỤ VÀ GIẢI PHÁP"})
    void recognisesMeasuresHeadings(String heading) {
        ImportResult result = read(TOP + "II. NỘI DUNG\n1. Thi đua dạy tốt.\n" + heading + "\n1. Phát động.\n");
        assertEquals(List.of("1"), numbers(result.document().measures()));
        assertEquals("Phát động.", result.document().measures().get(0).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I. MỤC ĐÍCH - YÊU CẦU|1. Mục đích|2. Yêu cầu",
        "I. MỤC ĐÍCH, YÊU CẦU|a) Mục đích:|b) Yêu cầu:",
        "I. Mục đích và yêu cầu|Mục đích|Yêu cầu",
        "I. MUC DICH - YEU CAU|1.1. Mục đích|1.2. Yêu cầu",
        "1. MỤC ĐÍCH – YÊU CẦU|1.1 Mục đích|1.2 Yêu cầu"})
    void recognisesPurposeAndRequirementHeadings(String section, String purposes, String requirements) {
        ImportResult result = read(TOP + section + "\n" + purposes + "\nTạo khí thế thi đua.\nNâng cao chất lượng.\n"
                + requirements + "\nThi đua thiết thực.\n");
        assertEquals(List.of("Tạo khí thế thi đua.", "Nâng cao chất lượng."), result.document().purposes());
        assertEquals(List.of("Thi đua thiết thực."), result.document().requirements());
    }

    @Test
    void readsPurposesAndRequirementsAsSeparateSections() {
        ImportResult result = read(TOP + "I. MỤC ĐÍCH\nTạo khí thế.\nII. YÊU CẦU\nThiết thực.\nIII. NỘI DUNG\n1. Dạy tốt.\n");
        assertEquals(List.of("Tạo khí thế."), result.document().purposes());
        assertEquals(List.of("Thiết thực."), result.document().requirements());
        assertEquals(1, result.document().contents().size());
    }

    @Test
    void readsAParagraphOnTheSubHeadingLine() {
        ImportResult result = read(TOP + "I. MỤC ĐÍCH - YÊU CẦU\n1. Mục đích: Tạo khí thế thi đua.\n"
                + "2. Yêu cầu: Thiết thực, hiệu quả.\n");
        assertEquals(List.of("Tạo khí thế thi đua."), result.document().purposes());
        assertEquals(List.of("Thiết thực, hiệu quả."), result.document().requirements());
    }

    @Test
    void readsUnsplitPurposesAsPurposesWithAWarning() {
        String text = TOP + "I. MỤC ĐÍCH, YÊU CẦU\nTạo khí thế.\nThiết thực.\n";
        ImportResult result = read(text);
        assertEquals(List.of("Tạo khí thế.", "Thiết thực."), result.document().purposes());
        assertEquals(List.of(5), withCode(result, "UNSPLIT_PURPOSES").stream().map(ImportWarning::line).toList());
    }

    @ParameterizedTest
    @MethodSource
    void readsEveryListMarkerStyle(String items, List<String> expected) {
        assertEquals(expected, numbers(read(TOP + "II. NỘI DUNG THI ĐUA\n" + items).document().contents()));
    }

    static Stream<Arguments> readsEveryListMarkerStyle() {
        return Stream.of(
                Arguments.of("1) Dạy tốt.\n2) Học tốt.\n", List.of("1", "2")),
                Arguments.of("1/ Dạy tốt.\n2/ Học tốt.\n", List.of("1", "2")),
                Arguments.of("1.\tDạy tốt.\n2.\tHọc tốt.\n", List.of("1", "2")),
                Arguments.of("a. Dạy tốt.\nb. Học tốt.\n", List.of("a", "b")),
                Arguments.of("a) Dạy tốt.\nb) Học tốt.\n", List.of("a", "b")),
                Arguments.of("- Dạy tốt.\n- Học tốt.\n", List.of("-", "-")),
                Arguments.of("• Dạy tốt.\n• Học tốt.\n", List.of("•", "•")),
                Arguments.of("+ Dạy tốt.\n+ Học tốt.\n", List.of("+", "+")),
                Arguments.of("2.1. Dạy tốt.\n2.2. Học tốt.\n", List.of("2.1", "2.2")));
    }

    @Test
    void joinsSubItemsAndContinuationParagraphsToTheirItem() {
        ImportResult result = read(TOP + "II. NỘI DUNG THI ĐUA\n1. Dạy tốt:\na) Soạn bài.\n- Đúng hạn;\n"
                + "+ Có chất lượng.\nĐoạn tiếp theo.\n2. Học tốt.\n");
        assertEquals(List.of(new NumberedItem("1", "Dạy tốt:\na) Soạn bài.\n- Đúng hạn;\n+ Có chất lượng.\n"
                + "Đoạn tiếp theo."), new NumberedItem("2", "Học tốt.")), result.document().contents());
    }

    @Test
    void keepsALeadInSentenceInAWarningAndReadsUnnumberedContents() {
        String text = TOP + "II. NỘI DUNG THI ĐUA\nGồm các nội dung sau:\nThi đua dạy tốt.\nThi đua học tốt.\n";
        ImportResult result = read(text);
        assertEquals(List.of(new NumberedItem(null, "Thi đua dạy tốt."), new NumberedItem(null, "Thi đua học tốt.")),
                result.document().contents());
        List<ImportWarning> kept = withCode(result, "UNRECOGNISED_TEXT");
        assertEquals(1, kept.size());
        assertEquals(5, kept.get(0).line());
        assertTrue(kept.get(0).message().contains("«Gồm các nội dung sau:»"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1. A.;2. B.;3. C.||",
        "2. A.;3. B.|NUMBERING_GAP|thiếu số 1",
        "1. A.;2. B.;5. C.|NUMBERING_GAP|thiếu số 3, 4",
        "1. A.;2. B.;9. C.|NUMBERING_GAP|thiếu số 3–8",
        "1. A.;2. B.;2. C.|NUMBERING_REPEAT|số 2 lặp lại",
        "1. A.;3. B.;2. C.|NUMBERING_GAP,NUMBERING_ORDER|số 2 đứng sau số 3",
        "a) A.;b) B.;d) C.|NUMBERING_GAP|thiếu số c",
        "a) A.;b) B.;c) C.;d) D.;đ) E.;e) F.;g) G.||",
        "a) A.;b) B.;c) C.;d) D.;e) E.;f) F.||"})
    void checksNumberingWithoutRenumbering(String items, String expectedCodes, String message) {
        ImportResult result = read(TOP + "II. NỘI DUNG THI ĐUA\n" + items.replace(';', '\n') + "\n");
        List<String> numbering = codes(result).stream().filter(code -> code.startsWith("NUMBERING")).toList();
        assertEquals(expectedCodes == null ? List.of() : List.of(expectedCodes.split(",")), numbering);
        if (message != null) {
            assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains(message)),
                    result.warnings().toString());
        }
        assertEquals(items.split(";").length, result.document().contents().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kỷ niệm 40 năm Ngày tái lập huyện (23/02/1983 - 23/02/2023).",
        "Phấn đấu đến năm 2025 có thêm trường đạt chuẩn.",
        "Thực hiện Luật Thi đua, khen thưởng năm 2022.",
        "Kỷ niệm ngày thành lập trường năm 1976.",
        "Kế hoạch ban hành ngày 15 tháng 6 năm 2022 được thực hiện.",
        "Thực hiện chương trình giai đoạn năm 2021 - 2025.",
        "Phát huy kết quả đạt được năm 2022.",
        "Duy trì từ năm 2020 đến nay.",
        "Hoàn thành nhiệm vụ năm 2023.",
        "Hoàn thành nhiệm vụ năm học 2022-2023 và năm học 2023-2024."})
    void doesNotFlagYearsThatBelongThere(String sentence) {
        ImportResult result = read(TOP + "II. NỘI DUNG THI ĐUA\n1. " + sentence + "\n");
        assertTrue(withCode(result, "YEAR_MISMATCH").isEmpty(), result.warnings().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Xây dựng kế hoạch công tác của Hội đồng năm 2021.|1",
        "Hoàn thành nhiệm vụ năm 2022.|1",
        "Phấn đấu hoàn thành chỉ tiêu năm 2024.|1",
        "Tổ chức năm 2021, sơ kết năm 2021.|2",
        "Thực hiện nhiệm vụ năm học 2020-2021.|1",
        "Thực hiện chương trình năm 2019 - 2020.|1"})
    void flagsEveryStaleYearOnItsLine(String sentence, int count) {
        ImportResult result = read(TOP + "II. NỘI DUNG THI ĐUA\n1. Dạy tốt.\n2. " + sentence + "\n");
        List<ImportWarning> years = withCode(result, "YEAR_MISMATCH");
        assertEquals(count, years.size(), years.toString());
        assertTrue(years.stream().allMatch(warning -> warning.line() == 6));
    }

    @Test
    void checksYearsAgainstBothYearsOfASchoolYear() {
        String text = "KẾ HOẠCH\nThi đua năm học 2023-2024\n\nII. NỘI DUNG\n1. Tổng kết năm 2024.\n"
                + "2. Thực hiện nhiệm vụ năm học 2022-2023.\n3. Hoàn thành nhiệm vụ năm 2022.\n";
        ImportResult result = read(text);
        assertEquals(2023, result.document().year());
        assertEquals(List.of(6, 7), withCode(result, "YEAR_MISMATCH").stream().map(ImportWarning::line).toList());
    }

    @Test
    void takesTheYearFromTheDateOrTheContextWhenTheTitleHasNone() {
        String dated = "TRƯỜNG TIỂU HỌC AN HÒA\nAn Hòa, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nThi đua\n";
        assertEquals(2024, read(dated).document().year());
        ImportResult hinted = importer.read("KẾ HOẠCH\nThi đua\n", new ImportContext(null, 2022, n -> true));
        assertEquals(2022, hinted.document().year());
        assertTrue(withCode(hinted, "NO_YEAR").isEmpty());
        ImportResult none = read("KẾ HOẠCH\nThi đua\n");
        assertNull(none.document().year());
        assertEquals(1, withCode(none, "NO_YEAR").size());
    }

    @Test
    void aCalendarYearPlanAgreesWithTheSchoolYearItFallsIn() {
        ImportResult sameSchoolYear = importer.read(TOP, new ImportContext(null, 2022, n -> true));
        assertTrue(withCode(sameSchoolYear, "CONTEXT_YEAR_MISMATCH").isEmpty());
        ImportResult other = importer.read(TOP, new ImportContext(null, 2020, n -> true));
        assertEquals(List.of(2), withCode(other, "CONTEXT_YEAR_MISMATCH").stream().map(ImportWarning::line).toList());
        assertEquals(2023, other.document().year());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hiệu trưởng: chỉ đạo chung.|Hiệu trưởng|chỉ đạo chung.",
        "Hiệu trưởng chỉ đạo thực hiện các nội dung sau:|Hiệu trưởng|chỉ đạo thực hiện các nội dung sau:",
        "Bộ phận y tế trường học:|Bộ phận y tế trường học|",
        "Ban Giám hiệu và các tổ trưởng chuyên môn theo dõi việc thực hiện.|Ban Giám hiệu và các tổ trưởng chuyên môn|"
                + "theo dõi việc thực hiện.",
        "Kế toán, văn thư lập dự toán kinh phí.|Kế toán, văn thư|lập dự toán kinh phí.",
        "Giáo viên chủ nhiệm các lớp phối hợp với phụ huynh.|Giáo viên chủ nhiệm các lớp|phối hợp với phụ huynh.",
        "PHÓ HIỆU TRƯỞNG phụ trách chuyên môn.|PHÓ HIỆU TRƯỞNG|phụ trách chuyên môn."})
    void splitsRoleAndDuties(String line, String role, String rest) {
        assertEquals(new Roles.Split(role, rest == null ? "" : rest), Roles.split(line));
    }

    @Test
    void warnsWhenAResponsibilityNamesNoRole() {
        ImportResult result = read(TOP + "IV. TỔ CHỨC THỰC HIỆN\n1. Đề nghị các đoàn thể phối hợp thực hiện.\n");
        assertNull(result.document().responsibilities().get(0).role());
        assertEquals("Đề nghị các đoàn thể phối hợp thực hiện.", result.document().responsibilities().get(0).duties());
        assertEquals(List.of(5), withCode(result, "NO_ROLE").stream().map(ImportWarning::line).toList());
    }

    @Test
    void readsATabInterleavedHeaderAndSignature() {
        String text = "PHÒNG GD&ĐT TAM NÔNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "TRƯỜNG TIỂU HỌC TRÀM CHIM 2\tĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 15/KH-THTC2\tTràm Chim, ngày 20 tháng 02 năm 2023\n"
                + "KẾ HOẠCH\nThi đua năm 2023\n\nII. NỘI DUNG\n1. Dạy tốt.\n"
                + "Trên đây là kế hoạch./.\n"
                + "Nơi nhận:\t\tKT. HIỆU TRƯỞNG\n- Như trên;\t\tPHÓ HIỆU TRƯỞNG\n"
                + "- Các trường (thực hiện (t/h));\n- Lưu: VT.\n\t\t(Đã ký)\n\n\t\tNguyễn Văn An\n";
        PlanDocument plan = read(text).document();
        assertEquals("PHÒNG GD&ĐT TAM NÔNG", plan.issuingBody());
        assertEquals("TRƯỜNG TIỂU HỌC TRÀM CHIM 2", plan.unitName());
        assertEquals("15/KH-THTC2", plan.documentNumber());
        assertEquals("Tràm Chim", plan.place());
        assertEquals(LocalDate.of(2023, 2, 20), plan.documentDate());
        assertEquals(List.of(new Recipient("Như trên", null), new Recipient("Các trường", "thực hiện (t/h)"),
                new Recipient("Lưu: VT", null)), plan.recipients());
        assertEquals(new Signer("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Nguyễn Văn An"), plan.signer());
    }

    @Test
    void readsADraftHeaderWithBlanksLeftForTheNumberAndDay() {
        String text = "TRƯỜNG THCS AN LONG\nSố:      /KH-THCSAL     An Long, ngày      tháng 9 năm 2024\n"
                + "KẾ HOẠCH\nThi đua năm học 2024-2025\n";
        ImportResult result = read(text);
        assertNull(result.document().issuingBody());
        assertEquals("TRƯỜNG THCS AN LONG", result.document().unitName());
        assertNull(result.document().documentNumber());
        assertEquals("An Long", result.document().place());
        assertNull(result.document().documentDate());
        assertEquals(List.of(2), withCode(result, "NO_DOCUMENT_NUMBER").stream().map(ImportWarning::line).toList());
        assertEquals(List.of(2), withCode(result, "NO_DOCUMENT_DATE").stream().map(ImportWarning::line).toList());
        assertTrue(withCode(result, "NO_HEADER").isEmpty());
    }

    @Test
    void reportsADateThatDoesNotExist() {
        ImportResult result = read("TRƯỜNG TH AN HÒA\nAn Hòa, ngày 30 tháng 02 năm 2024\nKẾ HOẠCH\nThi đua năm 2024\n");
        assertNull(result.document().documentDate());
        assertEquals(List.of(2), withCode(result, "INVALID_DATE").stream().map(ImportWarning::line).toList());
    }

    @Test
    void importsReadableTextWithoutPlanStructureAndLosesNothing() {
        String text = "Kính gửi các thầy cô giáo,\nNhà trường sẽ họp hội đồng vào thứ Hai tuần sau.\n";
        ImportResult result = read(text);
        assertEquals(List.of("Kính gửi các thầy cô giáo,", "Nhà trường sẽ họp hội đồng vào thứ Hai tuần sau."),
                result.document().occasions());
        assertNull(result.document().title());
        assertTrue(codes(result).containsAll(List.of("NO_TITLE", "NO_HEADER", "NO_CONTENTS", "MISSING_SECTION",
                "NO_RECIPIENTS", "NO_SIGNER", "NO_YEAR")), codes(result).toString());
    }

    @Test
    void readsTheKindAndTitleOnOneLine() {
        PlanDocument plan = read("KẾ HOẠCH Phát động phong trào thi đua năm 2024\n\nII. NỘI DUNG\n1. Dạy tốt.\n")
                .document();
        assertEquals("KẾ HOẠCH", plan.kind());
        assertEquals("Phát động phong trào thi đua năm 2024", plan.title());
        assertEquals(2024, plan.year());
    }

    @Test
    void readsASignatureWithoutRecipients() {
        ImportResult result = read(TOP + "II. NỘI DUNG\n1. Dạy tốt.\nTrên đây là kế hoạch.\nHIỆU TRƯỞNG\n\nLê Văn Định\n");
        assertEquals(new Signer(null, "HIỆU TRƯỞNG", "Lê Văn Định"), result.document().signer());
        assertEquals("Trên đây là kế hoạch.", result.document().closing());
        assertEquals(1, withCode(result, "NO_RECIPIENTS").size());
        assertTrue(withCode(result, "NO_SIGNER").isEmpty());
    }

    @Test
    void readsAnIndentedSignatureBlockByWhatEachLineSays() {
        String text = TOP + "II. NỘI DUNG\n1. Dạy tốt.\n"
                + "                                        HIỆU TRƯỞNG\n"
                + "      - Như trên;\n      - Lưu: VT.\n\n"
                + "                                        Lê Văn Định\n";
        ImportResult result = read(text);
        assertEquals(new Signer(null, "HIỆU TRƯỞNG", "Lê Văn Định"), result.document().signer());
        assertEquals(List.of(new Recipient("Như trên", null), new Recipient("Lưu: VT", null)),
                result.document().recipients());
        assertEquals(List.of("1"), numbers(result.document().contents()));
    }

    @Test
    void reportsASignatureWithoutName() {
        ImportResult result = read(TOP + "II. NỘI DUNG\n1. Dạy tốt.\nNơi nhận:\n- Lưu: VT.\nKT. HIỆU TRƯỞNG\n"
                + "PHÓ HIỆU TRƯỞNG\n");
        assertEquals(new Signer("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", null), result.document().signer());
        assertTrue(withCode(result, "NO_SIGNER").get(0).message().contains("họ tên"));
    }
}
