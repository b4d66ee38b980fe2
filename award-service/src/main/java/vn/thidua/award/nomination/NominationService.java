package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.council.CouncilOutcomes;
import vn.thidua.award.eligibility.CollectiveEligibility;
import vn.thidua.award.eligibility.Condition;
import vn.thidua.award.eligibility.EligibilityCycle;
import vn.thidua.award.eligibility.StaffEligibility;
import vn.thidua.award.eligibility.TitleCheck;
import vn.thidua.award.nomination.NominationRules.NomineeType;
import vn.thidua.award.rules.Authorities;
import vn.thidua.award.rules.AuthorityRules;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.time.SchoolYear;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Nominating (DESIGN.md, flow step 5): a school's principal proposes a nominee for a title or form;
 * the authority table of the rule set gives the deciding level and unit. A title with eligibility
 * rules needs the nominee eligible and the council's vote. Emits {@code nominated} through the
 * outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
class NominationService {

    /** A new nomination as the resource validated it. */
    record Draft(String unitCode, String schoolYear, NomineeType nomineeType, String nomineeId,
            String nomineeName, Title awardCode, String achievementRef, String achievementSummary,
            List<String> evidence, UUID councilSessionId) {
    }

    private final NominationAccess access;
    private final RuleSets ruleSets;
    private final CouncilOutcomes council;
    private final NominationEvents events;
    private final TimeSource time;
    private final Authorities authorities;

    NominationService(NominationAccess access, RuleSets ruleSets, CouncilOutcomes council,
            NominationEvents events, TimeSource time, Authorities authorities) {
        this.authorities = authorities;
        this.access = access;
        this.ruleSets = ruleSets;
        this.council = council;
        this.events = events;
        this.time = time;
    }

    Nomination nominate(Draft draft) {
        access.requireSchoolPrincipal(draft.unitCode());
        SchoolYear year = SchoolYear.parse(draft.schoolYear());
        RuleSet rules = rulesFor(draft.unitCode(), year);
        String recipient = NominationRules.recipient(draft.nomineeType(), draft.nomineeId(), draft.unitCode());
        requireEligible(draft);
        Optional<CouncilOutcomes.Outcome> outcome = councilOutcome(draft);
        // Routed on the day the dossier was formed (the council's meeting; else today), and again on submission.
        LocalDate dossierDay = outcome.map(o -> TimeSource.dayInVietnam(o.meetingAt())).orElse(time.today());
        AuthorityRules.Routing routing = authorities.route(draft.awardCode(), recipient, draft.unitCode(), dossierDay)
                .orElseThrow(() -> NominationProblems.noAuthorityRow(draft.awardCode(), dossierDay, recipient));

        Nomination nomination = new Nomination();
        nomination.id = TimeOrderedIds.next();
        nomination.unitCode = draft.unitCode();
        nomination.schoolYear = year.toString();
        nomination.nomineeType = draft.nomineeType();
        nomination.nomineeId = draft.nomineeId();
        nomination.nomineeName = draft.nomineeName().strip();
        nomination.nomineeKey = NominationRules.nomineeKey(draft.nomineeType(), draft.nomineeId(), draft.unitCode());
        nomination.recipient = recipient;
        nomination.awardCode = draft.awardCode();
        nomination.awardKind = NominationRules.kindOf(draft.awardCode());
        nomination.achievementRef = NominationRules.achievementRefOrYear(draft.achievementRef());
        nomination.achievementKey = NominationRules.achievementKey(nomination.nomineeKey, nomination.schoolYear,
                draft.achievementRef());
        nomination.achievementSummary = draft.achievementSummary().strip();
        nomination.evidence = draft.evidence() == null ? List.of() : draft.evidence().stream().map(String::strip).toList();
        nomination.councilSessionId = outcome.map(CouncilOutcomes.Outcome::sessionId).orElse(draft.councilSessionId());
        nomination.ruleSetVersion = rules.version();
        nomination.deciderLevel = routing.level();
        nomination.decider = routing.decider();
        nomination.deciderUnitCode = routing.unitCode();
        nomination.status = Nomination.Status.NOMINATED;
        nomination.nominatedBy = access.actor();
        nomination.nominatedAt = time.now();
        nomination.updatedAt = nomination.nominatedAt;

        List<NominationRules.Existing> live = Nomination.liveOf(nomination.nomineeKey, nomination.schoolYear).stream()
                .map(Nomination::existing).toList();
        NominationRules.duplicateOf(nomination.existing(), live).ifPresent(other -> {
            Nomination existing = Nomination.findById(UUID.fromString(other.id()));
            throw NominationProblems.duplicate(nomination, existing);
        });
        nomination.persist();
        Items.flush(NominationProblems::nominatedMeanwhile);
        events.nominated(nomination);
        return nomination;
    }

