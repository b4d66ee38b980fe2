package vn.thidua.award.nomination;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.people.People;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.time.TimeSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads of nominations, submissions and decisions, scoped by {@link NominationAccess}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class NominationQueries {

    /** Submissions with their items, and how many submissions are in each status (before the status filter). */
    record SubmissionList(Map<String, Long> counts, List<SubmissionData> items) {
    }

    record SubmissionData(Submission submission, List<Nomination> items) {
    }

    /** A decision and the items of it the caller may read. */
    record DecisionData(Decision decision, List<Nomination> items) {
    }

    private final NominationAccess access;
    private final RuleSets ruleSets;
    private final UnitTree tree;
    private final People people;

    NominationQueries(NominationAccess access, RuleSets ruleSets, UnitTree tree, People people) {
        this.access = access;
        this.ruleSets = ruleSets;
        this.tree = tree;
        this.people = people;
    }

    Nomination nomination(UUID id) {
        Nomination nomination = Nomination.findById(id);
        if (nomination == null || !access.canRead(nomination)) {
            throw NominationProblems.nominationNotFound(id);
        }
        return nomination;
    }

    /** A unit's nominations (all units the caller reaches when none is given); staff see their own only. */
    List<Nomination> nominations(String unitCode, String schoolYear, Nomination.Status status) {
        Set<String> units;
        if (unitCode != null) {
            access.requireListUnit(unitCode, schoolYear);
            units = Set.of(unitCode);
        } else {
            units = access.readsWholeUnits() ? access.visibleUnits(schoolYear) : Set.of(access.unit());
        }
        // Also what was submitted to the caller's units (a dossier received after the school moved).
        StringBuilder query = new StringBuilder(access.readsWholeUnits() && unitCode == null
                ? "(unitCode in :units or (submissionId is not null and deciderUnitCode in :units))" : "unitCode in :units");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("units", units);
        if (schoolYear != null) {
            query.append(" and schoolYear = :year");
            parameters.put("year", schoolYear);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        query.append(" order by nominatedAt, id");
        List<Nomination> found = Nomination.list(query.toString(), parameters);
        return access.readsWholeUnits()
                ? found.stream().filter(n -> access.listed(n.unitCode, n.schoolYear) || access.receives(n)).toList()
                : found.stream().filter(access::canRead).toList();
    }

    SubmissionData submission(UUID id) {
        Submission submission = Submission.findById(id);
        if (submission == null || !access.canRead(submission)) {
            throw NominationProblems.submissionNotFound(id);
        }
        return new SubmissionData(submission, Nomination.ofSubmission(id));
    }

    /**
     * Submissions from the schools the caller reaches: an office's incoming ones from every school
     * below it, a school's own outgoing ones. Counts are per status over the other filters.
     */
    SubmissionList submissions(String status, String school, String schoolYear) {
        Set<String> units;
        if (school != null) {
            access.requireListUnit(school, schoolYear);
            units = Set.of(school);
        } else {
            units = access.visibleUnits(schoolYear);
        }
        String where = (school == null ? "(s.fromUnitCode in :units or s.toUnitCode in :units)" : "s.fromUnitCode in :units")
                + (schoolYear == null ? "" : " and s.schoolYear = :year");
        var query = Panache.getEntityManager().createQuery("select s from Submission s where " + where
                + " order by s.submittedAt desc, s.id", Submission.class).setParameter("units", units);
        if (schoolYear != null) {
            query.setParameter("year", schoolYear);
        }
        // Each submission is seen by the units above its school in its school year (issue 11): kept here, then
        // counted, so the counts and the list agree. An office has tens of submissions a year, not thousands.
        List<Submission> inReach = query.getResultList().stream()
                .filter(s -> access.listed(s.fromUnitCode, s.schoolYear) || access.listed(s.toUnitCode, s.schoolYear))
                .toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String known : List.of("SUBMITTED", "DECIDED", "REJECTED")) {
            counts.put(known, 0L);
        }
        inReach.forEach(s -> counts.merge(s.status, 1L, Long::sum));
        List<Submission> submissions = inReach.stream().filter(s -> status == null || status.equals(s.status)).toList();
        Map<UUID, List<Nomination>> items = Nomination.ofSubmissions(submissions.stream().map(s -> s.id).toList())
                .stream().collect(Collectors.groupingBy(n -> n.submissionId));
        List<SubmissionData> data = new ArrayList<>();
        for (Submission submission : submissions) {
            data.add(new SubmissionData(submission, items.getOrDefault(submission.id, List.of())));
        }
        return new SubmissionList(counts, data);
    }

    DecisionData decision(UUID id) {
        Decision decision = Decision.findById(id);
        List<Nomination> items = decision == null ? List.of() : Nomination.ofDecision(id);
        if (decision == null || !access.canRead(decision, items)) {
            throw NominationProblems.decisionNotFound(id);
        }
        return new DecisionData(decision, items.stream().filter(access::canRead).toList());
    }

    /** Decisions of the units the caller reaches, and those of units above that award their nominees. */
    List<DecisionData> decisions(String schoolYear) {
        if (!access.readsWholeUnits()) {
            throw NominationProblems.decisionsForUnitRoles();
        }
        Set<String> units = access.visibleUnits(schoolYear);
        var query = Panache.getEntityManager().createQuery("""
                select d from Decision d where (d.unitCode in :units or exists (select 1 from Nomination n
                    where n.decisionId = d.id and n.unitCode in :units))"""
                + (schoolYear == null ? "" : " and d.schoolYear = :year") + " order by d.decisionDate, d.decidedAt",
                Decision.class).setParameter("units", units);
        if (schoolYear != null) {
            query.setParameter("year", schoolYear);
        }
        // A decision is seen by the units above its deciding unit in its school year, or through an item of a school
        // the caller reached in the item's year (issue 11).
        List<DecisionData> visible = new ArrayList<>();
        for (Decision decision : query.getResultList()) {
            List<Nomination> items = Nomination.ofDecision(decision.id).stream()
                    .filter(n -> access.listed(n.unitCode, n.schoolYear) || access.receives(n)).toList();
            if (access.listed(decision.unitCode, decision.schoolYear) || !items.isEmpty()) {
                visible.add(new DecisionData(decision, items));
            }
        }
        return visible;
    }

    /** The prize money decided and not revoked in {@code schoolYear}, per deciding unit, over the decisions visible. */
    NominationViews.FundView fund(String schoolYear) {
        Map<String, Long> byUnit = new java.util.TreeMap<>();
        int count = 0;
        for (DecisionData data : decisions(schoolYear)) {
            for (Nomination item : data.items()) {
                if (item.status == Nomination.Status.DECIDED && item.prizeAmount != null) {
                    byUnit.merge(data.decision().unitCode, item.prizeAmount, Long::sum);
                    count++;
                }
            }
        }
        return new NominationViews.FundView(schoolYear, byUnit, byUnit.values().stream().mapToLong(Long::longValue).sum(),
                count);
    }

    /** The tờ trình of a submission, with its nominees, their awards and achievement summaries. */
    SubmissionDocument.Content document(UUID id) {
        SubmissionData data = submission(id);
        Submission submission = data.submission();
        List<String> bases = new ArrayList<>();
        if (!data.items().isEmpty()) {
            for (RuleSet.LegalDocument law : ruleSets.require(data.items().get(0).ruleSetVersion).legalBasis()) {
                // The stored titles carry editors' notes in brackets; a document quotes the title only.
                bases.add(law.title().replaceAll("\\s*\\(.*\\)\\s*$", "") + " số " + law.number());
            }
        }
        // By award, then people by given name (Vietnamese collation): the order of the list attached to a tờ trình.
        List<SubmissionDocument.Row> rows = data.items().stream()
                .sorted(Comparator.comparing((Nomination n) -> n.awardCode).thenComparing(people.byName(this::nominee)))
                .map(n -> new SubmissionDocument.Row(nominee(n), n.awardCode.label, n.achievementSummary, n.evidence))
                .toList();
        String toName = unitName(submission.toUnitCode);
        return new SubmissionDocument.Content(toName, unitName(submission.fromUnitCode), submission.documentNumber,
                TimeSource.dayInVietnam(submission.submittedAt), toName,
                submission.schoolYear, bases, rows, submission.signer);
    }

    /** A person by their full name from the staff copy, else as nominated; a collective as nominated. */
    String nominee(Nomination n) {
        return n.nomineeType == NominationRules.NomineeType.STAFF ? people.nameOr(n.nomineeId, n.nomineeName)
                : n.nomineeName;
    }

    /** A unit's name from the unit tree, or its code when the tree does not know it. */
    private String unitName(String code) {
        return tree.unit(code).map(UnitTree.Node::name).orElse(code);
    }
}
