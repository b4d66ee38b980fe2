package vn.thidua.award.council;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.award.rules.Title;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The minutes as a document, without the application: header, escaping, counts and the same text in .docx. */
class CouncilMinutesTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static CouncilMinutes.Minutes minutes() {
        List<CouncilMember> members = List.of(
                new CouncilMember("Lê Văn Đính", "Chủ tịch", "dinh", true),
                new CouncilMember("Trần Thị Mai", "Thư ký", "mai", true),
                new CouncilMember("Võ <b>Thu</b>", "Ủy viên", "thu", true),
                new CouncilMember("Đặng Thị Yến", null, "yen", false));
        List<CouncilMinutes.Line> lines = List.of(
                new CouncilMinutes.Line("Nguyễn Thị Lan", Title.CSTD_TINH, CouncilRules.Method.SECRET, 3, 0, 0, 0,
                        new BigDecimal("100.00"), new BigDecimal("90"), true),
                new CouncilMinutes.Line("Tổ khối 1", Title.TTLDTT, CouncilRules.Method.OPEN, 2, 0, 0, 1,
                        new BigDecimal("66.67"), new BigDecimal("70"), false));
        return new CouncilMinutes.Minutes("Phòng GD&ĐT Tam Nông", "Trường Tiểu học Tràm Chim 2", "2024-2025",
                ZonedDateTime.of(2025, 5, 28, 14, 0, 0, 0, VIETNAM), ZonedDateTime.of(2025, 5, 28, 16, 5, 0, 0, VIETNAM),
                "Phòng họp", members, "dinh", "mai", "2024.1", "2/3", 3, lines);
    }

    @Test
    void htmlHasTheHeaderTheCountsAndEscapesWhatItQuotes() {
        String html = new CouncilMinutes().html(minutes());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("PHÒNG GD&amp;ĐT TAM NÔNG"));
        assertTrue(html.contains("TRƯỜNG TIỂU HỌC TRÀM CHIM 2"));
        assertTrue(html.contains("Độc lập - Tự do - Hạnh phúc"));
        assertTrue(html.contains("ngày 28 tháng 05 năm 2025"));
        assertTrue(html.contains("Thời gian: 14 giờ 00 phút"));
        assertTrue(html.contains("Võ &lt;b&gt;Thu&lt;/b&gt;"));
        assertFalse(html.contains("<b>Thu</b>"));
        assertTrue(html.contains("Thành viên vắng mặt:"));
        assertTrue(html.contains("1. Đặng Thị Yến</p>"), "a member without position");
        assertTrue(html.contains("Số thành viên có mặt 3/4, đạt tỷ lệ tối thiểu 2/3"));
        assertTrue(html.contains("<td>Bỏ phiếu kín</td>"));
        assertTrue(html.contains("<td>66,67 %</td>"));
        assertTrue(html.contains("Tổ khối 1, Tập thể lao động tiên tiến (biểu quyết công khai): 2/3 đồng ý, 0 không đồng "
                + "ý, 1 không biểu quyết; đạt 66,67 % (cần 70 %)."));
        assertTrue(html.contains("Hội đồng thống nhất đề nghị 1 trường hợp:"));
        assertTrue(html.contains("1. Nguyễn Thị Lan – Chiến sĩ thi đua cấp tỉnh (100 % đồng ý)."));
        assertTrue(html.contains("Không đề nghị (chưa đạt tỷ lệ đồng ý cần thiết):"));
        assertTrue(html.contains("Cuộc họp kết thúc lúc 16 giờ 05 phút"));
    }

    @Test
    void docxSaysTheSame() throws Exception {
        byte[] docx = new CouncilMinutes().docx(minutes());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains(CouncilMinutes.TITLE));
            assertTrue(text.contains("Võ <b>Thu</b> – Ủy viên"));
            assertTrue(text.contains("Bỏ phiếu kín"));
            assertTrue(text.contains("1. Nguyễn Thị Lan – Chiến sĩ thi đua cấp tỉnh (100 % đồng ý)."));
            // Header block, the votes table and the signatures.
            assertEquals(3, document.getTables().size());
            assertEquals(3, document.getTables().get(1).getNumberOfRows(), "header row and two nominees");
        }
    }

    @Test
    void percentagesAreWrittenTheVietnameseWay() {
        assertEquals("83,33 %", CouncilMinutes.percent(new BigDecimal("83.33")));
        assertEquals("100 %", CouncilMinutes.percent(new BigDecimal("100.00")));
        assertEquals("70 %", CouncilMinutes.percent(new BigDecimal("70")));
        assertEquals("62,5 %", CouncilMinutes.percent(new BigDecimal("62.50")));
    }
}
