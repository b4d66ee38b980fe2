package vn.thidua.award.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.thidua.award.council.CouncilAgendaItem.NomineeType;
import vn.thidua.award.council.CouncilRules.Method;
import vn.thidua.award.eligibility.CollectiveEligibility;
import vn.thidua.award.eligibility.CollectiveResult;
import vn.thidua.award.eligibility.EligibilityCycle;
import vn.thidua.award.eligibility.StaffEligibility;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.text.Texts;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The agenda of a session in preparation (principal, DRAFT): the nominees and awards of the latest
 * eligibility computation of the unit and year, each with its ballot method and threshold from the
 * session's rule set.
 */
@ApplicationScoped
@Transactional
class CouncilAgenda {

    /** An agenda item; method defaults to what the rule set asks for the award. */
    public record ItemDraft(@NotNull NomineeType nomineeType, @NotBlank String nomineeId, String nomineeName,
            @NotNull Title awardCode, Method method) {
    }

    /** What the principal may change of an item: the nominee's name as it reads in the minutes, the method. */
    public record ItemChange(String nomineeName, Method method) {
    }

    private final RuleSets ruleSets;
    private final CouncilAccess access;
    private final CouncilQueries queries;

    CouncilAgenda(RuleSets ruleSets, CouncilAccess access, CouncilQueries queries) {
        this.ruleSets = ruleSets;
        this.access = access;
        this.queries = queries;
    }

    /**
     * Adds every nominee and award of the latest eligibility computation of the session's unit and
     * year not yet on the agenda; items already there (and their names and methods) are kept.
     */
    CouncilSession fill(UUID id) {
        CouncilSession session = Sessions.draft(id, access);
        EligibilityCycle cycle = latestCycle(session);
        CouncilRules rules = Sessions.rules(ruleSets, session);
        List<CouncilAgendaItem> items = CouncilAgendaItem.ofSession(id);
        Set<String> present = new HashSet<>();
        items.forEach(i -> present.add(key(i.nomineeType, i.nomineeId, i.awardCode)));
        int position = items.stream().mapToInt(i -> i.position).max().orElse(0);
        for (CollectiveEligibility collective : CollectiveEligibility.ofCycle(cycle.cycleId)) {
            String name = collective.key.kind() == CollectiveResult.Kind.SCHOOL
                    ? queries.unitNames(collective.key.code()).name() : null;
            for (Title title : collective.eligible) {
                if (present.add(key(NomineeType.COLLECTIVE, collective.key.code(), title))) {
                    item(session, ++position, NomineeType.COLLECTIVE, collective.key.code(), name, title,
                            rules.defaultMethod(title), rules).persist();
                }
            }
        }
        for (StaffEligibility.Eligible staff : StaffEligibility.eligibleOfCycle(cycle.cycleId)) {
            for (Title title : staff.titles()) {
                if (present.add(key(NomineeType.STAFF, staff.staffId().toString(), title))) {
                    item(session, ++position, NomineeType.STAFF, staff.staffId().toString(),
                            queries.staffName(staff.staffId()).orElse(null), title, rules.defaultMethod(title),
                            rules).persist();
                }
            }
        }
        return session;
    }

    CouncilAgendaItem add(UUID id, ItemDraft draft) {
        CouncilSession session = Sessions.draft(id, access);
        String nomineeId = draft.nomineeId().strip();
        if (draft.nomineeType() == NomineeType.STAFF) {
            try {
                nomineeId = UUID.fromString(nomineeId).toString();
            } catch (IllegalArgumentException e) {
                throw CouncilProblems.staffIdNotUuid();
            }
        }
        requireEligible(session, draft.nomineeType(), nomineeId, draft.awardCode());
        if (CouncilAgendaItem.count("sessionId = ?1 and nomineeType = ?2 and nomineeId = ?3 and awardCode = ?4", id,
                draft.nomineeType(), nomineeId, draft.awardCode()) > 0) {
            throw CouncilProblems.alreadyOnAgenda(nomineeId, draft.awardCode());
        }
        CouncilRules rules = Sessions.rules(ruleSets, session);
        Method method = draft.method() != null ? draft.method() : rules.defaultMethod(draft.awardCode());
        requireMethod(rules, draft.awardCode(), method);
        int position = CouncilAgendaItem.ofSession(id).stream().mapToInt(i -> i.position).max().orElse(0) + 1;
        CouncilAgendaItem item = item(session, position, draft.nomineeType(), nomineeId,
                Texts.blankToNull(draft.nomineeName()), draft.awardCode(), method, rules);
        item.persist();
        return item;
    }

    CouncilAgendaItem change(UUID id, UUID itemId, ItemChange change) {
        CouncilSession session = Sessions.draft(id, access);
        CouncilAgendaItem item = Sessions.item(session, itemId);
        if (change.method() != null) {
            requireMethod(Sessions.rules(ruleSets, session), item.awardCode, change.method());
            item.method = change.method();
        }
        if (change.nomineeName() != null) {
            item.nomineeName = Texts.blankToNull(change.nomineeName());
        }
        return item;
    }

    void remove(UUID id, UUID itemId) {
        CouncilSession session = Sessions.draft(id, access);
        Sessions.item(session, itemId).delete();
    }

    private static CouncilAgendaItem item(CouncilSession session, int position, NomineeType type, String nomineeId,
            String name, Title award, Method method, CouncilRules rules) {
        CouncilAgendaItem item = new CouncilAgendaItem();
        item.id = TimeOrderedIds.next();
        item.sessionId = session.id;
        item.position = position;
        item.nomineeType = type;
        item.nomineeId = nomineeId;
        item.nomineeName = name;
        item.awardCode = award;
        item.method = method;
        item.thresholdPercent = rules.threshold(award);
        item.agreeBase = rules.base(award);
        return item;
    }

    private static void requireMethod(CouncilRules rules, Title award, Method method) {
        if (method == Method.OPEN && rules.secretRequired(award)) {
            throw CouncilProblems.secretBallotRequired(award, rules);
        }
    }

    private static EligibilityCycle latestCycle(CouncilSession session) {
        return EligibilityCycle.ofUnit(session.unitCode, session.schoolYear).stream()
                .max(Comparator.comparing((EligibilityCycle c) -> c.computedAt))
                .orElseThrow(() -> CouncilProblems.noEligibilityComputed(session));
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
            throw CouncilProblems.noEligibilityFor(nomineeId, session);
        }
        if (!eligible.get().contains(award)) {
            throw CouncilProblems.notEligible(nomineeId, award, eligible.get());
        }
    }

    private static String key(NomineeType type, String id, Title award) {
        return type + "/" + id + "/" + award;
    }
}
