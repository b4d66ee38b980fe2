package vn.thidua.award;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Biên bản họp Hội đồng Thi đua – Khen thưởng: the minutes of a closed session, as HTML and .docx,
 * in the layout of Vietnamese administrative documents (as plan-service renders plans): the school
 * and its governing body beside the national motto, the title, time and place, chair and secretary,
 * members present and absent, the quorum, one row per nominee with method, counts and percentage,
 * the conclusion (who is proposed, who is not) and the signatures of the secretary and the chair.
 * Both outputs come from one list of blocks, so they never differ in content.
 */
public final class CouncilMinutes {

    static final String TITLE = "BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String FONT = "Times New Roman";
    private static final int BODY = 13;
    private static final int SMALL = 11;
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN_20_MM = 1134;
    private static final long MARGIN_30_MM = 1701;

    /** What the minutes say; built from a closed session. */
    public record Minutes(String governingBody, String unitName, String schoolYear, ZonedDateTime meetingAt,
            ZonedDateTime closedAt, String place, List<CouncilMember> members, String chairAccount,
            String secretaryAccount, String ruleSetVersion, String quorum, int requiredPresent, List<Line> lines) {
    }

    /** One ballot: nominee as named in the minutes, award, method and result. */
    public record Line(String nominee, Title award, CouncilRules.Method method, int agree, int disagree, int abstain,
            int notVoted, BigDecimal percentAgree, BigDecimal threshold, boolean passed) {
    }

    private enum Align { CENTER, JUSTIFY, LEFT }

    private record Para(String text, boolean bold, boolean italic, boolean underline, Align align, int size) {

        static Para body(String text) {
            return new Para(text, false, false, false, Align.JUSTIFY, BODY);
        }

        static Para bold(String text) {
            return new Para(text, true, false, false, Align.JUSTIFY, BODY);
        }

        static Para centred(String text, boolean bold, boolean italic, boolean underline) {
            return new Para(text, bold, italic, underline, Align.CENTER, BODY);
        }
    }

    /** A block is a paragraph, a bordered table (first row the header) or a borderless two-column block. */
    private record Block(Para para, List<List<String>> table, List<Para> left, List<Para> right) {

        static Block of(Para para) {
            return new Block(para, null, null, null);
        }

        static Block table(List<List<String>> rows) {
            return new Block(null, rows, null, null);
        }

        static Block columns(List<Para> left, List<Para> right) {
            return new Block(null, null, left, right);
        }
    }

    public static ZonedDateTime local(java.time.OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(VIETNAM);
    }

