package vn.thidua.evaluation.staff;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.evaluation.staff.StaffCsvImport.LineError;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports the school's spreadsheet: records are matched by code, so importing the same sheet
 * twice changes nothing. With bad rows, all-or-nothing stores nothing and answers 422 with every
 * error; valid-rows stores the good rows and reports the bad ones.
 */
@ApplicationScoped
@Transactional
class StaffImport {

    private static final Logger LOG = Logger.getLogger(StaffImport.class);

    /** How an import treats a file with bad rows. */
    enum ImportMode {
        /** Any bad row refuses the whole file (the default): a school fixes its sheet and sends it again. */
        ALL_OR_NOTHING("all-or-nothing"),
        /** The good rows are stored and the bad ones reported. */
        VALID_ROWS("valid-rows");

        final String value;

        ImportMode(String value) {
            this.value = value;
        }

        static ImportMode of(String value) {
            for (ImportMode mode : values()) {
                if (mode.value.equals(value)) {
                    return mode;
                }
            }
            throw StaffProblems.unknownImportMode(value);
        }
    }

    /** What an import did. */
    record ImportReport(String mode, char delimiter, int rows, int created, int updated, int unchanged,
            int rejected, List<LineError> errors, List<String> warnings) {
    }

    /** A good row and the record it creates or changes. */
    private record Change(int line, Staff existing, StaffData data) {
    }

    private final StaffAccess access;
    private final TimeSource time;
    private final PersonCodes personCodes;
    private final StaffEvents events;

    StaffImport(StaffAccess access, TimeSource time, PersonCodes personCodes, StaffEvents events) {
        this.access = access;
        this.time = time;
        this.personCodes = personCodes;
        this.events = events;
    }

    /** A file may hold 10,000 rows, each written with its staff event: more than the default 60 s on a busy server. */
    @TransactionConfiguration(timeout = 300)
    ImportReport importCsv(String unitCode, ImportMode mode, byte[] content) {
        access.requireImport(unitCode);
        LocalDate today = time.today();
        StaffCsvImport.Result parsed;
        try {
            parsed = new StaffCsvImport(today).parse(content);
        } catch (StaffCsvImport.UnreadableCsvException e) {
            throw StaffProblems.unreadableCsv(e);
        }
        Map<String, Staff> byCode = Staff.ofUnit(unitCode).stream()
                .collect(Collectors.toMap(s -> s.code, Function.identity()));
        List<LineError> errors = new ArrayList<>(parsed.errors());
        List<Change> changes = new ArrayList<>();
        for (StaffCsvImport.Row row : parsed.rows()) {
            Staff existing = byCode.get(row.data().code());
            StaffData merged = StaffData.merge(existing == null ? null : existing.data(), row.data(),
                    parsed.columns().keySet(), today);
            List<StaffData.Violation> violations = merged.check(today);
            if (!violations.isEmpty()) {
                violations.forEach(v -> errors.add(new LineError(row.line(), parsed.columnName(v.field()), v.message())));
            } else {
                changes.add(new Change(row.line(), existing, merged));
            }
        }
        rejectTakenUserNames(byCode.values(), changes, errors, parsed.columnName(StaffField.USER_NAME));
        rejectTakenPersonCodes(changes, errors, parsed.columnName(StaffField.PERSON_CODE));
        errors.sort(Comparator.comparingInt(LineError::line));
        int rejected = (int) errors.stream().map(LineError::line).distinct().count();
        if (!errors.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            throw StaffProblems.importRejected(rejected, parsed.dataRows(), errors);
        }
        Set<Integer> badLines = errors.stream().map(LineError::line).collect(Collectors.toSet());
        OffsetDateTime now = time.now();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Staff> written = new ArrayList<>();
        for (Change change : changes) {
            if (badLines.contains(change.line())) {
                continue;
            }
            Staff existing = change.existing();
            String personCode = change.data().personCode();
            if (existing == null) {
                Staff staff = new Staff();
                staff.id = TimeOrderedIds.next();
                staff.personId = TimeOrderedIds.next();
                personCodes.claim(personCode, staff.personId);
                staff.unitCode = unitCode;
                staff.createdAt = now;
                staff.set(change.data(), now);
                staff.persist();
                written.add(staff);
                created++;
            } else {
                if (personCode != null && !personCode.equals(existing.personCode)) {
                    personCodes.claim(personCode, existing.personId);
                }
                if (existing.set(change.data(), now)) {
                    written.add(existing);
                    updated++;
                } else {
                    unchanged++;
                }
            }
        }
        StaffEdits.flush();
        events.upserted(written);
        LOG.infof("Imported staff of %s (%s): %d created, %d updated, %d unchanged, %d rejected", unitCode,
                mode.value, created, updated, unchanged, rejected);
        return new ImportReport(mode.value, parsed.delimiter(), parsed.dataRows(), created, updated, unchanged,
                rejected, List.copyOf(errors), parsed.warnings());
    }

    /**
     * A person code held by another person than the row's record (or, for a new record, by anyone) is the
     * row's error, found before anything is written so that all-or-nothing stores nothing.
     */
    private void rejectTakenPersonCodes(List<Change> changes, List<LineError> errors, String column) {
        Map<String, UUID> holders = personCodes.holders(changes.stream().map(c -> c.data().personCode())
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        for (Change change : changes) {
            UUID holder = change.data().personCode() == null ? null : holders.get(change.data().personCode());
            if (holder != null && (change.existing() == null || !holder.equals(change.existing().personId))) {
                errors.add(new LineError(change.line(), column,
                        StaffProblems.personCodeTakenMessage(change.data().personCode())));
            }
        }
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
                errors.add(new LineError(change.line(), column, StaffProblems.accountTakenOnLine(user, holder)));
            }
        }
    }
}
