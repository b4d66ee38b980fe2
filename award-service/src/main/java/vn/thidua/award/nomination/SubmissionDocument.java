package vn.thidua.award.nomination;

import vn.thidua.platform.document.Align;
import vn.thidua.platform.document.Block;
import vn.thidua.platform.document.OfficialDocument;
import vn.thidua.platform.document.Para;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tờ trình đề nghị khen thưởng in the layout of Nghị định 30/2020/NĐ-CP, as plan-service renders
 * plans: two-column header (body above and school, number; national motto and date), kind and
 * subject, "Kính gửi", bases, the request, the list of nominees with their achievement summaries,
 * the attached file, then recipients and signature. HTML and .docx come from one list of blocks written by
 * {@link OfficialDocument}.
 */
final class SubmissionDocument {

    /** What the document says. */
    public record Content(String issuingBody, String schoolName, String documentNumber, LocalDate date,
            String toName, String schoolYear, List<String> bases, List<Row> rows, String signer) {
    }

    /** One nominee of the list. */
    public record Row(String nomineeName, String award, String achievementSummary, List<String> evidence) {
    }

    private static final int BODY = 14;
    private static final int HEADER = 13;
    private static final int LEFT_COLUMN_PERCENT = 42;
    private static final List<String> COLUMNS = List.of("STT", "Họ và tên / Tập thể", "Danh hiệu, hình thức đề nghị",
            "Tóm tắt thành tích");
    private static final List<Align> ALIGNS = List.of(Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT);
    private static final List<Integer> WIDTHS = List.of(7, 24, 22, 47);

    private SubmissionDocument() {
    }

    static List<Block> layout(Content c) {
        Locale vietnamese = Locale.forLanguageTag("vi");
        List<Para> left = new ArrayList<>();
        if (c.issuingBody() != null) {
            left.add(Para.centred(c.issuingBody().toUpperCase(vietnamese), false, false, false, HEADER));
        }
        left.add(Para.centred(c.schoolName().toUpperCase(vietnamese), true, false, false, HEADER));
        left.add(Para.centred("Số: " + (c.documentNumber() == null ? "      /TTr" : c.documentNumber()), false, false,
                false, HEADER));
        List<Para> right = new ArrayList<>(OfficialDocument.nationalMotto(HEADER, BODY));
        right.add(Para.centred("ngày " + two(c.date().getDayOfMonth()) + " tháng " + two(c.date().getMonthValue())
                + " năm " + c.date().getYear(), false, true, false, BODY));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Columns(left, right, LEFT_COLUMN_PERCENT));
        blocks.add(Para.centred("TỜ TRÌNH", true, false, false, BODY));
        blocks.add(Para.centred("Về việc đề nghị công nhận danh hiệu thi đua và khen thưởng năm học "
                + c.schoolYear(), true, false, false, BODY));
        blocks.add(Para.centred("Kính gửi: " + c.toName() + ".", false, false, false, BODY));
        c.bases().forEach(basis -> blocks.add(body("Căn cứ " + basis + ";")));
        blocks.add(body("Căn cứ kết quả đánh giá, xếp loại và kết quả xét của Hội đồng Thi đua – Khen thưởng "
                + c.schoolName() + " năm học " + c.schoolYear() + ","));
        blocks.add(body(c.schoolName() + " kính trình " + c.toName() + " xem xét, công nhận danh hiệu thi đua và "
                + "khen thưởng cho " + c.rows().size() + " cá nhân, tập thể có tên sau:"));

        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < c.rows().size(); i++) {
            rows.add(cells(i, c.rows().get(i)));
        }
        blocks.add(new Block.Table(COLUMNS, rows, ALIGNS, WIDTHS, HEADER));

        List<String> evidence = c.rows().stream().flatMap(r -> r.evidence().stream()).distinct().toList();
        blocks.add(body("Hồ sơ kèm theo: danh sách đề nghị, báo cáo thành tích của từng cá nhân, tập thể"
                + (evidence.isEmpty() ? "." : "; minh chứng: " + String.join("; ", evidence) + ".")));
        blocks.add(body("Kính trình " + c.toName() + " xem xét, quyết định./."));

        List<Para> recipients = List.of(Para.left("Nơi nhận:", true, true, 12), Para.left("- Như trên;", false, false,
                11), Para.left("- Lưu: VT.", false, false, 11));
        List<Para> signature = new ArrayList<>();
        signature.add(Para.centred("HIỆU TRƯỞNG", true, false, false, BODY));
        for (int i = 0; i < 3; i++) {
            signature.add(Para.blank(BODY));
        }
        if (c.signer() != null) {
            signature.add(Para.centred(c.signer(), true, false, false, BODY));
        }
        blocks.add(new Block.Columns(recipients, signature, LEFT_COLUMN_PERCENT));
        return blocks;
    }

    private static Para body(String text) {
        return Para.justified(text, false, true, BODY);
    }

    static List<String> cells(int index, Row row) {
        return List.of(String.valueOf(index + 1), row.nomineeName(), row.award(), row.achievementSummary());
    }

    /** A self-contained UTF-8 HTML page. */
    public static String html(Content c) {
        return OfficialDocument.html("Tờ trình " + c.schoolName() + " năm học " + c.schoolYear(), BODY, layout(c));
    }

    /** A Word document, A4, Times New Roman, margins of Nghị định 30. */
    public static byte[] docx(Content c) {
        return OfficialDocument.docx(layout(c));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