    public String html(Minutes minutes) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(TITLE + " – " + minutes.unitName())).append("</title>\n<style>\n")
                .append("body{margin:0;background:#eee}\n")
                .append(".page{box-sizing:border-box;max-width:210mm;margin:0 auto;padding:20mm 20mm 20mm 30mm;")
                .append("background:#fff;font-family:'Times New Roman',Times,serif;font-size:13pt;line-height:1.3}\n")
                .append("p{margin:0 0 6pt}\n.block{width:100%;border-collapse:collapse}.block td{vertical-align:top}\n")
                .append(".votes{width:100%;border-collapse:collapse;font-size:11pt}")
                .append(".votes td,.votes th{border:1px solid #000;padding:2pt 4pt}\n")
                .append(".center{text-align:center}.justify{text-align:justify}.left{text-align:left}\n")
                .append(".b{font-weight:bold}.i{font-style:italic}.u{text-decoration:underline}\n")
                .append("</style>\n</head>\n<body>\n<main class=\"page\">\n");
        for (Block block : layout(minutes)) {
            if (block.para() != null) {
                paragraph(html, block.para());
            } else if (block.table() != null) {
                html.append("<table class=\"votes\">\n");
                for (int r = 0; r < block.table().size(); r++) {
                    String cell = r == 0 ? "th" : "td";
                    html.append("<tr>");
                    for (String text : block.table().get(r)) {
                        html.append('<').append(cell).append('>').append(escape(text)).append("</").append(cell).append('>');
                    }
                    html.append("</tr>\n");
                }
                html.append("</table>\n");
            } else {
                html.append("<table class=\"block\"><tr><td style=\"width:50%\">\n");
                block.left().forEach(p -> paragraph(html, p));
                html.append("</td><td>\n");
                block.right().forEach(p -> paragraph(html, p));
                html.append("</td></tr></table>\n");
            }
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    public byte[] docx(Minutes minutes) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(docx);
            for (Block block : layout(minutes)) {
                if (block.para() != null) {
                    format(docx.createParagraph(), block.para());
                } else if (block.table() != null) {
                    List<List<String>> rows = block.table();
                    XWPFTable table = docx.createTable(rows.size(), rows.get(0).size());
                    table.setWidth("100%");
                    for (int r = 0; r < rows.size(); r++) {
                        for (int c = 0; c < rows.get(r).size(); c++) {
                            format(table.getRow(r).getCell(c).getParagraphs().get(0), new Para(rows.get(r).get(c),
                                    r == 0, false, false, c == 1 ? Align.LEFT : Align.CENTER, SMALL));
                        }
                    }
                } else {
                    XWPFTable table = docx.createTable(1, 2);
                    table.removeBorders();
                    table.setWidth("100%");
                    cell(table.getRow(0).getCell(0), block.left());
                    cell(table.getRow(0).getCell(1), block.right());
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a .docx in memory", e);
        }
    }

    private static List<Block> layout(Minutes m) {
        List<Block> blocks = new ArrayList<>();
        List<Para> left = new ArrayList<>();
        if (m.governingBody() != null) {
            left.add(Para.centred(m.governingBody().toUpperCase(Locale.forLanguageTag("vi")), false, false, false));
        }
        left.add(Para.centred(m.unitName().toUpperCase(Locale.forLanguageTag("vi")), true, false, false));
        left.add(Para.centred("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", true, false, true));
        List<Para> right = List.of(Para.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, false),
                Para.centred("Độc lập - Tự do - Hạnh phúc", true, false, true),
                Para.centred(date(m.meetingAt()), false, true, false));
        blocks.add(Block.columns(left, right));
        blocks.add(Block.of(Para.centred("", false, false, false)));
        blocks.add(Block.of(Para.centred(TITLE, true, false, false)));
        blocks.add(Block.of(Para.centred("Xét danh hiệu thi đua, hình thức khen thưởng năm học " + m.schoolYear(), true,
                false, false)));

        CouncilMember chair = member(m, m.chairAccount());
        CouncilMember secretary = member(m, m.secretaryAccount());
        List<CouncilMember> present = m.members().stream().filter(CouncilMember::isPresent).toList();
        List<CouncilMember> absent = m.members().stream().filter(x -> !x.isPresent()).toList();
        blocks.add(Block.of(Para.body("Thời gian: " + time(m.meetingAt()) + ", " + date(m.meetingAt()) + ".")));
        blocks.add(Block.of(Para.body("Địa điểm: " + m.place() + ".")));
        blocks.add(Block.of(Para.body("Chủ trì: " + person(chair) + ".")));
        blocks.add(Block.of(Para.body("Thư ký: " + person(secretary) + ".")));
        blocks.add(Block.of(Para.bold("I. THÀNH PHẦN")));
        blocks.add(Block.of(Para.body("Hội đồng có " + m.members().size() + " thành viên; có mặt " + present.size()
                + ", vắng mặt " + absent.size() + ".")));
        blocks.add(Block.of(Para.body("Thành viên có mặt:")));
        for (int i = 0; i < present.size(); i++) {
            blocks.add(Block.of(Para.body((i + 1) + ". " + person(present.get(i)))));
        }
        blocks.add(Block.of(Para.body("Thành viên vắng mặt:" + (absent.isEmpty() ? " không." : ""))));
        for (int i = 0; i < absent.size(); i++) {
            blocks.add(Block.of(Para.body((i + 1) + ". " + person(absent.get(i)))));
        }
        blocks.add(Block.of(Para.body("Số thành viên có mặt " + present.size() + "/" + m.members().size()
                + ", đạt tỷ lệ tối thiểu " + m.quorum() + " tổng số thành viên (cần ít nhất " + m.requiredPresent()
                + "): cuộc họp đủ điều kiện biểu quyết theo bộ quy tắc " + m.ruleSetVersion() + ".")));

        blocks.add(Block.of(Para.bold("II. NỘI DUNG VÀ KẾT QUẢ BIỂU QUYẾT")));
        blocks.add(Block.of(Para.body("Hội đồng xem xét đề nghị danh hiệu thi đua, hình thức khen thưởng cho các cá nhân, "
                + "tập thể đủ điều kiện theo kết quả xét. Tỷ lệ đồng ý tính trên số thành viên có mặt.")));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Cá nhân, tập thể", "Danh hiệu, hình thức", "Hình thức biểu quyết", "Đồng ý",
                "Không đồng ý", "Không biểu quyết", "Tỷ lệ đồng ý", "Tỷ lệ cần đạt", "Kết quả"));
        for (int i = 0; i < m.lines().size(); i++) {
            Line line = m.lines().get(i);
            rows.add(List.of(String.valueOf(i + 1), line.nominee(), line.award().label, line.method().label,
                    String.valueOf(line.agree()), String.valueOf(line.disagree()),
                    String.valueOf(line.abstain() + line.notVoted()), percent(line.percentAgree()),
                    percent(line.threshold()), line.passed() ? "Đạt" : "Không đạt"));
        }
        blocks.add(Block.table(rows));
        for (Line line : m.lines()) {
            blocks.add(Block.of(Para.body("- " + line.nominee() + ", " + line.award().label + " ("
                    + line.method().label.toLowerCase(Locale.forLanguageTag("vi")) + "): " + line.agree() + "/"
                    + present.size() + " đồng ý, " + line.disagree() + " không đồng ý, " + (line.abstain()
                    + line.notVoted()) + " không biểu quyết; đạt " + percent(line.percentAgree()) + " (cần "
                    + percent(line.threshold()) + ").")));
        }

        blocks.add(Block.of(Para.bold("III. KẾT LUẬN")));
        List<Line> passed = m.lines().stream().filter(Line::passed).toList();
        List<Line> failed = m.lines().stream().filter(l -> !l.passed()).toList();
        blocks.add(Block.of(Para.body("Hội đồng thống nhất đề nghị " + passed.size() + " trường hợp:"
                + (passed.isEmpty() ? " không có." : ""))));
        for (int i = 0; i < passed.size(); i++) {
            blocks.add(Block.of(Para.body((i + 1) + ". " + passed.get(i).nominee() + " – " + passed.get(i).award().label
                    + " (" + percent(passed.get(i).percentAgree()) + " đồng ý).")));
        }
        if (!failed.isEmpty()) {
            blocks.add(Block.of(Para.body("Không đề nghị (chưa đạt tỷ lệ đồng ý cần thiết):")));
            for (int i = 0; i < failed.size(); i++) {
                blocks.add(Block.of(Para.body((i + 1) + ". " + failed.get(i).nominee() + " – "
                        + failed.get(i).award().label + " (" + percent(failed.get(i).percentAgree()) + " đồng ý).")));
            }
        }
        if (m.closedAt() != null) {
            blocks.add(Block.of(Para.body("Cuộc họp kết thúc lúc " + time(m.closedAt()) + ", " + date(m.closedAt())
                    + ". Biên bản được thông qua trước Hội đồng.")));
        }
        blocks.add(Block.columns(signature("THƯ KÝ", secretary), signature("CHỦ TỌA", chair)));
        return blocks;
    }

    private static List<Para> signature(String role, CouncilMember member) {
        List<Para> paras = new ArrayList<>();
        paras.add(Para.centred(role, true, false, false));
        paras.add(Para.centred("(Ký, ghi rõ họ tên)", false, true, false));
        for (int i = 0; i < 3; i++) {
            paras.add(Para.centred("", false, false, false));
        }
        paras.add(Para.centred(member == null ? "" : member.name(), true, false, false));
        return paras;
    }

    private static CouncilMember member(Minutes m, String account) {
        return m.members().stream().filter(x -> x.account().equals(account)).findFirst().orElse(null);
    }

    private static String person(CouncilMember member) {
        if (member == null) {
            return "";
        }
        return member.position() == null ? member.name() : member.name() + " – " + member.position();
    }

    static String date(ZonedDateTime at) {
        return "ngày %02d tháng %02d năm %d".formatted(at.getDayOfMonth(), at.getMonthValue(), at.getYear());
    }

    static String time(ZonedDateTime at) {
        return "%d giờ %02d phút".formatted(at.getHour(), at.getMinute());
    }

    /** Vietnamese decimals: 83,33 %. */
    static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    private static void paragraph(StringBuilder html, Para para) {
        html.append("<p class=\"").append(para.align().name().toLowerCase(Locale.ROOT));
        if (para.bold()) {
            html.append(" b");
        }
        if (para.italic()) {
            html.append(" i");
        }
        if (para.underline()) {
            html.append(" u");
        }
        html.append("\">").append(para.text().isEmpty() ? "&nbsp;" : escape(para.text())).append("</p>\n");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_20_MM));
        margins.setBottom(BigInteger.valueOf(MARGIN_20_MM));
        margins.setRight(BigInteger.valueOf(MARGIN_20_MM));
        margins.setLeft(BigInteger.valueOf(MARGIN_30_MM));
    }

    private static void cell(XWPFTableCell cell, List<Para> paras) {
        cell.setWidth("50%");
        for (int i = 0; i < paras.size(); i++) {
            // A new cell already holds one empty paragraph: use it for the first line.
            format(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), paras.get(i));
        }
    }

    private static void format(XWPFParagraph paragraph, Para para) {
        paragraph.setAlignment(switch (para.align()) {
            case CENTER -> ParagraphAlignment.CENTER;
            case JUSTIFY -> ParagraphAlignment.BOTH;
            case LEFT -> ParagraphAlignment.LEFT;
        });
        paragraph.setSpacingAfter(para.align() == Align.JUSTIFY ? 120 : 0);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(para.size());
        run.setBold(para.bold());
        run.setItalic(para.italic());
        if (para.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(para.text());
    }
}
