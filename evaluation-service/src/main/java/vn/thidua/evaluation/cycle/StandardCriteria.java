package vn.thidua.evaluation.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.security.Caller;
import vn.thidua.platform.security.DatedTree;
import vn.thidua.platform.security.Roles;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.time.SchoolYear;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standard criteria staff are assessed on beside the plan's contents. An office sets its own
 * list per school year for the schools below it; without one, the five groups of Nghị định
 * 90/2020/NĐ-CP (amended by 48/2023/NĐ-CP) on assessing and rating public employees apply. A new
 * list applies to the cycles opened after it; cycles already open keep theirs.
 */
@ApplicationScoped
@Transactional
class StandardCriteria {

    private static final Logger LOG = Logger.getLogger(StandardCriteria.class);

    static final int MAX_ITEMS = 30;
    static final int MAX_NUMBER = 10;
    static final int MAX_TEXT = 500;

    static final List<StandardCriteriaSet.Item> DEFAULT = List.of(
            new StandardCriteriaSet.Item("TC1", "Chính trị tư tưởng"),
            new StandardCriteriaSet.Item("TC2", "Đạo đức, lối sống"),
            new StandardCriteriaSet.Item("TC3", "Tác phong, lề lối làm việc"),
            new StandardCriteriaSet.Item("TC4", "Ý thức tổ chức kỷ luật"),
            new StandardCriteriaSet.Item("TC5", "Kết quả thực hiện chức trách, nhiệm vụ được giao"));

    /** The list that applies to a school in a year, and the office that set it (null: the default). */
    public record Effective(String definedBy, String schoolYear, List<StandardCriteriaSet.Item> criteria) {
    }

    private final UnitTree tree;
    private final DatedTree dated;
    private final UnitAccess access;
    private final Caller caller;
    private final TimeSource time;

    StandardCriteria(UnitTree tree, DatedTree dated, UnitAccess access, Caller caller, TimeSource time) {
        this.tree = tree;
        this.dated = dated;
        this.access = access;
        this.caller = caller;
        this.time = time;
    }

    /** For a cycle being opened: the nearest office above the school in that year (issue 11) with a list for it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Effective forSchool(String schoolCode, String schoolYear) {
        LocalDate day = UnitAccess.dayOf(schoolYear);
        for (String unit : day == null ? tree.pathToRoot(schoolCode) : dated.pathOn(schoolCode, day)) {
            var set = StandardCriteriaSet.of(unit, schoolYear);
            if (set.isPresent()) {
                return new Effective(unit, schoolYear, set.get().criteria);
            }
        }
        return new Effective(null, schoolYear, DEFAULT);
    }

    /** What applies to {@code schoolCode}, for callers who may read that school. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Effective effective(String schoolCode, String schoolYear) {
        String year = year(schoolYear);
        access.requireInYear(schoolCode, year);
        return forSchool(schoolCode, year);
    }

    /** The list an office set: its own users and those above read it, and everyone below it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    StandardCriteriaSet read(String unitCode, String schoolYear) {
        String year = year(schoolYear);
        LocalDate day = UnitAccess.dayOf(year);
        if (!access.canAccess(unitCode, day) && !dated.containsOn(unitCode, caller.unitCode(), day)) {
            throw CycleProblems.noStandardCriteria(unitCode, schoolYear);
        }
        return StandardCriteriaSet.of(unitCode, year)
                .orElseThrow(() -> CycleProblems.noStandardCriteria(unitCode, schoolYear));
    }

    /** Sets an office's list for a year; only that office's own users may. */
    StandardCriteriaSet define(String unitCode, String schoolYear, List<StandardCriteriaSet.Item> items,
            Long expectedRevision) {
        if (!caller.hasRole(Roles.DISTRICT) || !unitCode.equals(caller.unitCode())) {
            throw CycleProblems.notTheOffice(unitCode);
        }
        String year = year(schoolYear);
        List<StandardCriteriaSet.Item> clean = validate(items);
        StandardCriteriaSet set = StandardCriteriaSet.of(unitCode, year).orElse(null);
        if (set == null) {
            // "0" is the revision of a list not defined yet; any other names a list that is not there.
            ETags.check(expectedRevision, 0, false);
            set = new StandardCriteriaSet();
            set.key = new StandardCriteriaSet.Key(unitCode, year);
        } else {
            StandardCriteriaSet.getEntityManager().refresh(set, LockModeType.PESSIMISTIC_WRITE);
            ETags.check(expectedRevision, set.revision, false);
        }
        set.criteria = clean;
        set.definedBy = caller.name();
        set.definedAt = time.now();
        set.persistAndFlush();
        LOG.infof("%s set %d standard criteria of %s for %s", caller.name(), clean.size(), unitCode, year);
        return set;
    }

    static List<StandardCriteriaSet.Item> validate(List<StandardCriteriaSet.Item> items) {
        if (items == null || items.isEmpty()) {
            throw CycleProblems.noCriteria();
        }
        if (items.size() > MAX_ITEMS) {
            throw CycleProblems.tooManyCriteria(MAX_ITEMS);
        }
        List<FieldError> errors = new ArrayList<>();
        List<StandardCriteriaSet.Item> clean = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            StandardCriteriaSet.Item item = items.get(i);
            String at = "criteria[" + i + "]";
            String number = item == null || item.number() == null ? "" : item.number().strip();
            String text = item == null || item.text() == null ? "" : item.text().strip();
            if (number.isEmpty() || number.length() > MAX_NUMBER) {
                errors.add(new FieldError(at + ".number", "Bắt buộc, tối đa " + MAX_NUMBER + " ký tự (required, at "
                        + "most " + MAX_NUMBER + " characters)"));
            } else if (!numbers.add(number)) {
                errors.add(new FieldError(at + ".number", CycleProblems.repeatedNumber(number)));
            }
            if (text.isEmpty() || text.length() > MAX_TEXT) {
                errors.add(new FieldError(at + ".text", "Bắt buộc, tối đa " + MAX_TEXT + " ký tự (required, at most "
                        + MAX_TEXT + " characters)"));
            }
            clean.add(new StandardCriteriaSet.Item(number, text));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return clean;
    }

    private static String year(String schoolYear) {
        try {
            return SchoolYear.parse(schoolYear).toString();
        } catch (IllegalArgumentException e) {
            throw CycleProblems.badSchoolYear();
        }
    }
}
