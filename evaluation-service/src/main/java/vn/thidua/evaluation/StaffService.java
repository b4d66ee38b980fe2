package vn.thidua.evaluation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.evaluation.StaffCsvImport.LineError;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.UnitAccess;
import vn.thidua.platform.text.VietnameseNames;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The staff registry of each school: records, their edits, and imports of the school's spreadsheet. */
@ApplicationScoped
@Transactional
public class StaffService {

    private static final Logger LOG = Logger.getLogger(StaffService.class);

    /** Schools' dates are Vietnamese dates. */
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Vietnamese order by given name, then a stable order for namesakes. */
    static final Comparator<Staff> ORDER = Comparator.<Staff, String>comparing(s -> s.fullName,
            VietnameseNames.BY_GIVEN_NAME).thenComparing(s -> s.unitCode).thenComparing(s -> s.code);

    private final StaffAccess access;
    private final UnitAccess units;

    public StaffService(StaffAccess access, UnitAccess units) {
        this.access = access;
        this.units = units;
    }

    /** Filters and paging of {@link #list}; null filters do not filter. */
    public record StaffQuery(String unitCode, String groupCode, Position position, LocalDate activeOn, String text,
            int page, int size) {
    }

    /** One page of a sorted list and how many records match in all. */
    public record StaffPage(List<Staff> items, long total) {
    }

    /** How an import treats a file with bad rows. */
    public enum ImportMode {
        /** Any bad row refuses the whole file (the default): a school fixes its sheet and sends it again. */
        ALL_OR_NOTHING("all-or-nothing"),
        /** The good rows are stored and the bad ones reported. */
        VALID_ROWS("valid-rows");

        public final String value;

        ImportMode(String value) {
            this.value = value;
        }

        public static ImportMode of(String value) {
            for (ImportMode mode : values()) {
                if (mode.value.equals(value)) {
                    return mode;
                }
            }
            throw ProblemException.invalid("mode", "Chế độ nhập không rõ \"" + value
                    + "\" (unknown mode): all-or-nothing hoặc valid-rows");
        }
    }

