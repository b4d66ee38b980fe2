package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.evaluation.BulkReport.Status;
import vn.thidua.evaluation.evaluation.EvaluationRows.Current;
import vn.thidua.evaluation.evaluation.EvaluationRows.StaffRow;
import vn.thidua.evaluation.staff.StaffTexts;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.time.SchoolYear;

import vn.thidua.evaluation.rules.ShareLimit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a bulk post would do, record by record, before anything is written: each record read, its
 * person found, the {@link Finalization} policy applied to its rating, and the HTXS share checked
 * over the whole call. Plain Java over the rows read once.
 */
final class BulkPlan {

    /** One record on its way: what it asks, what stands, what it becomes. */
    static final class Item {
        final int index;
        final String staffCode;
        final List<FieldError> errors = new ArrayList<>();
        StaffRow staff;
        Current current;
        Rating rating;
        Facts facts;
        Facts stored;
        Finalization finalization;
        Status status;
        UUID evaluationId;

        Item(int index, String staffCode) {
            this.index = index;
            this.staffCode = staffCode;
        }

        boolean valid() {
            return errors.isEmpty();
        }

        boolean factsChange() {
            return facts != null && (stored == null || !facts.equals(stored));
        }
    }

    private final Finalization.Setting setting;
    private final List<Item> items;

    private BulkPlan(Finalization.Setting setting, List<Item> items) {
        this.setting = setting;
        this.items = items;
    }

    Finalization.Setting setting() {
        return setting;
    }

    List<Item> items() {
        return items;
    }

    /** {@code limit}: the cycle's HTXS cap (percent, base, scope). */
    static BulkPlan of(Cycle cycle, Finalization.Setting setting, List<BulkRecord> records, List<StaffRow> staff,
            Map<UUID, Current> current, ShareLimit limit) {
        SchoolYear year = setting.year();
        Map<String, StaffRow> staffByCode = staff.stream().collect(Collectors.toMap(StaffRow::code, Function.identity()));
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            BulkRecord record = records.get(i);
            String at = "records[" + i + "]";
            if (record == null) {
                Item item = new Item(i, null);
                item.errors.add(EvaluationProblems.nullRecord(at));
                items.add(item);
                continue;
            }
            String code = StaffTexts.clean(record.staffCode());
            Item item = new Item(i, code);
            items.add(item);
            BulkRecord.Parsed parsed = record.parse(i);
            item.errors.addAll(parsed.errors());
            item.rating = parsed.rating();
            item.facts = parsed.facts();
            if (code == null) {
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(code, i);
            if (earlier != null) {
                item.errors.add(EvaluationProblems.repeatedStaffCode(at, code, earlier));
                continue;
            }
            item.staff = staffByCode.get(code);
            if (item.staff == null) {
                item.errors.add(EvaluationProblems.unknownStaffCode(at, code, cycle.unitCode));
                continue;
            }
            if (!worksDuring(item.staff, year)) {
                item.errors.add(EvaluationProblems.notAtSchool(at, code, year));
                continue;
            }
            if (!item.valid()) {
                continue;
            }
            item.current = current.get(item.staff.id());
            if (item.current != null && item.current.hasFacts()) {
                item.stored = Facts.fromJson(item.current.monthsWorked() == null ? null
                                : item.current.monthsWorked().doubleValue(), item.current.discipline(),
                        item.current.leave(), item.current.initiatives());
            }
            decide(item, setting);
        }
        share(current, items, staff, limit);
        return new BulkPlan(setting, items);
    }

    /** What a valid record does, or why it cannot: the rating rules, and finalised evaluations left alone. */
    private static void decide(Item item, Finalization.Setting setting) {
        String at = "records[" + item.index + "]";
        if (item.current != null && item.current.state() == EvaluationState.FINALIZED) {
            boolean same = (item.rating == null || item.rating == item.current.finalRating()) && !item.factsChange();
            if (same) {
                item.status = Status.UNCHANGED;
            } else {
                item.errors.add(EvaluationProblems.alreadyFinalized(item.rating != null
                        && item.rating != item.current.finalRating() ? at + ".rating" : at + ".facts", item.staffCode,
                        item.current.finalRating()));
            }
            return;
        }
        if (item.rating != null) {
            StaffRow staff = item.staff;
            item.finalization = Finalization.of(item.rating, item.facts != null ? item.facts : item.stored,
                    new Finalization.Person(staff.id(), staff.groupCode(), staff.hireDate(), staff.activeFrom(),
                            staff.activeTo()), setting);
            for (RatingRules.Violation violation : item.finalization.violations()) {
                item.errors.add(new FieldError(at + ".rating", violation.message()));
            }
            item.status = Status.FINALIZED;
        } else {
            item.status = item.factsChange() ? Status.FACTS_UPDATED : Status.UNCHANGED;
        }
    }

    /**
     * The HTXS share over the cycle as it would be: the finalised ratings outside this call, the
     * valid ratings of this call, then HTXS records in order while the share allows — over the school,
     * or per group of staff (the staff record's group) when the scope is STAFF_GROUP.
     */
    private static void share(Map<UUID, Current> current, List<Item> items, List<StaffRow> staff, ShareLimit limit) {
        Map<UUID, String> groupOf = new HashMap<>();
        staff.forEach(s -> groupOf.put(s.id(), s.groupCode()));
        Map<String, HtxsShare> shares = new HashMap<>(); // HashMap: the school's share has the key null
        Function<String, HtxsShare> empty = group -> HtxsShare.empty(limit, group);
        for (Current c : current.values()) {
            if (c.state() == EvaluationState.FINALIZED) {
                String group = key(limit, groupOf.get(c.staffId()));
                shares.put(group, shares.computeIfAbsent(group, empty).with(c.finalRating()));
            }
        }
        for (Item item : items) {
            if (item.valid() && item.status == Status.FINALIZED && item.rating != Rating.HTXS) {
                String group = key(limit, item.staff.groupCode());
                shares.put(group, item.finalization.share(shares.computeIfAbsent(group, empty)));
            }
        }
        for (Item item : items) {
            if (item.valid() && item.status == Status.FINALIZED && item.rating == Rating.HTXS) {
                String group = key(limit, item.staff.groupCode());
                HtxsShare share = shares.computeIfAbsent(group, empty);
                if (item.finalization.exceeds(share)) {
                    item.errors.add(EvaluationProblems.htxsShareOfRecord("records[" + item.index + "].rating",
                            item.finalization.share(share)));
                } else {
                    shares.put(group, item.finalization.share(share));
                }
            }
        }
    }

    /** The share a person counts in: their group's, or the school's under the key null. */
    private static String key(ShareLimit limit, String groupCode) {
        return HtxsShareLimit.groupOf(limit, groupCode);
    }

    private static boolean worksDuring(StaffRow staff, SchoolYear year) {
        return !staff.activeFrom().isAfter(year.end()) && (staff.activeTo() == null
                || !staff.activeTo().isBefore(year.start()));
    }
}
