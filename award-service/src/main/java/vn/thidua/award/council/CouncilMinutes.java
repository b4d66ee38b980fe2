package vn.thidua.award.council;

import vn.thidua.award.rules.Title;
import vn.thidua.platform.document.Align;
import vn.thidua.platform.document.Block;
import vn.thidua.platform.document.OfficialDocument;
import vn.thidua.platform.document.Para;
import vn.thidua.platform.time.TimeSource;

import java.math.BigDecimal;
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
 * Both outputs come from one list of blocks written by {@link OfficialDocument}, so they never differ in content.
 */
final class CouncilMinutes {

    static final String TITLE = "BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG";
    private static final int BODY = 13;
    private static final int SMALL = 11;
    private static final int HALF = 50;
    private static final List<String> VOTE_COLUMNS = List.of("STT", "Cá nhân, tập thể", "Danh hiệu, hình thức",
            "Hình thức biểu quyết", "Đồng ý", "Không đồng ý", "Không biểu quyết", "Tỷ lệ đồng ý", "Tỷ lệ cần đạt",
            "Kết quả");
    // The nominee reads left to right; numbers, methods and results are centred.
    private static final List<Align> VOTE_ALIGNS = List.of(Align.CENTER, Align.LEFT, Align.CENTER, Align.CENTER,
            Align.CENTER, Align.CENTER, Align.CENTER, Align.CENTER, Align.CENTER, Align.CENTER);

    /** What the minutes say; built from a closed session. */
    public record Minutes(String governingBody, String unitName, String schoolYear, ZonedDateTime meetingAt,
            ZonedDateTime closedAt, String place, List<CouncilMember> members, String chairAccount,
            String secretaryAccount, String ruleSetVersion, String quorum, int requiredPresent, List<Line> lines) {
    }

    /** One ballot: nominee as named in the minutes, award, method and result. */
    public record Line(String nominee, Title award, CouncilRules.Method method, int agree, int disagree, int abstain,
            int notVoted, BigDecimal percentAgree, BigDecimal threshold, boolean passed, CouncilRules.Base base,
            Integer countedAgree, Integer countedOf, List<String> written) {

        public Line(String nominee, Title award, CouncilRules.Method method, int agree, int disagree, int abstain,
                int notVoted, BigDecimal percentAgree, BigDecimal threshold, boolean passed) {
            this(nominee, award, method, agree, disagree, abstain, notVoted, percentAgree, threshold, passed,
                    CouncilRules.Base.PRESENT, null, null, List.of());
        }
    }

    private static Para body(String text) {
        return Para.justified(text, false, false, BODY);
    }

    private static Para bold(String text) {
        return Para.justified(text, true, false, BODY);
    }

    private static Para centred(String text, boolean bold, boolean italic, boolean underline) {
        return Para.centred(text, bold, italic, underline, BODY);
    }

    public static ZonedDateTime local(java.time.OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(TimeSource.VIETNAM);
    }

    public String html(Minutes minutes) {
        return OfficialDocument.html(TITLE + " – " + minutes.unitName(), BODY, layout(minutes));
    }

    public byte[] docx(Minutes minutes) {
        return OfficialDocument.docx(layout(minutes));
    }

