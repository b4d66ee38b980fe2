package vn.thidua.award.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.eligibility.HistoryChanges;
import vn.thidua.award.people.People;
import vn.thidua.award.people.StaffMember;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.time.TimeSource;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Import of earlier decisions (issue 12, item 3): all or nothing — a file with any bad row stores nothing and
 * answers 422 naming every bad row by line and column — and idempotent on (person, title or form, school year,
 * decision number): the same file twice changes nothing. Each stored record says who imported it and when. The
 * open cycles of the people whose files changed are recomputed in the same transaction.
 */
@ApplicationScoped
@Transactional
class AchievementImport {

    /** Forms can be given more than once a year; a title is held once a year (NominationRules.FORMS). */
    static final Set<Title> FORMS = EnumSet.of(Title.GIAY_KHEN, Title.BANG_KHEN, Title.KY_NIEM_CHUONG);

    /** What an import did. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AchievementImportReport")
    record Report(String unitCode, int rows, int created, int unchanged, List<String> warnings,
            List<UUID> recomputedCycles) {
    }

    private record Key(UUID personId, Title award, String schoolYear, String decisionNumber) {
    }

    private record Resolved(ImportRows.Row row, UUID personId, StaffMember staff) {
    }

    private final AchievementAccess access;
    private final People people;
    private final AchievementFile file;
    private final HistoryChanges history;
    private final TimeSource time;

    AchievementImport(AchievementAccess access, People people, AchievementFile file, HistoryChanges history,
            TimeSource time) {
        this.access = access;
        this.people = people;
        this.file = file;
        this.history = history;
        this.time = time;
    }

    Report importFile(String unitCode, boolean xlsx, byte[] content) {
        access.requireImport(unitCode);
        ImportRows.Result parsed;
        try {
            parsed = ImportRows.read(xlsx ? ImportSheet.xlsx(content) : ImportSheet.csv(content), time.today());
        } catch (ImportSheet.UnreadableException e) {
            throw AchievementProblems.unreadable(e);
        } catch (ImportRows.BadHeaderException e) {
            throw AchievementProblems.badHeader(e);
        }
        List<ImportRows.LineError> errors = new ArrayList<>(parsed.errors());
        List<String> warnings = new ArrayList<>(parsed.warnings());
        Map<Key, Resolved> wanted = new LinkedHashMap<>();
        Map<Key, Integer> lineOf = new HashMap<>();
        for (ImportRows.Row row : parsed.rows()) {
            Optional<Resolved> resolved = resolve(row, unitCode, parsed, errors);
            if (resolved.isEmpty()) {
                continue;
            }
            Key key = new Key(resolved.get().personId(), row.award(), row.schoolYear().toString(), row.decisionNumber());
            Integer first = lineOf.putIfAbsent(key, row.line());
            if (first == null) {
                wanted.put(key, resolved.get());
            } else if (same(wanted.get(key).row(), row)) {
                warnings.add("Dòng " + row.line() + " lặp lại dòng " + first + "; chỉ nhập một lần (line " + row.line()
                        + " repeats line " + first + "; imported once)");
            } else {
                errors.add(new ImportRows.LineError(row.line(), parsed.header(ImportColumn.DECISION_NUMBER),
                        "Quyết định " + row.decisionNumber() + " đã có ở dòng " + first + " với ngày hoặc cơ quan khác "
                                + "(the same decision on line " + first + " with another date or issuer)"));
            }
        }
        List<Resolved> create = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<Key, Resolved> entry : wanted.entrySet()) {
            Key key = entry.getKey();
            ImportRows.Row row = entry.getValue().row();
            AchievementRecord existing = AchievementRecord.find(key.personId(), key.award(), key.schoolYear(),
                    key.decisionNumber());
            if (existing != null) {
                if (existing.decisionDate.equals(row.decisionDate()) && existing.issuer.equals(row.issuer())) {
                    unchanged++;
                } else {
                    errors.add(new ImportRows.LineError(row.line(), parsed.header(ImportColumn.DECISION_DATE),
                            "Quyết định " + key.decisionNumber() + " đã được nhập ngày " + existing.importedAt.toLocalDate()
                                    + " với ngày " + existing.decisionDate + ", cơ quan \"" + existing.issuer + "\" (already "
                                    + "imported with another date or issuer)"));
                }
                continue;
            }
            titleHeldOtherwise(key, wanted.keySet()).ifPresent(other -> errors.add(new ImportRows.LineError(row.line(),
                    parsed.header(ImportColumn.AWARD), key.award().label + " năm học " + key.schoolYear() + " đã có theo "
                            + other + " (the title is already held that year under another decision)")));
            create.add(entry.getValue());
        }
        errors.sort(Comparator.comparingInt(ImportRows.LineError::line));
        if (!errors.isEmpty()) {
            int rejected = new TreeSet<>(errors.stream().map(ImportRows.LineError::line).toList()).size();
            throw AchievementProblems.rejected(rejected, parsed.dataRows(), errors);
        }
        OffsetDateTime now = time.now();
        Map<UUID, String> earliestYear = new HashMap<>();
        for (Resolved r : create) {
            store(r, unitCode, now);
            earliestYear.merge(r.personId(), r.row().schoolYear().toString(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        AchievementRecord.flush();
        Set<UUID> recomputed = new LinkedHashSet<>();
        earliestYear.forEach((person, year) -> recomputed.addAll(history.changed(List.of(person), year)));
        return new Report(unitCode, parsed.dataRows(), create.size(), unchanged, warnings, List.copyOf(recomputed));
    }

    private void store(Resolved r, String importUnit, OffsetDateTime now) {
        ImportRows.Row row = r.row();
        AchievementRecord record = new AchievementRecord();
        record.id = UUID.randomUUID();
        record.personId = r.personId();
        record.staffId = r.staff() == null ? null : r.staff().staffId;
        record.unitCode = r.staff() == null ? importUnit : r.staff().unitCode;
        record.awardCode = row.award();
        record.awardKind = FORMS.contains(row.award()) ? "FORM" : "TITLE";
        record.schoolYear = row.schoolYear().toString();
        record.decisionNumber = row.decisionNumber();
        record.decisionDate = row.decisionDate();
        record.issuer = row.issuer();
        record.issuerLevel = row.issuerLevel();
        record.importedBy = access.actor();
        record.importedAt = now;
        record.importUnitCode = importUnit;
        record.sourceLine = row.line();
        record.persist();
    }

    /** A title (not a form) the person already holds that school year under another decision, in the file or here. */
    private Optional<String> titleHeldOtherwise(Key key, Set<Key> inThisFile) {
        if (FORMS.contains(key.award())) {
            return Optional.empty();
        }
        for (Key other : inThisFile) {
            if (other.personId().equals(key.personId()) && other.award() == key.award()
                    && other.schoolYear().equals(key.schoolYear()) && !other.decisionNumber().equals(key.decisionNumber())) {
                return Optional.of("quyết định " + other.decisionNumber() + " trong tệp này");
            }
        }
        return file.ofPerson(key.personId()).stream()
                .filter(a -> a.held() && a.awardCode() == key.award() && a.schoolYear().equals(key.schoolYear())
                        && !a.decisionNumber().equals(key.decisionNumber()))
                .map(Achievement::citation).findFirst();
    }