    /**
     * The rule set of a school year: the one the school's eligibility was computed under that year, so a
     * nomination names the rules its eligibility used; else the set resolved for the school at the year's end
     * (or today, for a year still running). Who decides comes from the dated authority table instead.
     */
    RuleSet rulesFor(String unitCode, SchoolYear year) {
        EligibilityCycle cycle = EligibilityCycle.find("unitCode = ?1 and schoolYear = ?2 order by computedAt desc",
                unitCode, year.toString()).firstResult();
        if (cycle != null) {
            return ruleSets.require(cycle.ruleSetVersion);
        }
        LocalDate today = time.today();
        return ruleSets.resolve(unitCode, today.isBefore(year.end()) ? today : year.end()).rules();
    }

    /**
     * A title or form with eligibility rules is nominated only for a nominee eligible for it in the
     * latest computation of the year; the refusal names every failed condition.
     */
    private void requireEligible(Draft draft) {
        if (!NominationRules.hasEligibilityRules(draft.nomineeType(), draft.awardCode())) {
            return;
        }
        List<TitleCheck> checks;
        if (draft.nomineeType() == NomineeType.STAFF) {
            StaffEligibility latest = StaffEligibility.find("key.staffId = ?1 and schoolYear = ?2 and unitCode = ?3 "
                    + "order by computedAt desc", UUID.fromString(draft.nomineeId()), draft.schoolYear(),
                    draft.unitCode()).firstResult();
            checks = latest == null ? null : latest.explanation;
        } else {
            CollectiveEligibility latest = CollectiveEligibility.find("key.code = ?1 and schoolYear = ?2 and unitCode = ?3"
                    + " order by computedAt desc", draft.nomineeId(), draft.schoolYear(), draft.unitCode()).firstResult();
            checks = latest == null ? null : latest.explanation;
        }
        if (checks == null) {
            throw NominationProblems.noEligibilityComputed(draft);
        }
        Optional<TitleCheck> check = checks.stream().filter(c -> c.title() == draft.awardCode()).findFirst();
        if (check.isEmpty() || check.get().eligible()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (Condition condition : check.get().conditions()) {
            if (!condition.passed()) {
                errors.add(NominationProblems.failedCondition(condition.code(), condition.expected(), condition.actual()));
            }
        }
        throw NominationProblems.notEligible(draft, check.get().failing(), errors);
    }

    /**
     * The school's council must have proposed the nominee for the award: passed in the latest closed
     * session that voted it (DESIGN.md, flow step 5). Only for awards with eligibility rules — the
     * council's agenda is drawn from eligibility; forms proposed for achievements outside it (Bằng
     * khen, Kỷ niệm chương) go without. Answers the session that proposed it.
     */
    private Optional<CouncilOutcomes.Outcome> councilOutcome(Draft draft) {
        if (!NominationRules.hasEligibilityRules(draft.nomineeType(), draft.awardCode())) {
            return Optional.empty();
        }
        CouncilOutcomes.Outcome outcome = council.latest(draft.unitCode(), draft.schoolYear(), draft.nomineeId(),
                draft.awardCode()).orElseThrow(() -> NominationProblems.councilDidNotVote(draft));
        if (!outcome.passed()) {
            throw NominationProblems.underCouncilThreshold(draft, outcome);
        }
        if (draft.councilSessionId() != null && !draft.councilSessionId().equals(outcome.sessionId())) {
            throw NominationProblems.anotherCouncilSession(draft, outcome);
        }
        return Optional.of(outcome);
    }
}