    private static List<Block> layout(Minutes m) {
        List<Block> blocks = new ArrayList<>();
        List<Para> left = new ArrayList<>();
        if (m.governingBody() != null) {
            left.add(centred(m.governingBody().toUpperCase(Locale.forLanguageTag("vi")), false, false, false));
        }
        left.add(centred(m.unitName().toUpperCase(Locale.forLanguageTag("vi")), true, false, false));
        left.add(centred("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", true, false, true));
        List<Para> right = new ArrayList<>(OfficialDocument.nationalMotto(BODY, BODY));
        right.add(centred(date(m.meetingAt()), false, true, false));
        blocks.add(new Block.Columns(left, right, HALF));
        blocks.add(Para.blank(BODY));
        blocks.add(centred(TITLE, true, false, false));
        blocks.add(centred("Xét danh hiệu thi đua, hình thức khen thưởng năm học " + m.schoolYear(), true,
                false, false));

        CouncilMember chair = member(m, m.chairAccount());
        CouncilMember secretary = member(m, m.secretaryAccount());
        List<CouncilMember> present = m.members().stream().filter(CouncilMember::isPresent).toList();
        List<CouncilMember> absent = m.members().stream().filter(x -> !x.isPresent()).toList();
        blocks.add(body("Thời gian: " + time(m.meetingAt()) + ", " + date(m.meetingAt()) + "."));
        blocks.add(body("Địa điểm: " + m.place() + "."));
        blocks.add(body("Chủ trì: " + person(chair) + "."));
        blocks.add(body("Thư ký: " + person(secretary) + "."));
        blocks.add(bold("I. THÀNH PHẦN"));
        blocks.add(body("Hội đồng có " + m.members().size() + " thành viên; có mặt " + present.size()
                + ", vắng mặt " + absent.size() + "."));
        blocks.add(body("Thành viên có mặt:"));
        for (int i = 0; i < present.size(); i++) {
            blocks.add(body((i + 1) + ". " + person(present.get(i))));
        }
        blocks.add(body("Thành viên vắng mặt:" + (absent.isEmpty() ? " không." : "")));
        for (int i = 0; i < absent.size(); i++) {
            blocks.add(body((i + 1) + ". " + person(absent.get(i))));
        }
        blocks.add(body("Số thành viên có mặt " + present.size() + "/" + m.members().size()
                + ", đạt tỷ lệ tối thiểu " + m.quorum() + " tổng số thành viên (cần ít nhất " + m.requiredPresent()
                + "): cuộc họp đủ điều kiện biểu quyết theo bộ quy tắc " + m.ruleSetVersion() + "."));

        blocks.add(bold("II. NỘI DUNG VÀ KẾT QUẢ BIỂU QUYẾT"));
        blocks.add(body("Hội đồng xem xét đề nghị danh hiệu thi đua, hình thức khen thưởng cho các cá nhân, "
                + "tập thể đủ điều kiện theo kết quả xét. " + (m.lines().stream().allMatch(l -> l.base() == CouncilRules.Base.PRESENT)
                ? "Tỷ lệ đồng ý tính trên số thành viên có mặt."
                : "Tỷ lệ đồng ý tính theo cơ sở của từng danh hiệu (số thành viên có mặt, kể cả ý kiến bằng văn bản, "
                        + "hoặc tổng số thành viên hội đồng), ghi ở từng mục.")));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < m.lines().size(); i++) {
            Line line = m.lines().get(i);
            rows.add(List.of(String.valueOf(i + 1), line.nominee(), line.award().label, line.method().label,
                    String.valueOf(line.agree()), String.valueOf(line.disagree()),
                    String.valueOf(line.abstain() + line.notVoted()), percent(line.percentAgree()),
                    percent(line.threshold()), line.passed() ? "Đạt" : "Không đạt"));
        }
        blocks.add(new Block.Table(VOTE_COLUMNS, rows, VOTE_ALIGNS, List.of(), SMALL));
        for (Line line : m.lines()) {
            blocks.add(body("- " + line.nominee() + ", " + line.award().label + " ("
                    + line.method().label.toLowerCase(Locale.forLanguageTag("vi")) + "): " + line.agree() + "/"
                    + present.size() + " đồng ý, " + line.disagree() + " không đồng ý, " + (line.abstain()
                    + line.notVoted()) + " không biểu quyết; đạt " + percent(line.percentAgree()) + " (cần "
                    + percent(line.threshold()) + (line.base() == CouncilRules.Base.PRESENT ? ""
                    : " " + line.base().label + (line.countedOf() == null ? ""
                    : ": " + line.countedAgree() + "/" + line.countedOf())) + ")."));
            for (String written : line.written()) {
                blocks.add(body("  Ý kiến bằng văn bản: " + written + "."));
            }
        }

        blocks.add(bold("III. KẾT LUẬN"));
        List<Line> passed = m.lines().stream().filter(Line::passed).toList();
        List<Line> failed = m.lines().stream().filter(l -> !l.passed()).toList();
        blocks.add(body("Hội đồng thống nhất đề nghị " + passed.size() + " trường hợp:"
                + (passed.isEmpty() ? " không có." : "")));
        for (int i = 0; i < passed.size(); i++) {
            blocks.add(body((i + 1) + ". " + passed.get(i).nominee() + " – " + passed.get(i).award().label
                    + " (" + percent(passed.get(i).percentAgree()) + " đồng ý)."));
        }
        if (!failed.isEmpty()) {
            blocks.add(body("Không đề nghị (chưa đạt tỷ lệ đồng ý cần thiết):"));
            for (int i = 0; i < failed.size(); i++) {
                blocks.add(body((i + 1) + ". " + failed.get(i).nominee() + " – "
                        + failed.get(i).award().label + " (" + percent(failed.get(i).percentAgree()) + " đồng ý)."));
            }
        }
        if (m.closedAt() != null) {
            blocks.add(body("Cuộc họp kết thúc lúc " + time(m.closedAt()) + ", " + date(m.closedAt())
                    + ". Biên bản được thông qua trước Hội đồng."));
        }
        blocks.add(new Block.Columns(signature("THƯ KÝ", secretary), signature("CHỦ TỌA", chair), HALF));
        return blocks;
    }

    private static List<Para> signature(String role, CouncilMember member) {
        List<Para> paras = new ArrayList<>();
        paras.add(centred(role, true, false, false));
        paras.add(centred("(Ký, ghi rõ họ tên)", false, true, false));
        for (int i = 0; i < 3; i++) {
            paras.add(Para.blank(BODY));
        }
        paras.add(centred(member == null ? "" : member.name(), true, false, false));
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
}