    /**
     * The person a row names, and their staff record in the importing unit's reach. A person id that People does
     * not know is taken as a staff id (the file then works before the staff copy arrives); every reference given
     * must name the same person.
     */
    private Optional<Resolved> resolve(ImportRows.Row row, String unitCode, ImportRows.Result parsed,
            List<ImportRows.LineError> errors) {
        ImportRows.PersonRef ref = row.person();
        String column = parsed.header(ref.column());
        Optional<StaffMember> staff;
        UUID personId;
        switch (ref.column()) {
            case PERSON_ID -> {
                UUID id;
                try {
                    id = UUID.fromString(ref.value());
                } catch (IllegalArgumentException e) {
                    errors.add(new ImportRows.LineError(row.line(), column, "Mã định danh không hợp lệ \"" + ref.value()
                            + "\" (not a UUID)"));
                    return Optional.empty();
                }
                List<UUID> staffIds = people.staffIdsOf(id);
                if (!staffIds.isEmpty()) {
                    personId = id;
                    staff = staffIds.stream().map(people::staff).flatMap(Optional::stream)
                            .filter(s -> access.reaches(s.unitCode))
                            .max(Comparator.comparing((StaffMember s) -> s.unitCode.equals(unitCode))
                                    .thenComparing(s -> s.active));
                } else {
                    staff = people.staff(id);
                    personId = staff.map(s -> s.personId).orElse(id);
                    if (staff.isEmpty() && !ownUnitHasResults(id, unitCode)) {
                        errors.add(new ImportRows.LineError(row.line(), column, "Không tìm thấy người có mã " + id
                                + " trong đơn vị (unknown person)"));
                        return Optional.empty();
                    }
                }
            }
            case PERSON_CODE -> {
                staff = people.byPersonCode(ref.value());
                if (staff.isEmpty()) {
                    errors.add(new ImportRows.LineError(row.line(), column, "Không tìm thấy người có số CCCD / mã số "
                            + ref.value() + " (unknown person code)"));
                    return Optional.empty();
                }
                personId = staff.get().personId;
            }
            default -> {
                staff = people.byCode(unitCode, ref.value());
                if (staff.isEmpty()) {
                    errors.add(new ImportRows.LineError(row.line(), column, "Không có cán bộ mã " + ref.value() + " ở "
                            + unitCode + " (no staff with that code in the unit)"));
                    return Optional.empty();
                }
                personId = staff.get().personId;
            }
        }
        if (staff.isPresent() && !access.reaches(staff.get().unitCode)) {
            errors.add(new ImportRows.LineError(row.line(), column, "Người này không thuộc đơn vị của bạn (the person "
                    + "belongs to " + staff.get().unitCode + ", outside your units)"));
            return Optional.empty();
        }
        return Optional.of(new Resolved(row, personId, staff.orElse(null)));
    }

    /**
     * A staff id the staff copy does not know yet but the school's own evaluation results do: before the staff
     * events arrive, the school can import for the people it has evaluated.
     */
    private static boolean ownUnitHasResults(UUID staffId, String unitCode) {
        return ((Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery(
                "select count(*) from evaluation_result where staff_id = ?1 and unit_code = ?2")
                .setParameter(1, staffId).setParameter(2, unitCode).getSingleResult()).longValue() > 0;
    }

    private static boolean same(ImportRows.Row a, ImportRows.Row b) {
        return a.decisionDate().equals(b.decisionDate()) && a.issuer().equals(b.issuer());
    }
}