    /** What an import did. */
    public record ImportReport(String mode, char delimiter, int rows, int created, int updated, int unchanged,
            int rejected, List<LineError> errors, List<String> warnings) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffPage list(StaffQuery query) {
        StringBuilder where = new StringBuilder("unitCode in :units");
        Parameters parameters = new Parameters();
        if (query.unitCode() != null) {
            StaffAccess.Scope scope = access.scope(query.unitCode());
            parameters.and("units", List.of(query.unitCode()));
            narrow(scope, query.groupCode(), where, parameters);
        } else if (access.readsWholeUnits()) {
            parameters.and("units", units.visibleUnits());
        } else {
            String own = access.unitCode();
            parameters.and("units", List.of(own));
            narrow(access.scope(own), query.groupCode(), where, parameters);
        }
        if (query.groupCode() != null) {
            where.append(" and groupCode = :group");
            parameters.and("group", query.groupCode());
        }
        if (query.position() != null) {
            where.append(" and position = :position");
            parameters.and("position", query.position());
        }
        if (query.activeOn() != null) {
            where.append(" and activeFrom <= :day and (activeTo is null or activeTo >= :day)");
            parameters.and("day", query.activeOn());
        }
        // Collation by given name is not SQL's; a school has tens of staff and an office some thousands.
        List<Staff> matching = Staff.<Staff>list(where.toString(), parameters).stream()
                .filter(s -> StaffTexts.matches(s.fullName, query.text()) || StaffTexts.matches(s.code, query.text()))
                .sorted(ORDER)
                .toList();
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new StaffPage(matching.subList(from, to), matching.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Staff read(UUID id) {
        return visible(id);
    }

    public Staff create(String unitCode, StaffData incoming) {
        String unit = unitCode != null ? unitCode : access.unitCode();
        access.requireManage(unit);
        StaffData data = checked(StaffData.merge(null, incoming.normalized(), EnumSet.allOf(StaffField.class), today()));
        if (Staff.ofCode(unit, data.code()).isPresent()) {
            throw conflict("code", "Mã " + data.code() + " đã có trong đơn vị " + unit + " (code already used)");
        }
        requireFreeUserName(unit, data.userName(), null);
        OffsetDateTime now = now();
        Staff staff = new Staff();
        staff.id = UUID.randomUUID();
        staff.unitCode = unit;
        staff.createdAt = now;
        staff.set(data, now);
        staff.persist();
        flush();
        LOG.infof("Created staff %s %s in %s", staff.id, staff.code, unit);
        return staff;
    }

    /** Replaces a record; a null "active from" keeps the current one. */
    public Staff update(UUID id, Long expectedRevision, StaffData incoming) {
        Staff staff = managed(id, expectedRevision, true);
        StaffData data = checked(StaffData.merge(staff.data(), incoming.normalized(), EnumSet.allOf(StaffField.class),
                today()));
        if (!data.code().equals(staff.code) && Staff.ofCode(staff.unitCode, data.code()).isPresent()) {
            throw conflict("code", "Mã " + data.code() + " đã có trong đơn vị " + staff.unitCode
                    + " (code already used)");
        }
        requireFreeUserName(staff.unitCode, data.userName(), staff.id);
        staff.set(data, now());
        flush();
        return staff;
    }

    /** Ends the record's activity on {@code activeTo} (default today): the person left the school. */
    public Staff deactivate(UUID id, Long expectedRevision, LocalDate activeTo) {
        Staff staff = managed(id, expectedRevision, false);
        LocalDate end = activeTo != null ? activeTo : today();
        if (end.isBefore(staff.activeFrom)) {
            throw ProblemException.unprocessable("activeTo", "Đến ngày " + end + " trước từ ngày " + staff.activeFrom
                    + " (active to is before active from)");
        }
        StaffData current = staff.data();
        staff.set(new StaffData(current.code(), current.fullName(), current.gender(), current.birthDate(),
                current.position(), current.groupCode(), current.groupName(), current.employment(), current.hireDate(),
                current.activeFrom(), end, current.userName()), now());
        flush();
        return staff;
    }

    /**
     * Imports the school's spreadsheet: records are matched by code, so importing the same sheet
     * twice changes nothing. With bad rows, all-or-nothing stores nothing and answers 422 with every
     * error; valid-rows stores the good rows and reports the bad ones.
     */
    public ImportReport importCsv(String unitCode, ImportMode mode, byte[] content) {
        access.requireImport(unitCode);
        StaffCsvImport.Result parsed;
        try {
            parsed = new StaffCsvImport(today()).parse(content);
        } catch (StaffCsvImport.UnreadableCsvException e) {
            int status = e.reason() == StaffCsvImport.Reason.TOO_LARGE
                    || e.reason() == StaffCsvImport.Reason.TOO_MANY_ROWS ? 413 : 422;
            throw new ProblemException(status, "unreadable-csv", "Không đọc được tệp CSV (unreadable CSV)",
                    e.getMessage(), e.errors().isEmpty() ? List.of(new FieldError("body", e.reason().name()))
                            : fieldErrors(e.errors()));
        }
        Map<String, Staff> byCode = Staff.ofUnit(unitCode).stream()
                .collect(Collectors.toMap(s -> s.code, Function.identity()));
        List<LineError> errors = new ArrayList<>(parsed.errors());
        List<Change> changes = new ArrayList<>();
        for (StaffCsvImport.Row row : parsed.rows()) {
            Staff existing = byCode.get(row.data().code());
            StaffData merged = StaffData.merge(existing == null ? null : existing.data(), row.data(),
                    parsed.columns().keySet(), today());
            List<StaffData.Violation> violations = merged.check(today());
            if (!violations.isEmpty()) {
                violations.forEach(v -> errors.add(new LineError(row.line(), parsed.columnName(v.field()), v.message())));
            } else {
                changes.add(new Change(row.line(), existing, merged));
            }
        }
        rejectTakenUserNames(byCode.values(), changes, errors, parsed.columnName(StaffField.USER_NAME));
        errors.sort(Comparator.comparingInt(LineError::line));
        int rejected = (int) errors.stream().map(LineError::line).distinct().count();
        if (!errors.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            throw new ProblemException(422, "import-rejected", "Tệp có dòng lỗi, chưa nhập gì (nothing imported)",
                    rejected + " dòng lỗi trong " + parsed.dataRows() + " dòng; sửa rồi gửi lại, hoặc gửi "
                            + "mode=valid-rows để nhập các dòng đúng (" + rejected + " bad rows of "
                            + parsed.dataRows() + "; fix and resend, or send mode=valid-rows to import the good rows)",
                    fieldErrors(errors));
        }
        Set<Integer> badLines = errors.stream().map(LineError::line).collect(Collectors.toSet());
        OffsetDateTime now = now();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Change change : changes) {
            if (badLines.contains(change.line())) {
                continue;
            }
            if (change.existing() == null) {
                Staff staff = new Staff();
                staff.id = UUID.randomUUID();
                staff.unitCode = unitCode;
                staff.createdAt = now;
                staff.set(change.data(), now);
                staff.persist();
                created++;
            } else if (change.existing().set(change.data(), now)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        flush();
        LOG.infof("Imported staff of %s (%s): %d created, %d updated, %d unchanged, %d rejected", unitCode,
                mode.value, created, updated, unchanged, rejected);
        return new ImportReport(mode.value, parsed.delimiter(), parsed.dataRows(), created, updated, unchanged,
                rejected, List.copyOf(errors), parsed.warnings());
    }

    /** A good row and the record it creates or changes. */
    private record Change(int line, Staff existing, StaffData data) {
    }

    /** An account held by another record, which this file does not move away, cannot be given to a row. */
    private static void rejectTakenUserNames(Collection<Staff> current, List<Change> changes, List<LineError> errors,
            String column) {
        Map<String, String> holderByUser = new HashMap<>();
        current.stream().filter(s -> s.userName != null).forEach(s -> holderByUser.put(s.userName, s.code));
        Map<String, String> userAfterImport = new HashMap<>();
        changes.forEach(c -> userAfterImport.put(c.data().code(), c.data().userName()));
        for (Change change : changes) {
            String user = change.data().userName();
            String holder = user == null ? null : holderByUser.get(user);
            if (holder != null && !holder.equals(change.data().code())
                    && (!userAfterImport.containsKey(holder) || user.equals(userAfterImport.get(holder)))) {
                errors.add(new LineError(change.line(), column, "Tài khoản " + user
                        + " đã gắn với cán bộ mã " + holder + " (account already linked to staff " + holder + ")"));
            }
        }
    }

    private Staff visible(UUID id) {
        Staff staff = Staff.findById(id);
        if (staff == null || !access.canRead(staff)) {
            throw ProblemException.notFound("Cán bộ (staff)", id);
        }
        return staff;
    }

    private Staff managed(UUID id, Long expectedRevision, boolean revisionRequired) {
        Staff staff = visible(id);
        access.requireManage(staff.unitCode);
        if (expectedRevision == null && revisionRequired) {
            throw ProblemException.preconditionRequired();
        }
        if (expectedRevision != null && expectedRevision != staff.revision) {
            throw ProblemException.preconditionFailed(staff.revision);
        }
        return staff;
    }

    private StaffData checked(StaffData data) {
        List<StaffData.Violation> violations = data.check(today());
        if (!violations.isEmpty()) {
            throw new ProblemException(422, "unprocessable", "Không thể xử lý (unprocessable)",
                    violations.size() + " trường không hợp lệ (invalid fields)",
                    violations.stream().map(v -> new FieldError(v.field().jsonName, v.message())).toList());
        }
        return data;
    }

    private static void requireFreeUserName(String unitCode, String userName, UUID self) {
        if (userName == null) {
            return;
        }
        Staff.ofUser(unitCode, userName).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw conflict("userName", "Tài khoản " + userName + " đã gắn với cán bộ mã " + other.code
                    + " (account already linked to staff " + other.code + ")");
        });
    }

    /** Unique keys are checked first; a concurrent writer can still win the race, and then it is a 409. */
    private static void flush() {
        try {
            Staff.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("Hồ sơ vừa bị người khác sửa; hãy tải lại (changed meanwhile; reload)");
        } catch (PersistenceException e) {
            throw ProblemException.conflict("Mã hoặc tài khoản vừa được dùng cho cán bộ khác "
                    + "(code or account taken meanwhile)");
        }
    }

    private static ProblemException conflict(String field, String detail) {
        return new ProblemException(409, "conflict", "Xung đột dữ liệu (conflict)", detail,
                List.of(new FieldError(field, detail)));
    }

    static List<FieldError> fieldErrors(List<LineError> errors) {
        return errors.stream().map(e -> new FieldError("line " + e.line() + (e.column() == null ? "" : ": " + e.column()),
                e.message())).toList();
    }

    /** Narrows a group leader's list to their group (and self), a staff member's to their own record. */
    private static void narrow(StaffAccess.Scope scope, String groupCode, StringBuilder where, Parameters parameters) {
        if (scope.whole()) {
            return;
        }
        if (scope.groupCode() != null) {
            if (groupCode != null && !groupCode.equals(scope.groupCode())) {
                throw ProblemException.forbidden("Tổ trưởng chỉ xem được tổ của mình " + scope.groupCode()
                        + " (a group leader reads only their own group)");
            }
            where.append(" and (groupCode = :ownGroup or userName = :self)");
            parameters.and("ownGroup", scope.groupCode()).and("self", scope.userName());
        } else {
            where.append(" and userName = :self");
            parameters.and("self", scope.userName());
        }
    }

    static LocalDate today() {
        return LocalDate.now(SCHOOL_ZONE);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
