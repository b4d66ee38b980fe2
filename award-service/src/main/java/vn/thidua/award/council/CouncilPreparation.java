package vn.thidua.award.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import vn.thidua.award.council.CouncilRules.Method;
import vn.thidua.award.council.CouncilSession.Status;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.time.SchoolYear;
import vn.thidua.platform.time.TimeSource;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Preparing a council session (principal, DRAFT): members, meeting time and place, attendance,
 * then opening the vote with a quorum. Quorum and thresholds come from the rule set in force on the
 * meeting date (Vietnam time), recorded on the session.
 */
@ApplicationScoped
@Transactional
class CouncilPreparation {

    /** A member as given by the principal. */
    public record MemberDraft(@NotBlank String name, String position, @NotBlank String account) {
    }

    /** A session as given by the principal; unitCode defaults to the principal's own school. */
    public record SessionDraft(String unitCode, @NotBlank String schoolYear, @NotNull OffsetDateTime meetingAt,
            @NotBlank String place, @NotEmpty @Valid List<@NotNull MemberDraft> members, @NotBlank String chairAccount,
            @NotBlank String secretaryAccount) {
    }

    public record Attendance(@NotBlank String account, @NotNull Boolean present) {
    }

    private final RuleSets ruleSets;
    private final CouncilAccess access;
    private final TimeSource time;
    private final jakarta.enterprise.inject.Instance<OpeningGate> gates;

    CouncilPreparation(RuleSets ruleSets, CouncilAccess access, TimeSource time,
            jakarta.enterprise.inject.Instance<OpeningGate> gates) {
        this.ruleSets = ruleSets;
        this.access = access;
        this.time = time;
        this.gates = gates;
    }

    CouncilSession create(SessionDraft draft) {
        String unit = draft.unitCode() == null || draft.unitCode().isBlank() ? access.callerUnit()
                : draft.unitCode().strip();
        access.requireRun(unit);
        CouncilSession session = new CouncilSession();
        session.id = TimeOrderedIds.next();
        session.unitCode = unit;
        session.status = Status.DRAFT;
        session.createdBy = access.actor();
        session.createdAt = time.now();
        apply(session, draft, List.of());
        session.persist();
        return session;
    }

    CouncilSession update(UUID id, SessionDraft draft) {
        CouncilSession session = Sessions.draft(id, access);
        if (draft.unitCode() != null && !draft.unitCode().isBlank() && !draft.unitCode().strip().equals(session.unitCode)) {
            throw CouncilProblems.staysInItsUnit();
        }
        apply(session, draft, session.members);
        CouncilRules rules = Sessions.rules(ruleSets, session);
        for (CouncilAgendaItem item : CouncilAgendaItem.ofSession(id)) {
            // The meeting date may have moved into another rule set: items follow its methods and thresholds.
            if (rules.secretRequired(item.awardCode)) {
                item.method = Method.SECRET;
            }
            item.thresholdPercent = rules.threshold(item.awardCode);
            item.agreeBase = rules.base(item.awardCode);
        }
        return session;
    }

    CouncilSession recordAttendance(UUID id, List<Attendance> attendance) {
        CouncilSession session = Sessions.draft(id, access);
        Map<String, Boolean> given = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < attendance.size(); i++) {
            Attendance entry = attendance.get(i);
            String account = entry.account().strip();
            if (session.member(account).isEmpty()) {
                errors.add(CouncilProblems.attendeeNotAMember(i, account));
            } else if (given.put(account, entry.present()) != null) {
                errors.add(CouncilProblems.attendeeTwice(i, account));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        session.members = session.members.stream()
                .map(m -> given.containsKey(m.account()) ? m.withPresent(given.get(m.account())) : m).toList();
        return session;
    }

    /**
     * Opens the vote: only with an agenda and a quorum of members present (members whose attendance
     * is not recorded are absent), and once every {@link OpeningGate} agrees (a public posting of the
     * nominees has ended). Members and agenda are fixed from here on.
     */
    CouncilSession open(UUID id) {
        CouncilSession session = Sessions.draft(id, access);
        if (CouncilAgendaItem.count("sessionId", id) == 0) {
            throw CouncilProblems.emptyAgenda();
        }
        CouncilRules rules = Sessions.rules(ruleSets, session);
        int total = session.members.size();
        int present = (int) session.presentCount();
        if (!rules.hasQuorum(present, total)) {
            throw CouncilProblems.noQuorum(rules, present, total);
        }
        gates.forEach(gate -> gate.beforeOpening(id));
        session.status = Status.VOTING;
        session.openedAt = time.now();
        session.membersTotal = total;
        session.membersPresent = present;
        return session;
    }

    private void apply(CouncilSession session, SessionDraft draft, List<CouncilMember> before) {
        List<FieldError> errors = new ArrayList<>();
        try {
            SchoolYear.parse(draft.schoolYear());
        } catch (IllegalArgumentException e) {
            errors.add(CouncilProblems.badSchoolYear());
        }
        Set<String> accounts = new HashSet<>();
        List<CouncilMember> members = new ArrayList<>();
        for (int i = 0; i < draft.members().size(); i++) {
            MemberDraft m = draft.members().get(i);
            String account = m.account().strip();
            if (!accounts.add(account)) {
                errors.add(CouncilProblems.duplicateAccount(i, account));
            }
            // Attendance already recorded is kept for members still listed.
            Boolean present = before.stream().filter(b -> b.account().equals(account)).findFirst()
                    .map(CouncilMember::present).orElse(null);
            members.add(new CouncilMember(m.name().strip(), Texts.blankToNull(m.position()), account, present));
        }
        if (!accounts.contains(draft.chairAccount().strip())) {
            errors.add(CouncilProblems.chairNotAMember());
        }
        if (!accounts.contains(draft.secretaryAccount().strip())) {
            errors.add(CouncilProblems.secretaryNotAMember());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        session.schoolYear = draft.schoolYear().strip();
        session.meetingAt = draft.meetingAt();
        session.place = draft.place().strip();
        session.members = members;
        session.chairAccount = draft.chairAccount().strip();
        session.secretaryAccount = draft.secretaryAccount().strip();
        RuleSets.Choice choice = ruleSets.resolve(session.unitCode, TimeSource.dayInVietnam(draft.meetingAt()));
        session.ruleSetVersion = choice.rules().version();
        session.ruleSetNote = choice.note();
        session.quorum = CouncilRules.of(choice.rules()).quorum();
    }
}
