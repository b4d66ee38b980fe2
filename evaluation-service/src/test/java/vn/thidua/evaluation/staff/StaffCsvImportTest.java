package vn.thidua.evaluation.staff;

import org.junit.jupiter.api.Test;
import vn.thidua.evaluation.staff.StaffCsvImport.LineError;
import vn.thidua.evaluation.staff.StaffCsvImport.Reason;
import vn.thidua.evaluation.staff.StaffCsvImport.Result;
import vn.thidua.evaluation.staff.StaffCsvImport.UnreadableCsvException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV reader alone: no Quarkus, no database. */
class StaffCsvImportTest {

    static final LocalDate TODAY = LocalDate.of(2024, 9, 5);
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static final String VIETNAMESE = """
            STT;Mã CB;Họ và tên;Giới tính;Ngày sinh;Chức vụ;Tổ chuyên môn;Loại hợp đồng;Ngày vào ngành;Tài khoản
            1;GV001;Nguyễn Thị Ánh;Nữ;15/03/1985;Giáo viên;Tổ 2-3;Viên chức;01/09/2007;anh.nt@tramchim2
            2;HT001;Lê Văn Định;Nam;1975-11-02;Hiệu trưởng;Văn phòng;Viên chức;05/09/1997;
            3;NV001;Trần Thị Ơn;Nữ;;Nhân viên;Văn phòng;Hợp đồng;;
            """;

    static final String ENGLISH = """
            code,full_name,gender,birth_date,position,group_name,group_code,employment,hire_date,user_name
            GV001,Nguyễn Thị Ánh,female,1985-03-15,teacher,Tổ 2-3,T23,civil_servant,2007-09-01,anh.nt@tramchim2
            TPT01,"Võ Văn Út, Jr",male,,Tổng phụ trách Đội,,,contract,,
            """;

    static Result parse(byte[] bytes) {
        return new StaffCsvImport(TODAY).parse(bytes);
    }

    static Result parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    static String header() {
        return "Mã;Họ và tên;Giới tính;Ngày sinh;Chức vụ;Tổ;Diện;Ngày tuyển dụng\n";
    }

    @Test
    void vietnameseHeadersWithSemicolonsAndBomAreReadLikeWithout() {
        Result withBom = parse(withBom(VIETNAMESE));
        Result without = parse(VIETNAMESE);
        assertEquals(';', withBom.delimiter());
        assertEquals(without.rows(), withBom.rows());
        assertEquals(List.of(), withBom.errors());
        assertEquals(List.of(), withBom.warnings(), "STT is skipped silently");
        assertEquals(3, withBom.dataRows());

        StaffData anh = withBom.rows().get(0).data();
        assertEquals(2, withBom.rows().get(0).line());
        assertEquals("GV001", anh.code());
        assertEquals("Nguyễn Thị Ánh", anh.fullName());
        assertEquals(Gender.FEMALE, anh.gender());
        assertEquals(LocalDate.of(1985, 3, 15), anh.birthDate());
        assertEquals(Position.TEACHER, anh.position());
        assertEquals("Tổ 2-3", anh.groupName());
        assertEquals("TO-2-3", anh.groupCode());
        assertEquals(Employment.CIVIL_SERVANT, anh.employment());
        assertEquals(LocalDate.of(2007, 9, 1), anh.hireDate());
        assertEquals("anh.nt@tramchim2", anh.userName());

        StaffData dinh = withBom.rows().get(1).data();
        assertEquals(Position.PRINCIPAL, dinh.position());
        assertEquals(LocalDate.of(1975, 11, 2), dinh.birthDate());
        assertEquals("VAN-PHONG", dinh.groupCode());
        assertNull(dinh.userName());
        StaffData on = withBom.rows().get(2).data();
        assertEquals(Employment.CONTRACT, on.employment());
        assertNull(on.birthDate());
    }

