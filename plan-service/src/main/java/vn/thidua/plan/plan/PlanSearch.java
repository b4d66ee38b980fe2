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

    /** A page of the plans the caller may see, filtered; text search covers title and the whole document. */
    List<Plan> search(PlanQuery query) {
        StringBuilder where = new StringBuilder();
        Parameters parameters = new Parameters();
        Set<String> own = access.managedOrOwnUnits();
        if (query.unitCode() != null) {
            if (!own.contains(query.unitCode()) && !access.aboveCaller().contains(query.unitCode())) {
                throw PlanProblems.unitOutsideScope(query.unitCode());
            }
            where.append("unitCode = :unit");
            parameters.and("unit", query.unitCode());
        } else {
            where.append("(unitCode in :own or unitCode in :above)");
            parameters.and("own", own).and("above", access.aboveCaller().isEmpty() ? List.of("") : access.aboveCaller());
        }
        // Drafts are for their managers only; above the caller only what is published is visible.
        where.append(access.isManager()
                ? " and (status <> :draft or unitCode in :own2)"
                : " and status <> :draft");
        parameters.and("draft", PlanStatus.DRAFT);
        if (access.isManager()) {
            parameters.and("own2", own);
        }
        if (query.schoolYear() != null) {
            where.append(" and schoolYear = :year");
            parameters.and("year", query.schoolYear());
        }
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
}
