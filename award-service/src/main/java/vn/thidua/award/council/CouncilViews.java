package vn.thidua.award.council;

import vn.thidua.award.rules.Title;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What /api/v1/councils answers. */
final class CouncilViews {

    private CouncilViews() {
    }

    public record ItemView(UUID id, int position, CouncilAgendaItem.NomineeType nomineeType, String nomineeId,
            String nomineeName, Title awardCode, String awardName, CouncilRules.Method method,
            BigDecimal thresholdPercent, int ballotsCast, boolean showOfHands, Integer agree, Integer disagree,
            Integer abstain, BigDecimal percentAgree, Boolean passed, CouncilRules.Base agreeBase, Integer countedAgree,
            Integer countedOf) {

        static ItemView of(CouncilAgendaItem item, int ballotsCast, boolean closed) {
            // Counts are shown once the session is closed: a running tally would sway the members still to vote.
            return new ItemView(item.id, item.position, item.nomineeType, item.nomineeId, item.nomineeName,
                    item.awardCode, item.awardCode.label, item.method, item.thresholdPercent, ballotsCast,
                    item.tallyEntered, closed ? item.agree : null, closed ? item.disagree : null,
                    closed ? item.abstain : null, item.percentAgree, item.passed, item.agreeBase,
                    closed ? item.countedAgree : null, closed ? item.countedOf : null);
        }
    }

    public record SessionView(UUID id, String unitCode, String schoolYear, OffsetDateTime meetingAt, String place,
            CouncilSession.Status status, List<CouncilMember> members, String chairAccount, String secretaryAccount,
            String ruleSetVersion, String ruleSetNote, String quorum, int membersTotal, int membersPresent,
            int requiredPresent, boolean quorumReached, List<ItemView> agenda, List<ItemView> proposed,
            String createdBy, OffsetDateTime createdAt, OffsetDateTime openedAt, OffsetDateTime closedAt) {

        static SessionView of(CouncilSession s, List<CouncilAgendaItem> items, Map<UUID, Integer> cast,
                CouncilRules rules) {
            boolean closed = s.status == CouncilSession.Status.CLOSED;
            List<ItemView> agenda = items.stream().map(i -> ItemView.of(i, cast.getOrDefault(i.id, 0), closed)).toList();
            int total = s.members.size();
            int present = (int) s.presentCount();
            return new SessionView(s.id, s.unitCode, s.schoolYear, s.meetingAt, s.place, s.status, s.members,
                    s.chairAccount, s.secretaryAccount, s.ruleSetVersion, s.ruleSetNote, s.quorum, total, present,
                    rules.requiredPresent(total), rules.hasQuorum(present, total), agenda,
                    agenda.stream().filter(i -> Boolean.TRUE.equals(i.passed())).toList(), s.createdBy, s.createdAt,
                    s.openedAt, s.closedAt);
        }
    }

    /** A list entry: the session without its agenda. */
    public record SessionSummary(UUID id, String unitCode, String schoolYear, OffsetDateTime meetingAt, String place,
            CouncilSession.Status status, int membersTotal, String ruleSetVersion, OffsetDateTime closedAt) {

        static SessionSummary of(CouncilSession s) {
            return new SessionSummary(s.id, s.unitCode, s.schoolYear, s.meetingAt, s.place, s.status, s.members.size(),
                    s.ruleSetVersion, s.closedAt);
        }
    }
}
