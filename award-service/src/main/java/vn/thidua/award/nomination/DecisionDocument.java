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
 * Quyết định khen thưởng in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I, mẫu quyết định cá biệt): header
 * (the body above and the deciding unit, number; quốc hiệu, tiêu ngữ and date), title, the head's authority, the
 * legal bases of the rule sets the items were decided under, "QUYẾT ĐỊNH:", Điều 1 (the titles and forms, per the
 * annex), Điều 2 (prize money from the fund), Điều 3 (execution), recipients and signature; then, on a page of its
 * own, the annex list: full names, unit, title or form in Vietnamese, prize money per line and the total.
 */
final class DecisionDocument {

    /** What the document says; {@code extract}: only the items the reader may see are listed (trích). */
    record Content(String parentBody, String unitName, String unitLevel, String decisionNumber, LocalDate date,
            String schoolYear, List<String> bases, List<String> proposals, List<Line> lines, String signer,
            List<String> executors, boolean extract) {
    }

    /** One line of the annex; {@code amount} null when no prize money is recorded for it. */
    record Line(String name, String unitName, String award, Long amount, String note) {
    }

    private static final int BODY = 14;
    private static final int HEADER = 13;
    private static final int LEFT_COLUMN_PERCENT = 42;
    private static final List<String> COLUMNS = List.of("STT", "Họ và tên / Tập thể", "Đơn vị",
            "Danh hiệu, hình thức", "Tiền thưởng (đồng)");
    private static final List<Align> ALIGNS = List.of(Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT, Align.CENTER);
    private static final List<Integer> WIDTHS = List.of(7, 30, 25, 22, 16);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private DecisionDocument() {
    }

    static List<Block> layout(Content c) {
        List<Para> left = new ArrayList<>();
        if (c.parentBody() != null) {
            left.add(Para.centred(c.parentBody().toUpperCase(VIETNAMESE), false, false, false, HEADER));
        }
        left.add(Para.centred(c.unitName().toUpperCase(VIETNAMESE), true, false, false, HEADER));
        left.add(Para.centred("Số: " + c.decisionNumber(), false, false, false, HEADER));
        List<Para> right = new ArrayList<>(OfficialDocument.nationalMotto(HEADER, BODY));
        right.add(Para.centred(dateLine(c.date()), false, true, false, BODY));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Columns(left, right, LEFT_COLUMN_PERCENT));
        blocks.add(Para.centred("QUYẾT ĐỊNH", true, false, false, BODY));
        blocks.add(Para.centred("Về việc công nhận danh hiệu thi đua và khen thưởng năm học " + c.schoolYear(), true,
                false, false, BODY));
        blocks.add(Para.centred(head(c.unitLevel(), c.unitName()).toUpperCase(VIETNAMESE), true, false, false, BODY));
        c.bases().forEach(basis -> blocks.add(body("Căn cứ " + basis + ";")));
        c.proposals().forEach(proposal -> blocks.add(body(proposal)));
        blocks.add(Para.centred("QUYẾT ĐỊNH:", true, false, false, BODY));

        Long total = total(c.lines());
        blocks.add(body("Điều 1. Công nhận danh hiệu thi đua và tặng hình thức khen thưởng năm học " + c.schoolYear()
                + " cho " + c.lines().size() + " cá nhân, tập thể có tên trong danh sách kèm theo Quyết định này."));
        blocks.add(body("Điều 2. Tiền thưởng theo mức ghi trong danh sách kèm theo"
                + (total == null ? " (chưa có mức được ghi nhận)" : ", tổng cộng " + Prizes.money(total))
                + ", được chi từ Quỹ thi đua, khen thưởng của " + c.unitName() + " theo quy định hiện hành."));
        blocks.add(body("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. " + String.join(", ", c.executors())
                + " và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."));

        List<Para> recipients = List.of(Para.left("Nơi nhận:", true, true, 12), Para.left("- Như Điều 3;", false, false,
                11), Para.left("- Lưu: VT, TĐKT.", false, false, 11));
        blocks.add(new Block.Columns(recipients, signature(c), LEFT_COLUMN_PERCENT));

        blocks.add(new Block.PageBreak());
        blocks.add(Para.centred("DANH SÁCH", true, false, false, BODY));
        blocks.add(Para.centred("Cá nhân, tập thể được công nhận danh hiệu thi đua và khen thưởng năm học "
                + c.schoolYear(), true, false, false, BODY));
        blocks.add(Para.centred("(Kèm theo Quyết định số " + c.decisionNumber() + " " + dateLine(c.date()) + " của "
                + head(c.unitLevel(), c.unitName()) + ")", false, true, false, BODY));
        if (c.extract()) {
            blocks.add(Para.centred("(Trích: chỉ gồm các cá nhân, tập thể thuộc phạm vi người xem)", false, true, false,
                    12));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            Line line = c.lines().get(i);
            String name = line.note() == null ? line.name() : line.name() + " (" + line.note() + ")";
            rows.add(List.of(String.valueOf(i + 1), name, line.unitName(), line.award(),
                    line.amount() == null ? "—" : number(line.amount())));
        }
        rows.add(List.of("", "Tổng cộng: " + c.lines().size(), "", "", total == null ? "—" : number(total)));
        blocks.add(new Block.Table(COLUMNS, rows, ALIGNS, WIDTHS, HEADER));
        return blocks;
    }

    /** Who signs for the unit: the principal of a school, the head of an office, the chair of a people's committee. */
    static String head(String level, String unitName) {
        if (level == null) {
            return "Thủ trưởng " + unitName;
        }
        return switch (level) {
            case "SCHOOL" -> "Hiệu trưởng " + unitName;
            case "OFFICE" -> "Trưởng " + unitName;
            case "DEPARTMENT" -> "Giám đốc " + unitName;
            default -> "Chủ tịch " + unitName;
        };
    }

    private static List<Para> signature(Content c) {
        List<Para> signature = new ArrayList<>();
        String title = switch (c.unitLevel() == null ? "" : c.unitLevel()) {
            case "SCHOOL" -> "HIỆU TRƯỞNG";
            case "OFFICE" -> "TRƯỞNG PHÒNG";
            case "DEPARTMENT" -> "GIÁM ĐỐC";
            case "" -> "THỦ TRƯỞNG ĐƠN VỊ";
            default -> "CHỦ TỊCH";
        };
        signature.add(Para.centred(title, true, false, false, BODY));
        signature.add(Para.centred("(Ký, ghi rõ họ tên, đóng dấu)", false, true, false, 12));
        for (int i = 0; i < 3; i++) {
            signature.add(Para.blank(BODY));
        }
        signature.add(Para.centred(c.signer(), true, false, false, BODY));
        return signature;
    }

    static Long total(List<Line> lines) {
        return lines.stream().map(Line::amount).filter(java.util.Objects::nonNull).reduce(Long::sum).orElse(null);
    }

    private static Para body(String text) {
        return Para.justified(text, false, true, BODY);
    }

    private static String dateLine(LocalDate date) {
        return "ngày " + two(date.getDayOfMonth()) + " tháng " + two(date.getMonthValue()) + " năm " + date.getYear();
    }

    private static String number(long amount) {
        return java.text.NumberFormat.getIntegerInstance(VIETNAMESE).format(amount);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    static String html(Content c) {
        return OfficialDocument.html("Quyết định số " + c.decisionNumber(), BODY, layout(c));
    }

    static byte[] docx(Content c) {
        return OfficialDocument.docx(layout(c));
    }
}
