package vn.thidua.award.dossier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.award.rules.Title;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the posting endpoints return. */
final class PostingViews {

    private PostingViews() {
    }

    /** A posting with its nominees and the comments received. */
    @Schema(name = "PublicPosting", description = "Đợt công khai danh sách đề nghị khen thưởng trước khi hội đồng họp")
    public record PostingView(UUID id, UUID councilSessionId, String unitCode, String schoolYear, LocalDate postedFrom,
            LocalDate postedTo, String place,
            @Schema(description = "OPEN (đang công khai, nhận ý kiến) hoặc CLOSED (đã kết thúc)") String status,
            List<NomineeView> nominees, List<CommentView> comments, String openedBy, OffsetDateTime openedAt,
            String closedBy, OffsetDateTime closedAt, String closingNote) {

        static PostingView of(PublicPosting p, List<PostingComment> comments) {
            return new PostingView(p.id, p.councilSessionId, p.unitCode, p.schoolYear, p.postedFrom, p.postedTo,
                    p.place, p.closed() ? "CLOSED" : "OPEN", p.nominees.stream().map(NomineeView::of).toList(),
                    comments.stream().map(CommentView::of).toList(), p.openedBy, p.openedAt, p.closedBy, p.closedAt,
                    p.closingNote);
        }
    }

    /** A nominee as posted. */
    @Schema(name = "PostedNominee")
    public record NomineeView(@Schema(description = "Mục của chương trình họp hội đồng") UUID agendaItemId,
            String nomineeType, String nomineeId, @Schema(description = "Họ và tên hoặc tên tập thể") String name,
            Title awardCode, @Schema(description = "Danh hiệu, hình thức đề nghị (tiếng Việt)") String awardName) {

        static NomineeView of(PublicPosting.Nominee n) {
            Title award = Title.valueOf(n.awardCode());
            return new NomineeView(n.itemId(), n.nomineeType(), n.nomineeId(), n.name(), award, award.label);
        }
    }

    /** A comment received during the posting. */
    @Schema(name = "PostingComment")
    public record CommentView(UUID id, @Schema(description = "Về ai: mục của danh sách; null: cả danh sách")
            UUID agendaItemId, String aboutName, @Schema(description = "Người góp ý") String authorName,
            @Schema(description = "Tài khoản gửi hoặc ghi nhận") String author, LocalDate receivedOn, String text,
            String recordedBy, OffsetDateTime recordedAt) {

        static CommentView of(PostingComment c) {
            return new CommentView(c.id, c.agendaItemId, c.aboutName, c.authorName, c.author, c.receivedOn, c.body,
                    c.recordedBy, c.recordedAt);
        }
    }
}
