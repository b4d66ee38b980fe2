package vn.thidua.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.plan.document.ImportContext;
import vn.thidua.plan.document.ImportResult;
import vn.thidua.plan.document.ImportWarning;
import vn.thidua.plan.document.PlanDocument;
import vn.thidua.plan.document.PlanDocumentReader;
import vn.thidua.plan.document.UnreadableDocumentException;
import vn.thidua.plan.unit.Unit;
import vn.thidua.plan.unit.UnitProblems;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a plan as schools keep it today (plain text or .docx) into a draft plan with warnings, and
 * links it to the office plan it cites when that plan is in the system.
 */
@ApplicationScoped
@Transactional
class PlanImportService {

    /** Real plans are a few dozen kilobytes; 5 MB leaves room for embedded images in .docx. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final PlanService plans;
    private final PlanAccess access;
    private final PlanDocumentReader reader = new PlanDocumentReader(MAX_BYTES);

    PlanImportService(PlanService plans, PlanAccess access) {
        this.plans = plans;
        this.access = access;
    }

    record Imported(Plan plan, List<ImportWarning> warnings) {
    }

    Imported importDocument(byte[] content, String fileName, String contentType, String unitCode,
            String schoolYear) throws UnreadableDocumentException {
        if (schoolYear != null) {
            access.requireManage(unitCode, schoolYear);
        } else {
            access.requireManageSomeYear(unitCode);
        }
        Unit unit = Unit.findById(unitCode);
        if (unit == null) {
            throw UnitProblems.unknownUnit("unit", unitCode);
        }
        Integer yearHint = schoolYear == null ? null : Integer.valueOf(schoolYear.substring(0, 4));
        ImportResult result = reader.read(content, fileName, contentType,
                new ImportContext(unit.name, yearHint, number -> Plan.byDocumentNumber(number).isPresent()));
        PlanDocument document = result.document();
        List<ImportWarning> warnings = new ArrayList<>(result.warnings());
        String resolvedYear = schoolYear != null ? schoolYear : result.schoolYear();
        if (resolvedYear == null) {
            // A calendar-year plan: its school year is a reading of the date, so it is said to be one.
            resolvedYear = schoolYearOf(document).orElseThrow(PlanProblems::schoolYearNeeded);
            warnings.add(new ImportWarning("SCHOOL_YEAR_ASSUMED", null, "Năm học " + resolvedYear
                    + " được suy ra từ năm của kế hoạch; sửa lại nếu không đúng (school year inferred from the plan's year)"));
        }
        UUID basedOn = officePlanCited(document, unitCode, resolvedYear).orElse(null);
        Plan plan = plans.createDraft(new PlanService.PlanSettings(unitCode, resolvedYear, basedOn, null), document,
                List.copyOf(warnings));
        return new Imported(plan, plan.importWarnings);
    }

    /**
     * For a calendar-year plan (a plan naming "năm học YYYY - YYYY" is filed under that school year):
     * a plan for calendar year Y issued before August belongs to school year (Y-1)-Y; from August on,
     * to Y-(Y+1). Without a date, the earlier reading is the more common one (plans go out in spring).
     */
    static Optional<String> schoolYearOf(PlanDocument document) {
        if (document.year() == null) {
            return Optional.empty();
        }
        int year = document.year();
        boolean autumn = document.documentDate() != null && document.documentDate().getMonthValue() >= 8;
        return Optional.of(autumn ? year + "-" + (year + 1) : (year - 1) + "-" + year);
    }

    /** The first basis naming a published plan of an office above the unit (number, and date when given). */
    private Optional<UUID> officePlanCited(PlanDocument document, String unitCode, String schoolYear) {
        if (document.bases() == null) {
            return Optional.empty();
        }
        List<String> above = access.above(unitCode, schoolYear);
        return document.bases().stream()
                .filter(b -> b.documentNumber() != null)
                .flatMap(b -> Plan.byDocumentNumber(b.documentNumber()).stream()
                        .filter(p -> above.contains(p.unitCode))
                        .filter(p -> b.documentDate() == null || p.documentDate == null
                                || Objects.equals(b.documentDate(), p.documentDate)))
                .map(p -> p.id)
                .findFirst();
    }
}
