package vn.thidua.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.plan.unit.Unit;
import vn.thidua.plan.unit.UnitLevel;
import vn.thidua.platform.security.DatedTree;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.text.VietnameseNames;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The office's view of one of its plans: for every school below the office, whether it published a
 * plan based on it, when, and whether that was late against the office plan's deadline.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ComplianceService {

    public enum State { PUBLISHED, DRAFT, MISSING }

    public record Row(String schoolCode, String schoolName, String parentCode, State state, UUID planId,
            String planTitle, OffsetDateTime publishedAt, boolean late) {
    }

    public record Report(UUID planId, String unitCode, LocalDate deadline, int schools, long published, long late,
            List<Row> rows) {
    }

    private final PlanService plans;
    private final PlanAccess access;
    private final UnitTree tree;
    private final DatedTree dated;
    private final TimeSource time;

    ComplianceService(PlanService plans, PlanAccess access, UnitTree tree, DatedTree dated, TimeSource time) {
        this.plans = plans;
        this.access = access;
        this.tree = tree;
        this.dated = dated;
        this.time = time;
    }

    /** The report as of today (in Vietnam), optionally only the rows of one state, or only the late ones. */
    Report of(UUID officePlanId, State onlyState, Boolean onlyLate) {
        LocalDate today = time.today();
        Plan office = plans.read(officePlanId);
        access.requireManage(office.unitCode, office.schoolYear);
        // The schools under the office in the plan's school year (issue 11), not today's.
        LocalDate yearStart = UnitAccess.dayOf(office.schoolYear);
        Set<String> below = yearStart == null ? tree.subtree(office.unitCode) : dated.subtreeOn(office.unitCode, yearStart);
        List<Unit> schools = Unit.<Unit>list("code in ?1 and level = ?2", below, UnitLevel.SCHOOL).stream()
                .filter(u -> u.validTo == null || !u.validTo.isBefore(today))
                .sorted(Comparator.comparing((Unit u) -> u.name, VietnameseNames.collator()))
                .toList();
        Map<String, List<Plan>> bySchool = Plan.basedOn(office.id).stream()
                .collect(Collectors.groupingBy(p -> p.unitCode));
        List<Row> all = schools.stream().map(s -> row(s, bySchool.getOrDefault(s.code, List.of()),
                office.publicationDeadline, today)).toList();
        List<Row> rows = all.stream()
                .filter(r -> (onlyState == null || r.state() == onlyState) && (onlyLate == null || r.late() == onlyLate))
                .toList();
        return new Report(office.id, office.unitCode, office.publicationDeadline, schools.size(),
                all.stream().filter(r -> r.state() == State.PUBLISHED).count(),
                all.stream().filter(Row::late).count(), rows);
    }

    private static Row row(Unit school, List<Plan> plans, LocalDate deadline, LocalDate today) {
        Plan published = plans.stream().filter(p -> p.publishedAt != null)
                .min(Comparator.comparing(p -> p.publishedAt)).orElse(null);
        if (published != null) {
            boolean late = deadline != null && TimeSource.dayInVietnam(published.publishedAt).isAfter(deadline);
            return new Row(school.code, school.name, school.parentCode, State.PUBLISHED, published.id, published.title,
                    published.publishedAt, late);
        }
        boolean late = deadline != null && today.isAfter(deadline);
        Plan draft = plans.stream().findFirst().orElse(null);
        return draft == null
                ? new Row(school.code, school.name, school.parentCode, State.MISSING, null, null, null, late)
                : new Row(school.code, school.name, school.parentCode, State.DRAFT, draft.id, draft.title, null, late);
    }
}
