package vn.thidua.award.dossier;

import vn.thidua.award.record.Achievement;
import vn.thidua.platform.document.Align;
import vn.thidua.platform.document.Block;
import vn.thidua.platform.document.OfficialDocument;
import vn.thidua.platform.document.Para;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Báo cáo thành tích of a person or a collective, laid out as the annex templates of the decree on emulation and
 * commendation ask (NĐ 152/2025/NĐ-CP, Phụ lục, mẫu báo cáo thành tích của cá nhân / của tập thể: the template
 * numbers and their exact headings are [verify], cần đối chiếu — the text could not be read here; these sections
 * follow the templates' usual order). What the system knows is filled in; what only the person or the unit can
 * write is left blank and marked {@link #TO_WRITE}.
 */
final class AchievementReport {

    /** The mark on every line the reporter writes themselves. */
    static final String TO_WRITE = "(cá nhân, tập thể tự ghi)";
    static final String TEMPLATE = "Mẫu báo cáo thành tích theo Phụ lục Nghị định 152/2025/NĐ-CP (số mẫu: cần đối chiếu)";

    /** What the report says. {@code person}: an individual's report, else a collective's. */
    record Content(boolean person, String parentBody, String unitName, String name, String schoolYear,
            List<Line> profile, List<String> yearResults, List<String> initiatives, List<String> proposed,
            List<Achievement> received, String signerTitle) {
    }

    /** A line of the sơ lược: label and value, or blank with the mark when the system does not know it. */
    record Line(String label, String value) {
    }

    private static final int BODY = 14;
    private static final int HEADER = 13;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private AchievementReport() {
    }

    static List<Block> layout(Content c) {
        List<Para> left = new ArrayList<>();
        if (c.parentBody() != null) {
            left.add(Para.centred(c.parentBody().toUpperCase(VIETNAMESE), false, false, false, HEADER));
        }
        left.add(Para.centred(c.unitName().toUpperCase(VIETNAMESE), true, false, false, HEADER));
        List<Para> right = new ArrayList<>(OfficialDocument.nationalMotto(HEADER, BODY));
        right.add(Para.centred("…, ngày … tháng … năm …", false, true, false, BODY));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Columns(left, right, 42));
        blocks.add(Para.centred("BÁO CÁO THÀNH TÍCH", true, false, false, BODY));
        blocks.add(Para.centred("Đề nghị " + (c.proposed().isEmpty() ? "…" : String.join(", ", c.proposed()))
                + " năm học " + c.schoolYear(), true, false, false, BODY));
        blocks.add(Para.centred((c.person() ? "Họ và tên: " : "Tên tập thể: ") + c.name(), true, false, false, BODY));
        blocks.add(Para.centred("(" + TEMPLATE + ")", false, true, false, 11));

        blocks.add(heading(c.person() ? "I. SƠ LƯỢC LÝ LỊCH" : "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"));
        for (Line line : c.profile()) {
            blocks.add(body("- " + line.label() + ": " + (line.value() == null ? "…………… " + TO_WRITE : line.value())));
        }
        if (!c.person()) {
            blocks.add(body("- Chức năng, nhiệm vụ; cơ sở vật chất; tổ chức Đảng, đoàn thể: …………… " + TO_WRITE));
        }

        blocks.add(heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"));
        blocks.add(body((c.person() ? "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận" : "1. Kết quả thực hiện "
                + "nhiệm vụ chính trị, chỉ tiêu được giao") + ": …………… " + TO_WRITE));
        blocks.add(body("2. Kết quả năm học " + c.schoolYear() + " (theo hệ thống):"));
        if (c.yearResults().isEmpty()) {
            blocks.add(body("- Chưa có kết quả đánh giá, xét danh hiệu của năm học này trong hệ thống."));
        }
        c.yearResults().forEach(result -> blocks.add(body("- " + result)));
        if (c.person()) {
            blocks.add(body("3. Sáng kiến, đề tài nghiên cứu khoa học được công nhận:"));
            if (c.initiatives().isEmpty()) {
                blocks.add(body("- Không có trong hồ sơ đánh giá năm học; bổ sung nếu có: …………… " + TO_WRITE));
            }
            c.initiatives().forEach(initiative -> blocks.add(body("- " + initiative)));
        }
        blocks.add(body((c.person() ? "4" : "3") + ". Các giải pháp, biện pháp, kinh nghiệm đã thực hiện để đạt "
                + "thành tích: …………… " + TO_WRITE));

        blocks.add(heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"));
        blocks.add(body("1. Danh hiệu thi đua:"));
        blocks.add(received(c.received(), true));
        blocks.add(body("2. Hình thức khen thưởng:"));
        blocks.add(received(c.received(), false));

        List<Para> confirm = List.of(Para.centred("THỦ TRƯỞNG ĐƠN VỊ", true, false, false, BODY),
                Para.centred("XÁC NHẬN, ĐỀ NGHỊ", true, false, false, BODY),
                Para.centred("(Ký, đóng dấu)", false, true, false, 12));
        List<Para> reporter = new ArrayList<>();
        reporter.add(Para.centred(c.signerTitle(), true, false, false, BODY));
        reporter.add(Para.centred("(Ký, ghi rõ họ tên" + (c.person() ? "" : ", đóng dấu") + ")", false, true, false,
                12));
        for (int i = 0; i < 3; i++) {
            reporter.add(Para.blank(BODY));
        }
        if (c.person()) {
            reporter.add(Para.centred(c.name(), true, false, false, BODY));
        }
        blocks.add(new Block.Columns(confirm, reporter, 50));
        return blocks;
    }

    private static Block received(List<Achievement> file, boolean titles) {
        List<List<String>> rows = new ArrayList<>();
        for (Achievement a : file) {
            if ("TITLE".equals(a.awardKind()) == titles) {
                String decision = "Số " + a.decisionNumber() + (a.decisionDate() == null ? "" : ", ngày "
                        + PostingProblems.day(a.decisionDate())) + (a.issuer() == null ? "" : " của " + a.issuer());
                rows.add(List.of(a.schoolYear(), a.awardName() + (a.revoked() ? " (đã thu hồi)" : ""), decision));
            }
        }
        if (rows.isEmpty()) {
            rows.add(List.of("", "Chưa có trong hồ sơ thi đua", ""));
        }
        return new Block.Table(List.of("Năm học", titles ? "Danh hiệu thi đua" : "Hình thức khen thưởng",
                "Số, ngày, tháng, năm của quyết định; cơ quan ban hành"), rows,
                List.of(Align.CENTER, Align.LEFT, Align.LEFT), List.of(15, 35, 50), 12);
    }

    private static Para heading(String text) {
        return Para.left(text, true, false, BODY);
    }

    private static Para body(String text) {
        return Para.justified(text, false, true, BODY);
    }

    static String html(Content c) {
        return OfficialDocument.html("Báo cáo thành tích " + c.name(), BODY, layout(c));
    }

    static byte[] docx(Content c) {
        return OfficialDocument.docx(layout(c));
    }
}