    @Test
    void englishHeadersWithCommasQuotedCellsAndAGroupCodeColumn() {
        Result result = parse(withBom(ENGLISH));
        assertEquals(',', result.delimiter());
        assertEquals(List.of(), result.errors());
        StaffData anh = result.rows().get(0).data();
        assertEquals("T23", anh.groupCode(), "a Mã tổ / group_code column wins over the derived code");
        assertEquals(Position.TEACHER, anh.position());
        StaffData ut = result.rows().get(1).data();
        assertEquals("Võ Văn Út, Jr", ut.fullName());
        assertEquals(Position.PIONEER_LEADER, ut.position());
        assertNull(ut.groupCode());
        assertTrue(result.columns().containsKey(StaffField.USER_NAME));
        assertTrue(!result.columns().containsKey(StaffField.ACTIVE_FROM));
    }

    @Test
    void headersMatchWhateverTheCaseAccentsAndHints() {
        Result result = parse("""
                MA CB,HO TEN,gioi tinh,Ngày sinh (dd/mm/yyyy),VỊ TRÍ VIỆC LÀM,to chuyen mon,diện,Ngày về trường,Số CCCD,Dân tộc
                GV002,Phạm Thị Anh,NỮ,1/2/1990,phó hiệu trưởng,Tổ 1,HĐ68,01/08/2015,087190000001,Kinh
                GV003,Đỗ Văn Ân,nam,02.03.1991,GVCN,tổ 1,Hợp đồng lao động,2016-08-01,,Kinh
                """);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("Cột \"Dân tộc\" (cột 10) không được nhận biết, bỏ qua (unknown column ignored)"),
                result.warnings());
        StaffData anh = result.rows().get(0).data();
        assertEquals("087190000001", anh.personCode(), "Số CCCD is the person code");
        assertEquals(null, result.rows().get(1).data().personCode());
        assertEquals(Position.VICE_PRINCIPAL, anh.position());
        assertEquals(Employment.CONTRACT, anh.employment());
        assertEquals(LocalDate.of(1990, 2, 1), anh.birthDate());
        assertEquals(LocalDate.of(2015, 8, 1), anh.activeFrom());
        assertEquals("TO-1", anh.groupCode());
        assertEquals(LocalDate.of(1991, 3, 2), result.rows().get(1).data().birthDate());
        assertEquals("TO-1", result.rows().get(1).data().groupCode());
    }

    @Test
    void namesAreStoredInNfcWithSpacesCollapsed() {
        String decomposed = Normalizer.normalize("Nguyễn  Thị   Ánh", Normalizer.Form.NFD);
        Result result = parse(header() + "GV001; " + decomposed + " ;Nữ;;Giáo viên;" +
                Normalizer.normalize("Tổ 4-5", Normalizer.Form.NFD) + ";Viên chức;\n");
        StaffData anh = result.rows().get(0).data();
        assertEquals("Nguyễn Thị Ánh", anh.fullName());
        assertTrue(Normalizer.isNormalized(anh.fullName(), Normalizer.Form.NFC));
        assertEquals("Tổ 4-5", anh.groupName());
        assertEquals("TO-4-5", anh.groupCode());
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumn() {
        String csv = header()
                + "GV001;Nguyễn Thị Anh;Nữ;15/03/1985;Giáo viên;Tổ 1;Viên chức;01/09/2007\n"     // 2 good
                + "GV002;;Nữ;15/03/1985;Giáo viên;Tổ 1;Viên chức;\n"                           // 3 missing name
                + "GV003;Lê Văn Định;Nam;31/02/1980;Giáo viên;Tổ 1;Viên chức;\n"                // 4 bad date
                + "GV004;Trần Văn Dũng;Nam;;Bảo mẫu trưởng;Tổ 1;Viên chức;\n"                    // 5 unknown position
                + "\n"                                                                          // 6 blank
                + "GV001;Võ Thị Ân;Nữ;;Giáo viên;Tổ 1;Viên chức;\n"                              // 7 duplicate of 2
                + "GV005;Bùi Văn Út;X;;Giáo viên;Tổ 1;Tạm tuyển;\n"                             // 8 gender, employment
                + "GV006;Hồ Thị Uyên;Nữ;2030-01-01;Giáo viên;Tổ 1;Viên chức;\n"                  // 9 future birth
                + "GV 7;Lê Thị Ô;Nữ;;Giáo viên;Tổ 1;Viên chức;2000-13-01\n"                     // 10 space, hire date
                + "GV008;Nguyễn Văn Ơn;Nam;;Giáo viên;Tổ 1;Viên chức;;extra\n"                  // 11 too many cells
                + ";;;;;;;\n";                                                                   // 12 empty cells
        Result result = parse(csv);
        assertEquals(9, result.dataRows());
        assertEquals(List.of(), result.rows().stream().filter(r -> r.line() == 2).toList(),
                "line 2 shares its code with line 7, so both are rejected");
        assertEquals(List.of(
                new LineError(2, "Mã", "Mã GV001 trùng nhau ở các dòng 2, 7 (duplicate code on lines 2, 7)"),
                new LineError(3, "Họ và tên", "Thiếu họ và tên (missing fullName)"),
                new LineError(4, "Ngày sinh", "Ngày không hợp lệ (bad date): dùng dd/MM/yyyy hoặc yyyy-MM-dd: \"31/02/1980\""),
                new LineError(5, "Chức vụ", "Chức vụ không rõ (unknown position): dùng " + Position.labels()
                        + ": \"Bảo mẫu trưởng\""),
                new LineError(7, "Mã", "Mã GV001 trùng nhau ở các dòng 2, 7 (duplicate code on lines 2, 7)"),
                new LineError(8, "Giới tính", "Giới tính không rõ (unknown gender): dùng Nam, Nữ hoặc Khác: \"X\""),
                new LineError(8, "Diện", "Loại hợp đồng không rõ (unknown employment): dùng Viên chức hoặc Hợp đồng: "
                        + "\"Tạm tuyển\""),
                new LineError(9, "Ngày sinh", "Ngày sinh 2030-01-01 không hợp lý (implausible birth date)"),
                new LineError(10, "Ngày tuyển dụng", "Ngày không hợp lệ (bad date): dùng dd/MM/yyyy hoặc yyyy-MM-dd: "
                        + "\"2000-13-01\""),
                new LineError(10, "Mã", "Mã không được chứa khoảng trắng (no spaces in a code)")),
                result.errors().stream().filter(e -> e.line() != 11).toList());
        LineError tooMany = result.errors().stream().filter(e -> e.line() == 11).findFirst().orElseThrow();
        assertNull(tooMany.column());
        assertTrue(tooMany.message().contains("9 cells but 8 columns"), tooMany.message());
        assertEquals(List.of(), result.rows(), "no good rows left");
        assertEquals(List.of(2, 3, 4, 5, 7, 8, 9, 10, 11), List.copyOf(result.rejectedLines()));
    }

    @Test
    void anEndDateAloneIsLeftToTheRecordItUpdatesButItsOrderIsChecked() {
        Result result = parse("""
                Mã;Họ và tên;Giới tính;Chức vụ;Diện;Từ ngày;Đến ngày
                NV01;Trương Văn Tâm;Nam;Nhân viên;Hợp đồng;;30/06/2024
                NV02;Mai Thị Thảo;Nữ;Nhân viên;Hợp đồng;01/09/2024;30/06/2024
                """);
        assertEquals(LocalDate.of(2024, 6, 30), result.rows().get(0).data().activeTo());
        assertNull(result.rows().get(0).data().activeFrom());
        assertEquals(List.of(new LineError(3, "Đến ngày",
                "Đến ngày 2024-06-30 trước từ ngày 2024-09-01 (active to is before active from)")), result.errors());
    }

    @Test
    void linesCountQuotedLineBreaksAndCrlf() {
        String csv = "Mã,Họ và tên,Giới tính,Chức vụ,Loại hợp đồng,Ghi chú\r\n"
                + "GV001,Nguyễn Thị Anh,Nữ,Giáo viên,Viên chức,\"chuyển đến\r\ntừ trường khác\"\r\n"
                + "GV002,Lê Văn Định,Nam,Thầy giáo,Viên chức,\r\n";
        Result result = parse(csv);
        assertEquals(List.of(new LineError(4, "Chức vụ", "Chức vụ không rõ (unknown position): dùng "
                + Position.labels() + ": \"Thầy giáo\"")), result.errors());
    }

    @Test
    void missingAndDuplicateRequiredHeadersRefuseTheFile() {
        UnreadableCsvException e = assertThrows(UnreadableCsvException.class,
                () -> parse("Mã;Họ tên;Họ và tên;Chức vụ\nGV001;A;A;Giáo viên\n"));
        assertEquals(Reason.BAD_HEADER, e.reason());
        List<String> columns = e.errors().stream().map(LineError::column).toList();
        assertEquals(List.of("Họ và tên", "Giới tính", "Loại hợp đồng"), columns);
        assertTrue(e.errors().stream().allMatch(error -> error.line() == 1));
        assertTrue(e.errors().get(0).message().contains("two columns for fullName"), e.errors().get(0).message());
        assertTrue(e.errors().get(1).message().contains("missing required column gender"), e.errors().get(1).message());
    }

    @Test
    void windows1258BytesAreRefusedWithTheLineAndAHint() {
        Charset legacy = Charset.forName("windows-1258");
        byte[] bytes = (header() + "GV001;Phạm Thị Ánh;Nữ;;Giáo viên;Tổ 1;Viên chức;\n").getBytes(legacy);
        UnreadableCsvException e = assertThrows(UnreadableCsvException.class, () -> parse(bytes));
        assertEquals(Reason.NOT_UTF8, e.reason());
        assertEquals(1, e.errors().get(0).line(), "the header's \"Mã\" is already not UTF-8");
        assertTrue(e.getMessage().contains("CSV UTF-8"), e.getMessage());

        byte[] lateBytes = ("Ma;Ho va ten;Gioi tinh;Chuc vu;Dien\nGV001;Phạm Thị Ánh;Nu;GV;VC\n").getBytes(legacy);
        UnreadableCsvException late = assertThrows(UnreadableCsvException.class, () -> parse(lateBytes));
        assertEquals(2, late.errors().get(0).line());
    }

    @Test
    void utf16IsRefusedToo() {
        byte[] bytes = header().getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[bytes.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, withMark, 2, bytes.length);
        assertEquals(Reason.NOT_UTF8, assertThrows(UnreadableCsvException.class, () -> parse(withMark)).reason());
    }

    @Test
    void emptyHeaderOnlyUnclosedQuoteAndLimits() {
        assertEquals(Reason.EMPTY, assertThrows(UnreadableCsvException.class, () -> parse(withBom("  \n"))).reason());
        assertEquals(Reason.EMPTY, assertThrows(UnreadableCsvException.class, () -> parse(header())).reason());

        UnreadableCsvException quote = assertThrows(UnreadableCsvException.class, () -> parse(header()
                + "GV001;Nguyễn Thị Anh;Nữ;;Giáo viên;Tổ 1;Viên chức;\n"
                + "GV002;\"Lê Văn Định;Nam;;Giáo viên;Tổ 1;Viên chức;\n"));
        assertEquals(Reason.BAD_SYNTAX, quote.reason());
        assertEquals(3, quote.errors().get(0).line());

        assertEquals(Reason.TOO_LARGE, assertThrows(UnreadableCsvException.class,
                () -> parse(new byte[StaffCsvImport.MAX_BYTES + 1])).reason());
        StringBuilder many = new StringBuilder(header());
        for (int i = 0; i <= StaffCsvImport.MAX_ROWS; i++) {
            many.append("GV").append(i).append(";Nguyễn Văn A;Nam;;Giáo viên;Tổ 1;Viên chức;\n");
        }
        assertEquals(Reason.TOO_MANY_ROWS, assertThrows(UnreadableCsvException.class,
                () -> parse(many.toString())).reason());
    }

    @Test
    void vocabularyAndGroupCodes() {
        assertEquals(Position.PIONEER_LEADER, Position.fromText("TỔNG PHỤ TRÁCH ĐỘI").orElseThrow());
        assertEquals(Position.LIBRARIAN, Position.fromText("Nhân viên thư viện").orElseThrow());
        assertEquals(Position.ACCOUNTANT, Position.fromText("Kế toán").orElseThrow());
        assertEquals(Position.STAFF, Position.fromText("Nhân viên y tế").orElseThrow());
        assertEquals(Position.TEACHER, Position.fromText("Giáo viên Tiếng Anh").orElseThrow());
        assertEquals(Position.VICE_PRINCIPAL, Position.fromText("VICE_PRINCIPAL").orElseThrow());
        assertTrue(Position.fromText("Bảo mẫu").isEmpty());
        assertEquals("TO-1-2", StaffTexts.groupCode("Tổ 1 - 2"));
        assertEquals("VAN-PHONG", StaffTexts.groupCode("Văn phòng"));
        assertEquals("TO-DOI-NGOAI-NGU", StaffTexts.groupCode("Tổ: Đội ngoại ngữ"));
        assertArrayEquals(new Object[] {true, true, false, false}, new Object[] {
                StaffTexts.matches("Phạm Thị Ánh", "anh"), StaffTexts.matches("Phạm Thị Ánh", "Ánh"),
                StaffTexts.matches("Nguyễn Thị Anh", "Ánh"), StaffTexts.matches("Võ Thị Ân", "anh")});
    }

    @Test
    void aControlCharacterRefusesTheFileNamingLineAndColumn() {
        for (char c : new char[] {'\u0000', '\u0007', '\u001B'}) {
            String csv = header() + "GV01;Nguyễn Thị Ánh;Nữ;15/03/1985;Giáo viên;Tổ 1;Viên chức;01/09/2007\n"
                    + "GV02;Lê Văn" + c + " Định;Nam;;Giáo viên;Tổ 1;Viên chức;\n";
            UnreadableCsvException e = assertThrows(UnreadableCsvException.class, () -> parse(csv));
            assertEquals(Reason.CONTROL_CHARACTER, e.reason());
            assertEquals(List.of(3), e.errors().stream().map(LineError::line).toList());
            assertEquals("\"Họ và tên\"", e.errors().get(0).column());
            assertTrue(e.getMessage().contains(String.format("U+%04X", (int) c)) && e.getMessage().contains("dòng 3"),
                    e.getMessage());
        }
        UnreadableCsvException inHeader = assertThrows(UnreadableCsvException.class,
                () -> parse("Mã;Họ\u0000 và tên;Giới tính;Chức vụ;Diện\n"));
        assertEquals(Reason.CONTROL_CHARACTER, inHeader.reason());
        assertEquals("2", inHeader.errors().get(0).column());
        // Tabs and line ends inside quoted cells are text, not control characters.
        assertEquals(List.of(), parse(header() + "GV01;\"Nguyễn\tThị Ánh\";Nữ;;Giáo viên;Tổ 1;Viên chức;\n").errors());
    }

    @Test
    void formulaLikeCellsAreImportedAsTheyAreWithAWarningNamingLineAndColumn() {
        Result result = parse(header() + "GV01;=HYPERLINK(\"http://x\");Nữ;;Giáo viên;@Tổ 1;Viên chức;\n"
                + "GV02;+Lê Văn Định;Nam;;Giáo viên;-Tổ 2;Viên chức;\n");
        assertEquals(List.of(), result.errors());
        assertEquals("=HYPERLINK(\"http://x\")", result.rows().get(0).data().fullName(), "stored as written");
        assertEquals(4, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).startsWith("Dòng 2, cột \"Họ và tên\": ô bắt đầu bằng '='"),
                result.warnings().get(0));
        assertTrue(result.warnings().get(3).startsWith("Dòng 3, cột \"Tổ\": ô bắt đầu bằng '-'"),
                result.warnings().get(3));
    }

    @Test
    void datesOutsideTheYears1900To2100AreRowErrors() {
        Result result = parse(header() + "GV01;Nguyễn Thị Ánh;Nữ;15/03/1985;Giáo viên;Tổ 1;Viên chức;01/09/2300\n"
                + "GV02;Lê Văn Định;Nam;15/03/1985;Giáo viên;Tổ 1;Viên chức;01/09/2007\n");
        assertEquals(List.of(2), result.errors().stream().map(LineError::line).toList(), result.errors().toString());
        assertEquals("Ngày tuyển dụng", result.errors().get(0).column());
        assertEquals(1, result.rows().size());
    }
}
