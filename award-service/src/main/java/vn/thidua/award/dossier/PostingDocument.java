package vn.thidua.award.dossier;

import vn.thidua.award.rules.Title;
import vn.thidua.platform.document.Align;
import vn.thidua.platform.document.Block;
import vn.thidua.platform.document.OfficialDocument;
import vn.thidua.platform.document.Para;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Thông báo công khai in the layout of Nghị định 30/2020/NĐ-CP: header (the body above and the school; quốc hiệu,
 * tiêu ngữ, date), title, the posting period and place, the list of nominees, the comments received during the
 * period (who, when, about whom, what) or that none came, how the posting ended, recipients and signature.
 */
final class PostingDocument {

    record Content(String parentBody, String schoolName, String schoolYear, LocalDate date, LocalDate from,
            LocalDate to, String place, LocalDate meetingDay, List<PublicPosting.Nominee> nominees,
            List<PostingComment> comments, LocalDate closedOn) {
    }

    private static final int BODY = 14;
    private static final int HEADER = 13;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private PostingDocument() {
    }

    static List<Block> layout(Content c) {
        List<Para> left = new ArrayList<>();
        if (c.parentBody() != null) {
            left.add(Para.centred(c.parentBody().toUpperCase(VIETNAMESE), false, false, false, HEADER));
        }
        left.add(Para.centred(c.schoolName().toUpperCase(VIETNAMESE), true, false, false, HEADER));
        left.add(Para.centred("Số:      /TB", false, false, false, HEADER));
        List<Para> right = new ArrayList<>(OfficialDocument.nationalMotto(HEADER, BODY));
        right.add(Para.centred("ngày " + PostingProblems.day(c.date()).replaceFirst("(\\d+)/(\\d+)/(\\d+)",
                "$1 tháng $2 năm $3"), false, true, false, BODY));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Columns(left, right, 42));
        blocks.add(Para.centred("THÔNG BÁO", true, false, false, BODY));
        blocks.add(Para.centred("Công khai danh sách cá nhân, tập thể đề nghị công nhận danh hiệu thi đua và khen "
                + "thưởng năm học " + c.schoolYear(), true, false, false, BODY));
        blocks.add(body(c.schoolName() + " thông báo công khai danh sách " + c.nominees().size() + " cá nhân, tập thể "
                + "đề nghị công nhận danh hiệu thi đua và khen thưởng năm học " + c.schoolYear() + " để cán bộ, giáo "
                + "viên, nhân viên góp ý trước khi Hội đồng Thi đua – Khen thưởng họp ngày "
                + PostingProblems.day(c.meetingDay()) + "."));
        blocks.add(body("Thời gian công khai: từ ngày " + PostingProblems.day(c.from()) + " đến hết ngày "
                + PostingProblems.day(c.to()) + ". Địa điểm: " + c.place() + "."));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < c.nominees().size(); i++) {
            PublicPosting.Nominee n = c.nominees().get(i);
            rows.add(List.of(String.valueOf(i + 1), n.name(), Title.valueOf(n.awardCode()).label));
        }
        blocks.add(new Block.Table(List.of("STT", "Họ và tên / Tập thể", "Danh hiệu, hình thức đề nghị"), rows,
                List.of(Align.CENTER, Align.LEFT, Align.LEFT), List.of(8, 52, 40), HEADER));

        blocks.add(Para.left("Ý kiến nhận được trong thời gian công khai:", true, false, BODY));
        if (c.comments().isEmpty()) {
            blocks.add(body("Không có ý kiến nào" + (c.closedOn() == null ? " đến nay." : ".")));
        } else {
            List<List<String>> comments = new ArrayList<>();
            for (int i = 0; i < c.comments().size(); i++) {
                PostingComment comment = c.comments().get(i);
                comments.add(List.of(String.valueOf(i + 1), PostingProblems.day(comment.receivedOn),
                        comment.authorName, comment.aboutName == null ? "Cả danh sách" : comment.aboutName,
                        comment.body));
            }
            blocks.add(new Block.Table(List.of("STT", "Ngày nhận", "Người góp ý", "Về", "Nội dung"), comments,
                    List.of(Align.CENTER, Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT), List.of(7, 15, 20, 20, 38),
                    12));
        }
        blocks.add(body(c.closedOn() == null ? "Đợt công khai đang diễn ra; ý kiến tiếp tục được nhận đến hết ngày "
                + PostingProblems.day(c.to()) + "."
                : "Đợt công khai kết thúc ngày " + PostingProblems.day(c.closedOn()) + " với " + c.comments().size()
                        + " ý kiến; kết quả được báo cáo Hội đồng Thi đua – Khen thưởng."));

        List<Para> recipients = List.of(Para.left("Nơi nhận:", true, true, 12),
                Para.left("- Hội đồng TĐKT;", false, false, 11), Para.left("- Niêm yết tại " + c.place() + ";", false,
                        false, 11), Para.left("- Lưu: VT.", false, false, 11));
        List<Para> signature = new ArrayList<>();
        signature.add(Para.centred("HIỆU TRƯỞNG", true, false, false, BODY));
        for (int i = 0; i < 3; i++) {
            signature.add(Para.blank(BODY));
        }
        blocks.add(new Block.Columns(recipients, signature, 42));
        return blocks;
    }

    private static Para body(String text) {
        return Para.justified(text, false, true, BODY);
    }

    static String html(Content c) {
        return OfficialDocument.html("Thông báo công khai năm học " + c.schoolYear(), BODY, layout(c));
    }

    static byte[] docx(Content c) {
        return OfficialDocument.docx(layout(c));
    }
}
