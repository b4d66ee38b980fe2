package vn.thidua.award;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.award.CouncilAgendaItem.NomineeType;
import vn.thidua.award.CouncilRules.Method;
import vn.thidua.award.CouncilSession.Status;
import vn.thidua.award.CouncilVote.Choice;
import vn.thidua.award.messaging.CouncilEvents;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.time.SchoolYear;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Council sessions (DESIGN.md, flow step 5): prepared by the principal (members, agenda from the
 * stored eligibility, ballot methods, attendance), opened for the vote only with a quorum, voted by
 * the members present, and closed with one result per nominee; closing emits
 * {@code vn.thidua.award.council-voted.v1} through the outbox in the same transaction.
 *
 * <p>Quorum and thresholds come from the rule set in force on the meeting date, recorded on the
 * session; a closed session never changes.
 */
@ApplicationScoped
@Transactional
public class CouncilService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A member as given by the principal. */
    public record MemberDraft(@NotBlank String name, String position, @NotBlank String account) {
    }

    /** A session as given by the principal; unitCode defaults to the principal's own school. */
    public record SessionDraft(String unitCode, @NotBlank String schoolYear, @NotNull OffsetDateTime meetingAt,
            @NotBlank String place, @NotEmpty @Valid List<@NotNull MemberDraft> members, @NotBlank String chairAccount,
            @NotBlank String secretaryAccount) {
    }

    /** An agenda item; method defaults to what the rule set asks for the award. */
    public record ItemDraft(@NotNull NomineeType nomineeType, @NotBlank String nomineeId, String nomineeName,
            @NotNull Title awardCode, Method method) {
    }

    /** What the principal may change of an item: the nominee's name as it reads in the minutes, the method. */
    public record ItemChange(String nomineeName, Method method) {
    }

    public record Attendance(@NotBlank String account, @NotNull Boolean present) {
    }

    /** Counts of an open show of hands, entered by the chair. */
    public record ShowOfHands(@NotNull @Min(0) Integer agree, @NotNull @Min(0) Integer disagree,
            @NotNull @Min(0) Integer abstain) {
    }

    private final RuleSets ruleSets;
    private final Outbox outbox;
    private final CouncilAccess access;

    public CouncilService(RuleSets ruleSets, Outbox outbox, CouncilAccess access) {
        this.ruleSets = ruleSets;
        this.outbox = outbox;
        this.access = access;
    }

    // ---- reads

    @Transactional(Transactional.TxType.SUPPORTS)
    public CouncilSession read(UUID id) {
        CouncilSession session = CouncilSession.findById(id);
        if (session == null) {
            throw CouncilAccess.notFound(id);
        }
        access.requireRead(session);
        return session;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CouncilSession> list(String unitCode, String schoolYear) {
        access.requireReadUnit(unitCode);
        return CouncilSession.ofUnits(List.of(unitCode), schoolYear);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CouncilAgendaItem> agenda(UUID sessionId) {
        return CouncilAgendaItem.ofSession(sessionId);
    }

    /** Ballots cast per item (individual ballots; a show of hands counts its votes). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Integer> ballotsCast(List<CouncilAgendaItem> items) {
        Map<UUID, Integer> cast = new HashMap<>();
        if (items.isEmpty()) {
            return cast;
        }
        List<?> rows = Panache.getEntityManager().createNativeQuery(
                "select item_id, count(*) from council_ballot_cast where item_id in (?1) group by item_id")
                .setParameter(1, items.stream().map(i -> i.id).toList()).getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            cast.put((UUID) cells[0], ((Number) cells[1]).intValue());
        }
        for (CouncilAgendaItem item : items) {
            if (item.tallyEntered) {
                cast.put(item.id, item.agree + item.disagree + item.abstain);
            }
        }
        return cast;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CouncilRules rules(CouncilSession session) {
        return CouncilRules.of(ruleSets.require(session.ruleSetVersion));
    }

    /** The unit's name and its parent's (the governing body in the minutes' header), from the unit copy. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String[] unitNames(String unitCode) {
        List<?> rows = Panache.getEntityManager().createNativeQuery("""
                select u.name, p.name from unit_copy u left join unit_copy p on p.code = u.parent_code
                where u.code = ?1""").setParameter(1, unitCode).getResultList();
        if (rows.isEmpty()) {
            return new String[] {unitCode, null};
        }
        Object[] cells = (Object[]) rows.get(0);
        return new String[] {(String) cells[0], (String) cells[1]};
    }

    // ---- preparation (principal, DRAFT)

    public CouncilSession create(SessionDraft draft) {
        String unit = draft.unitCode() == null || draft.unitCode().isBlank() ? access.callerUnit()
                : draft.unitCode().strip();
        access.requireRun(unit);
        CouncilSession session = new CouncilSession();
        session.id = UUID.randomUUID();
        session.unitCode = unit;
        session.status = Status.DRAFT;
        session.createdBy = access.actor();
        session.createdAt = now();
        apply(session, draft, List.of());
        session.persist();
        return session;
    }

    public CouncilSession update(UUID id, SessionDraft draft) {
        CouncilSession session = draft(id);
        if (draft.unitCode() != null && !draft.unitCode().isBlank() && !draft.unitCode().strip().equals(session.unitCode)) {
            throw ProblemException.unprocessable("unitCode", "Không chuyển phiên họp sang đơn vị khác (a session stays "
                    + "in its unit)");
        }
        apply(session, draft, session.members);
        CouncilRules rules = rules(session);
        for (CouncilAgendaItem item : CouncilAgendaItem.ofSession(id)) {
            // The meeting date may have moved into another rule set: items follow its methods and thresholds.
            if (rules.secretRequired(item.awardCode)) {
                item.method = Method.SECRET;
            }
            item.thresholdPercent = rules.threshold(item.awardCode);
        }
        return session;
    }

    /**
     * Adds every nominee and award of the latest eligibility computation of the session's unit and
     * year not yet on the agenda; items already there (and their names and methods) are kept.
     */
    public CouncilSession fillAgenda(UUID id) {
        CouncilSession session = draft(id);
        EligibilityCycle cycle = latestCycle(session);
        CouncilRules rules = rules(session);
        List<CouncilAgendaItem> items = CouncilAgendaItem.ofSession(id);
        Set<String> present = new HashSet<>();
        items.forEach(i -> present.add(key(i.nomineeType, i.nomineeId, i.awardCode)));
        int position = items.stream().mapToInt(i -> i.position).max().orElse(0);
        for (CollectiveEligibility collective : CollectiveEligibility.ofCycle(cycle.cycleId)) {
            String name = collective.key.kind() == CollectiveResult.Kind.SCHOOL ? unitNames(collective.key.code())[0]
                    : null;
            for (Title title : collective.eligible) {
                if (present.add(key(NomineeType.COLLECTIVE, collective.key.code(), title))) {
                    item(session, ++position, NomineeType.COLLECTIVE, collective.key.code(), name, title,
                            rules.defaultMethod(title), rules).persist();
                }
            }
        }
        for (StaffEligibility staff : StaffEligibility.ofCycle(cycle.cycleId)) {
            for (Title title : staff.eligible) {
                if (present.add(key(NomineeType.STAFF, staff.key.staffId().toString(), title))) {
                    item(session, ++position, NomineeType.STAFF, staff.key.staffId().toString(), null, title,
                            rules.defaultMethod(title), rules).persist();
                }
            }
        }
        return session;
    }

    public CouncilAgendaItem addItem(UUID id, ItemDraft draft) {
        CouncilSession session = draft(id);
        String nomineeId = draft.nomineeId().strip();
        if (draft.nomineeType() == NomineeType.STAFF) {
            try {
                nomineeId = UUID.fromString(nomineeId).toString();
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("nomineeId", "Mã cán bộ phải là UUID (a staff id is a UUID)");
            }
        }
        requireEligible(session, draft.nomineeType(), nomineeId, draft.awardCode());
        if (CouncilAgendaItem.count("sessionId = ?1 and nomineeType = ?2 and nomineeId = ?3 and awardCode = ?4", id,
                draft.nomineeType(), nomineeId, draft.awardCode()) > 0) {
            throw ProblemException.conflict("Đối tượng " + nomineeId + " đã có trong chương trình với " + draft.awardCode()
                    + " (already on the agenda for this award)");
        }
        CouncilRules rules = rules(session);
        Method method = draft.method() != null ? draft.method() : rules.defaultMethod(draft.awardCode());
        requireMethod(rules, draft.awardCode(), method);
        int position = CouncilAgendaItem.ofSession(id).stream().mapToInt(i -> i.position).max().orElse(0) + 1;
        CouncilAgendaItem item = item(session, position, draft.nomineeType(), nomineeId, blankToNull(draft.nomineeName()),
                draft.awardCode(), method, rules);
        item.persist();
        return item;
    }

    public CouncilAgendaItem changeItem(UUID id, UUID itemId, ItemChange change) {
        CouncilSession session = draft(id);
        CouncilAgendaItem item = item(session, itemId);
        if (change.method() != null) {
            requireMethod(rules(session), item.awardCode, change.method());
            item.method = change.method();
        }
        if (change.nomineeName() != null) {
            item.nomineeName = blankToNull(change.nomineeName());
        }
        return item;
    }

    public void removeItem(UUID id, UUID itemId) {
        CouncilSession session = draft(id);
        item(session, itemId).delete();
    }

    public CouncilSession recordAttendance(UUID id, List<Attendance> attendance) {
        CouncilSession session = draft(id);
        Map<String, Boolean> given = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < attendance.size(); i++) {
            Attendance entry = attendance.get(i);
            String account = entry.account().strip();
            if (session.member(account).isEmpty()) {
                errors.add(new FieldError("attendance[" + i + "].account", "Không phải thành viên của phiên họp: " + account
                        + " (not a member of this session)"));
            } else if (given.put(account, entry.present()) != null) {
                errors.add(new FieldError("attendance[" + i + "].account", "Trùng thành viên " + account + " (given twice)"));
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
     * is not recorded are absent). Members and agenda are fixed from here on.
     */
    public CouncilSession open(UUID id) {
        CouncilSession session = draft(id);
        if (CouncilAgendaItem.count("sessionId", id) == 0) {
            throw ProblemException.unprocessable("agenda", "Chương trình họp chưa có người, tập thể được đề nghị (the "
                    + "agenda is empty)");
        }
        CouncilRules rules = rules(session);
        int total = session.members.size();
        int present = (int) session.presentCount();
        if (!rules.hasQuorum(present, total)) {
            throw new ProblemException(422, "quorum", "Không đủ số thành viên dự họp (no quorum)",
                    quorumMessage(rules, present, total) + " (too few members present to vote: " + present + " of "
                            + total + ", at least " + rules.requiredPresent(total) + " needed)",
                    List.of(new FieldError("attendance", quorumMessage(rules, present, total))));
        }
        session.status = Status.VOTING;
        session.openedAt = now();
        session.membersTotal = total;
        session.membersPresent = present;
        return session;
    }

    static String quorumMessage(CouncilRules rules, int present, int total) {
        return "Có mặt " + present + "/" + total + ", cần tối thiểu " + rules.requiredPresent(total) + " (tỷ lệ "
                + rules.quorum() + " theo bộ quy tắc " + rules.version() + ")";
    }

    // ---- the vote (council members present, VOTING)

    /** One ballot of the calling member on one item; a second ballot on the same item is refused (409). */
    public void castBallot(UUID id, UUID itemId, Choice choice) {
        CouncilSession session = lock(id, LockModeType.PESSIMISTIC_READ);
        String account = access.requireVoter(session);
        requireVoting(session);
        CouncilAgendaItem item = item(session, itemId);
        if (item.tallyEntered) {
            throw ProblemException.conflict("Chủ tọa đã nhập kết quả biểu quyết giơ tay cho mục này (the chair entered "
                    + "a show-of-hands count for this item)");
        }
        int inserted = Panache.getEntityManager().createNativeQuery(
                "insert into council_ballot_cast (item_id, account) values (?1, ?2) on conflict do nothing")
                .setParameter(1, itemId).setParameter(2, account).executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("Thành viên " + account + " đã bỏ phiếu cho mục này; mỗi thành viên bỏ một "
                    + "phiếu (you have already voted on this item: once per ballot)");
        }
        CouncilVote vote = new CouncilVote();
        vote.id = UUID.randomUUID();
        vote.itemId = itemId;
        vote.secret = item.method == Method.SECRET;
        vote.account = vote.secret ? null : account;
        vote.choice = choice;
        vote.persist();
    }

    /** The chair's count of a show of hands on an open item, instead of individual ballots; once. */
    public CouncilAgendaItem enterShowOfHands(UUID id, UUID itemId, ShowOfHands counts) {
        CouncilSession session = lock(id, LockModeType.PESSIMISTIC_WRITE);
        access.requireChair(session);
        requireVoting(session);
        CouncilAgendaItem item = item(session, itemId);
        if (item.method != Method.OPEN) {
            throw ProblemException.unprocessable("method", "Mục này bỏ phiếu kín, không biểu quyết giơ tay (a secret "
                    + "ballot has no show of hands)");
        }
        if (item.tallyEntered || CouncilVote.count("itemId", itemId) > 0) {
            throw ProblemException.conflict("Mục này đã có phiếu hoặc kết quả biểu quyết (this item already has votes)");
        }
        int present = (int) session.presentCount();
        int sum = counts.agree() + counts.disagree() + counts.abstain();
        if (sum > present) {
            throw ProblemException.unprocessable("agree", "Tổng số biểu quyết " + sum + " nhiều hơn số thành viên có mặt "
                    + present + " (more votes than members present)");
        }
        item.tallyEntered = true;
        item.agree = counts.agree();
        item.disagree = counts.disagree();
        item.abstain = counts.abstain();
        return item;
    }

    /**
     * Closes the vote: one result per item over the members present, passed when the agreement
     * reaches the item's threshold; emits council-voted. A present member who did not vote counts
     * as not agreeing.
     */
    public CouncilSession close(UUID id) {
        CouncilSession session = lock(id, LockModeType.PESSIMISTIC_WRITE);
        access.requireRun(session);
        requireVoting(session);
        int present = (int) session.presentCount();
        List<CouncilEvents.Result> results = new ArrayList<>();
        for (CouncilAgendaItem item : CouncilAgendaItem.ofSession(id)) {
            CouncilTally tally = item.tallyEntered ? new CouncilTally(item.agree, item.disagree, item.abstain, present)
                    : count(CouncilVote.ofItem(item.id), present);
            item.agree = tally.agree();
            item.disagree = tally.disagree();
            item.abstain = tally.abstain();
            item.percentAgree = tally.percentAgree();
            item.passed = tally.passed(item.thresholdPercent);
            results.add(new CouncilEvents.Result(item.nomineeId, item.awardCode, item.agree, item.disagree, item.abstain,
                    item.percentAgree, item.passed));
        }
        session.status = Status.CLOSED;
        session.closedAt = now();
        outbox.publish(EventTypes.COUNCIL_VOTED, session.id.toString(), session.unitCode, session.schoolYear,
                new CouncilEvents.CouncilVoted(session.id, session.unitCode, session.schoolYear, session.membersTotal,
                        session.membersPresent, results, session.closedAt));
        return session;
    }

    static CouncilTally count(List<CouncilVote> votes, int present) {
        int agree = 0;
        int disagree = 0;
        int abstain = 0;
        for (CouncilVote vote : votes) {
            switch (vote.choice) {
                case AGREE -> agree++;
                case DISAGREE -> disagree++;
                case ABSTAIN -> abstain++;
            }
        }
        return new CouncilTally(agree, disagree, abstain, present);
    }

    // ---- helpers

    private void apply(CouncilSession session, SessionDraft draft, List<CouncilMember> before) {
        List<FieldError> errors = new ArrayList<>();
        try {
            SchoolYear.parse(draft.schoolYear());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("schoolYear", "Năm học dạng 2024-2025 (a school year such as 2024-2025)"));
        }
        Set<String> accounts = new HashSet<>();
        List<CouncilMember> members = new ArrayList<>();
        for (int i = 0; i < draft.members().size(); i++) {
            MemberDraft m = draft.members().get(i);
            String account = m.account().strip();
            if (!accounts.add(account)) {
                errors.add(new FieldError("members[" + i + "].account", "Trùng tài khoản " + account + " (duplicate)"));
            }
            // Attendance already recorded is kept for members still listed.
            Boolean present = before.stream().filter(b -> b.account().equals(account)).findFirst()
                    .map(CouncilMember::present).orElse(null);
            members.add(new CouncilMember(m.name().strip(), blankToNull(m.position()), account, present));
        }
        if (!accounts.contains(draft.chairAccount().strip())) {
            errors.add(new FieldError("chairAccount", "Chủ tịch hội đồng phải là một thành viên (the chair must be a member)"));
        }
        if (!accounts.contains(draft.secretaryAccount().strip())) {
            errors.add(new FieldError("secretaryAccount", "Thư ký phải là một thành viên (the secretary must be a member)"));
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
        RuleSets.Choice choice = ruleSets.forDate(draft.meetingAt().atZoneSameInstant(VIETNAM).toLocalDate());
        session.ruleSetVersion = choice.rules().version();
        session.ruleSetNote = choice.note();
        session.quorum = CouncilRules.of(choice.rules()).quorum();
    }

    /** The session, locked, run by the caller, still in preparation. */
    private CouncilSession draft(UUID id) {
        CouncilSession session = lock(id, LockModeType.PESSIMISTIC_WRITE);
        access.requireRun(session);
        if (session.status != Status.DRAFT) {
            throw ProblemException.conflict(session.status == Status.CLOSED
                    ? "Phiên họp đã kết thúc, không sửa được (a closed session is never changed)"
                    : "Đang biểu quyết: thành viên, điểm danh và chương trình không sửa được (voting is open: members, "
                            + "attendance and agenda are fixed)");
        }
        return session;
    }

    private static CouncilSession lock(UUID id, LockModeType mode) {
        CouncilSession session = CouncilSession.findById(id, mode);
        if (session == null) {
            throw CouncilAccess.notFound(id);
        }
        return session;
    }

    private static void requireVoting(CouncilSession session) {
        if (session.status == Status.DRAFT) {
            throw ProblemException.conflict("Chưa mở biểu quyết (voting is not open yet)");
        }
        if (session.status == Status.CLOSED) {
            throw ProblemException.conflict("Phiên họp đã kết thúc, không bỏ phiếu được nữa (the session is closed)");
        }
    }

    private static CouncilAgendaItem item(CouncilSession session, UUID itemId) {
        CouncilAgendaItem item = CouncilAgendaItem.findById(itemId);
        if (item == null || !item.sessionId.equals(session.id)) {
            throw ProblemException.notFound("Mục trong chương trình họp (agenda item)", itemId);
        }
        return item;
    }

    private static CouncilAgendaItem item(CouncilSession session, int position, NomineeType type, String nomineeId,
            String name, Title award, Method method, CouncilRules rules) {
        CouncilAgendaItem item = new CouncilAgendaItem();
        item.id = UUID.randomUUID();
        item.sessionId = session.id;
        item.position = position;
        item.nomineeType = type;
        item.nomineeId = nomineeId;
        item.nomineeName = name;
        item.awardCode = award;
        item.method = method;
        item.thresholdPercent = rules.threshold(award);
        return item;
    }

    private static void requireMethod(CouncilRules rules, Title award, Method method) {
        if (method == Method.OPEN && rules.secretRequired(award)) {
            throw ProblemException.unprocessable("method", award + " phải bỏ phiếu kín theo bộ quy tắc " + rules.version()
                    + " (council.secretBallotTitles: this award is voted by secret ballot)");
        }
    }

    private static EligibilityCycle latestCycle(CouncilSession session) {
        return EligibilityCycle.ofUnit(session.unitCode, session.schoolYear).stream()
                .max(Comparator.comparing((EligibilityCycle c) -> c.computedAt))
                .orElseThrow(() -> ProblemException.unprocessable("schoolYear", "Chưa có kết quả xét danh hiệu của "
                        + session.unitCode + " năm học " + session.schoolYear + " (no eligibility computed for this unit "
                        + "and year)"));
    }

    /** 422 naming the field unless the latest computation finds the nominee eligible for the award. */
    private static void requireEligible(CouncilSession session, NomineeType type, String nomineeId, Title award) {
        EligibilityCycle cycle = latestCycle(session);
        Optional<List<Title>> eligible;
        if (type == NomineeType.STAFF) {
            eligible = Optional.ofNullable(StaffEligibility.<StaffEligibility>findById(
                    new StaffEligibility.Key(cycle.cycleId, UUID.fromString(nomineeId)))).map(s -> s.eligible);
        } else {
            eligible = CollectiveEligibility.<CollectiveEligibility>find("key.cycleId = ?1 and key.code = ?2",
                    cycle.cycleId, nomineeId).firstResultOptional().map(c -> c.eligible);
        }
        if (eligible.isEmpty()) {
            throw ProblemException.unprocessable("nomineeId", "Không có kết quả xét danh hiệu của " + nomineeId
                    + " tại " + session.unitCode + " năm học " + session.schoolYear + " (no eligibility for this nominee)");
        }
        if (!eligible.get().contains(award)) {
            throw ProblemException.unprocessable("awardCode", nomineeId + " không đủ điều kiện " + award.label
                    + " theo kết quả xét (not eligible for " + award + "; eligible for " + eligible.get() + ")");
        }
    }

    private static String key(NomineeType type, String id, Title award) {
        return type + "/" + id + "/" + award;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
