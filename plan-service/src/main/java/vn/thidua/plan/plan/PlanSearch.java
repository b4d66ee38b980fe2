package vn.thidua.plan.plan;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.text.Texts;

import java.util.List;
import java.util.Set;

/** Lists of the plans the caller may see: its units' (drafts for managers only) and those published above it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class PlanSearch {

    /** Filters and paging of {@link #search}. */
    record PlanQuery(String unitCode, String schoolYear, PlanStatus status, String text, int page, int size,
            Sort sort) {
    }

    private final PlanAccess access;

    PlanSearch(PlanAccess access) {
        this.access = access;
    }

    /**
     * A page of the plans the caller may see, filtered; text search covers title and the whole document. Each plan is
     * seen through the tree of its own school year (issue 11): with {@code schoolYear} that year's, without it one
     * clause per school year on record, so the paging stays in SQL.
     */
    List<Plan> search(PlanQuery query) {
        StringBuilder where = new StringBuilder("(");
        Parameters parameters = new Parameters().and("draft", PlanStatus.DRAFT);
        List<String> years = query.schoolYear() != null ? List.of(query.schoolYear()) : Plan.schoolYears();
        int clauses = 0;
        for (String year : years) {
            Set<String> own = access.managedOrOwnUnits(year);
            List<String> above = access.aboveCaller(year);
            if (query.unitCode() != null && !own.contains(query.unitCode()) && !above.contains(query.unitCode())) {
                continue;
            }
            where.append(clauses == 0 ? "" : " or ").append(yearClause(clauses, query.unitCode() != null));
            parameters.and("year" + clauses, year).and("own" + clauses, own)
                    .and("above" + clauses, above.isEmpty() ? List.of("") : above);
            clauses++;
        }
        if (query.unitCode() != null) {
            if (clauses == 0) {
                throw PlanProblems.unitOutsideScope(query.unitCode());
            }
            parameters.and("unit", query.unitCode());
        }
        if (clauses == 0) {
            return List.of();
        }
        where.append(")");
        if (query.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", query.status());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and searchText like :text");
            parameters.and("text", "%" + PlanTexts.lower(Texts.nfc(query.text().strip())) + "%");
        }
        return Plan.find(where.toString(), query.sort(), parameters)
                .page(Page.of(query.page(), query.size())).list();
    }

    /**
     * The plans of one school year the caller sees: its units' then (drafts for managers only) and those published by
     * the offices then above it.
     */
    private String yearClause(int i, boolean oneUnit) {
        String units = oneUnit ? "unitCode = :unit and " : "";
        String own = access.isManager() ? "(unitCode in :own%1$d)" : "(unitCode in :own%1$d and status <> :draft)";
        return ("(schoolYear = :year%1$d and " + units + "(" + own
                + " or (unitCode in :above%1$d and status <> :draft)))").formatted(i);
    }
}
