package vn.thidua.award.council;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.council.CouncilViews.SessionView;
import vn.thidua.award.people.People;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.platform.security.UnitTree;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of council sessions, scoped by {@link CouncilAccess}, and the content of a closed session's minutes. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class CouncilQueries {

    /** A unit's name and its parent's (the governing body in the minutes' header; null at the top or unknown). */
    record UnitNames(String name, String governingBody) {
    }

    private final RuleSets ruleSets;
    private final CouncilAccess access;
    private final UnitTree tree;
    private final People people;

    CouncilQueries(RuleSets ruleSets, CouncilAccess access, UnitTree tree, People people) {
        this.ruleSets = ruleSets;
        this.access = access;
        this.tree = tree;
        this.people = people;
    }

    CouncilSession read(UUID id) {
        CouncilSession session = CouncilSession.findById(id);
        if (session == null) {
            throw CouncilProblems.sessionNotFound(id);
        }
        access.requireRead(session);
        return session;
    }

    List<CouncilSession> list(String unitCode, String schoolYear) {
        access.requireReadUnit(unitCode, schoolYear);
        // Only the sessions of the years in which the caller reached the unit.
        return CouncilSession.ofUnits(List.of(unitCode), schoolYear).stream()
                .filter(session -> access.canRead(session.unitCode, session.schoolYear)).toList();
    }

    List<CouncilAgendaItem> agenda(UUID sessionId) {
        return CouncilAgendaItem.ofSession(sessionId);
    }

    /** Ballots cast per item (individual ballots; a show of hands counts its votes). */
    Map<UUID, Integer> ballotsCast(List<CouncilAgendaItem> items) {
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

    CouncilRules rules(CouncilSession session) {
        return Sessions.rules(ruleSets, session);
    }

    /** A session as answered: with its agenda, the ballots cast per item and the rules it votes by. */
    SessionView view(CouncilSession session) {
        List<CouncilAgendaItem> items = agenda(session.id);
        return SessionView.of(session, items, ballotsCast(items), rules(session));
    }

    /** The unit's name (its code when the unit tree does not know it) and its parent's, from the unit tree. */
    UnitNames unitNames(String unitCode) {
        List<UnitTree.Node> lineage = tree.lineage(unitCode);
        if (lineage.isEmpty()) {
            return new UnitNames(unitCode, null);
        }
        return new UnitNames(lineage.get(0).name(), lineage.size() > 1 ? lineage.get(1).name() : null);
    }

    /** What the minutes of a closed session say; 409 while it is not closed. */
    CouncilMinutes.Minutes minutes(UUID id) {
        CouncilSession session = read(id);
        if (session.status != CouncilSession.Status.CLOSED) {
            throw CouncilProblems.minutesNeedClosedSession();
        }
        CouncilRules rules = rules(session);
        int present = (int) session.presentCount();
        // By title, then individuals by given name (Vietnamese collation), then collectives by name.
        List<CouncilMinutes.Line> lines = agenda(session.id).stream()
                .map(i -> new CouncilMinutes.Line(nominee(i), i.awardCode, i.method, i.agree, i.disagree, i.abstain,
                        present - i.agree - i.disagree - i.abstain, i.percentAgree, i.thresholdPercent,
                        Boolean.TRUE.equals(i.passed), i.agreeBase, i.countedAgree, i.countedOf, written(session, i)))
                .sorted(Comparator.comparing(CouncilMinutes.Line::award)
                        .thenComparing(people.byName(CouncilMinutes.Line::nominee)))
                .toList();
        UnitNames names = unitNames(session.unitCode);
        return new CouncilMinutes.Minutes(names.governingBody(), names.name(), session.schoolYear,
                CouncilMinutes.local(session.meetingAt), CouncilMinutes.local(session.closedAt), session.place,
                session.members, session.chairAccount, session.secretaryAccount, session.ruleSetVersion,
                session.quorum, rules.requiredPresent(session.members.size()), lines);
    }

    /** The written opinions of absent members on an item, as the minutes list them. */
    private static List<String> written(CouncilSession session, CouncilAgendaItem item) {
        return CouncilWrittenOpinion.ofItem(item.id).stream().map(w -> session.member(w.key.account())
                .map(CouncilMember::name).orElse(w.key.account()) + " — " + switch (w.choice) {
                    case AGREE -> "đồng ý";
                    case DISAGREE -> "không đồng ý";
                    case ABSTAIN -> "không biểu quyết";
                } + (w.note == null ? "" : " (" + w.note + ")")
                + (item.agreeBase == CouncilRules.Base.PRESENT ? ", không tính vào tỷ lệ" : ", tính vào tỷ lệ")).toList();
    }

    /** A person's full name from the staff copy, when it has arrived. */
    java.util.Optional<String> staffName(UUID staffId) {
        return people.staff(staffId).map(s -> s.fullName);
    }

    /**
     * The nominee as the minutes name it: a person's full name from the staff copy, else the name typed on the
     * agenda, else "Cán bộ mã …"; a collective by the name given, else its code.
     */
    String nominee(CouncilAgendaItem item) {
        if (item.nomineeType == CouncilAgendaItem.NomineeType.STAFF) {
            return Sessions.staffId(item).flatMap(people::staff).map(s -> s.fullName)
                    .orElse(item.nomineeName != null ? item.nomineeName : "Cán bộ mã " + item.nomineeId);
        }
        return item.nomineeName != null ? item.nomineeName : "Tập thể " + item.nomineeId;
    }
}
