package vn.thidua.award.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.eligibility.HistoryChanges;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.id.TimeOrderedIds;
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
 * Import of earlier decisions (issue 12, items 3 and 4: of people and of collectives): all or nothing — a file with any bad row stores nothing and
 * answers 422 naming every bad row by line and column — and idempotent on (person, title or form, school year,
 * decision number; for a collective its unit and group): the same file twice changes nothing. Each stored record says who imported it and when. The
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

    /** What a record is idempotent on; {@code holder} is the person ("P:" id) or the collective ("C:" unit/group). */
    private record Key(String holder, Title award, String schoolYear, String decisionNumber) {

        static Key of(ImportHolders.Resolved r) {
            String holder = r.personId() != null ? "P:" + r.personId()
                    : "C:" + r.collectiveUnit() + "/" + (r.collectiveGroup() == null ? "" : r.collectiveGroup());
            return new Key(holder, r.row().award(), r.row().schoolYear().toString(), r.row().decisionNumber());
        }
    }

    private final AchievementAccess access;
    private final ImportHolders holders;
    private final AchievementFile file;
    private final HistoryChanges history;
    private final TimeSource time;

    AchievementImport(AchievementAccess access, ImportHolders holders, AchievementFile file, HistoryChanges history,
            TimeSource time) {
        this.access = access;
        this.holders = holders;
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
        Map<Key, ImportHolders.Resolved> wanted = new LinkedHashMap<>();
        Map<Key, Integer> lineOf = new HashMap<>();
        for (ImportRows.Row row : parsed.rows()) {
            Optional<ImportHolders.Resolved> resolved = holders.resolve(row, unitCode, parsed, errors);
            if (resolved.isEmpty()) {
                continue;
            }
            Key key = Key.of(resolved.get());
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
        List<ImportHolders.Resolved> create = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<Key, ImportHolders.Resolved> entry : wanted.entrySet()) {
            Key key = entry.getKey();
            ImportHolders.Resolved resolved = entry.getValue();
            ImportRows.Row row = resolved.row();
            AchievementRecord existing = resolved.personId() != null
                    ? AchievementRecord.find(resolved.personId(), key.award(), key.schoolYear(), key.decisionNumber())
                    : AchievementRecord.findCollective(resolved.collectiveUnit(), resolved.collectiveGroup(),
                            key.award(), key.schoolYear(), key.decisionNumber());
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
            titleHeldOtherwise(key, resolved, wanted.keySet()).ifPresent(other -> errors.add(new ImportRows.LineError(row.line(),
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
        Map<String, String> earliestSchoolYear = new HashMap<>();
        for (ImportHolders.Resolved r : create) {
            store(r, unitCode, now);
            String year = r.row().schoolYear().toString();
            if (r.personId() != null) {
                earliestYear.merge(r.personId(), year, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            } else if (r.collectiveGroup() == null) {
                // The school's own file: its Bằng khen and Cờ thi đua read it. A group's file is read by no condition.
                earliestSchoolYear.merge(r.collectiveUnit(), year, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        AchievementRecord.flush();
        Set<UUID> recomputed = new LinkedHashSet<>();
        earliestYear.forEach((person, year) -> recomputed.addAll(history.changed(List.of(person), year)));
        earliestSchoolYear.forEach((school, year) -> recomputed.addAll(history.schoolChanged(school, year)));
        return new Report(unitCode, parsed.dataRows(), create.size(), unchanged, warnings, List.copyOf(recomputed));
    }

    private void store(ImportHolders.Resolved r, String importUnit, OffsetDateTime now) {
        ImportRows.Row row = r.row();
        AchievementRecord record = new AchievementRecord();
        record.id = TimeOrderedIds.next();
        record.personId = r.personId();
        record.collectiveUnit = r.collectiveUnit();
        record.collectiveGroup = r.collectiveGroup();
        record.staffId = r.staff() == null ? null : r.staff().staffId;
        record.unitCode = r.collectiveUnit() != null ? r.collectiveUnit()
                : r.staff() == null ? importUnit : r.staff().unitCode;
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

    /** A title (not a form) the holder already holds that school year under another decision, in the file or here. */
    private Optional<String> titleHeldOtherwise(Key key, ImportHolders.Resolved resolved, Set<Key> inThisFile) {
        if (FORMS.contains(key.award())) {
            return Optional.empty();
        }
        for (Key other : inThisFile) {
            if (other.holder().equals(key.holder()) && other.award() == key.award()
                    && other.schoolYear().equals(key.schoolYear()) && !other.decisionNumber().equals(key.decisionNumber())) {
                return Optional.of("quyết định " + other.decisionNumber() + " trong tệp này");
            }
        }
        List<Achievement> held = resolved.personId() != null ? file.ofPerson(resolved.personId())
                : file.ofCollective(resolved.collectiveUnit(), resolved.collectiveGroup());
        return held.stream()
                .filter(a -> a.held() && a.awardCode() == key.award() && a.schoolYear().equals(key.schoolYear())
                        && !a.decisionNumber().equals(key.decisionNumber()))
                .map(Achievement::citation).findFirst();
    }

    private static boolean same(ImportRows.Row a, ImportRows.Row b) {
        return a.decisionDate().equals(b.decisionDate()) && a.issuer().equals(b.issuer());
    }
}
