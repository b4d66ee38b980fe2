package vn.thidua.platform.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who was above a unit on a date (issue 11, the 2025 reorganisation): each unit's parent periods, from plan-service's
 * unit history or the unit events. Plain Java over rows {@link UnitTree} reads, so the date rules are testable alone.
 * A period runs from its {@code from} until the next period of the same unit begins; a day before the first period
 * takes the first (a record dated before the unit was entered belongs to the tree as first known); a unit without
 * periods keeps its current parent (the undated row).
 */
public final class ParentPeriods {

    /** Deep enough for province › Sở/office/commune › school with room to spare; stops a cycle of bad data. */
    static final int MAX_DEPTH = 32;

    /** One period: {@code parentCode} above {@code code} from {@code from} (null: since ever); {@code seq} orders ties. */
    public record Period(String code, String parentCode, LocalDate from, long seq) {
    }

    private static final Comparator<Period> ORDER = Comparator
            .comparing(Period::from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Period::seq);

    private final Map<String, List<Period>> dated = new LinkedHashMap<>();
    private final Map<String, String> current = new LinkedHashMap<>();

    /**
     * @param periods dated periods per unit
     * @param currentParents each known unit's current parent (null for a root); the fallback without periods
     */
    public ParentPeriods(List<Period> periods, Map<String, String> currentParents) {
        for (Period period : periods) {
            dated.computeIfAbsent(period.code(), code -> new ArrayList<>()).add(period);
        }
        dated.values().forEach(list -> list.sort(ORDER));
        current.putAll(currentParents);
    }

    /** Every unit the rows name (with a period or a current row). */
    public Set<String> units() {
        Set<String> units = new java.util.LinkedHashSet<>(current.keySet());
        units.addAll(dated.keySet());
        return units;
    }

    /** Whether the unit is known at all (a period or a current row). */
    public boolean knows(String code) {
        return dated.containsKey(code) || current.containsKey(code);
    }

    /** The parent of {@code code} on {@code day}; empty for a root or an unknown unit. */
    public Optional<String> parentOn(String code, LocalDate day) {
        List<Period> periods = dated.get(code);
        if (periods == null || periods.isEmpty()) {
            return Optional.ofNullable(current.get(code));
        }
        Period chosen = periods.get(0);
        for (Period period : periods) {
            if (period.from() == null || !period.from().isAfter(day)) {
                chosen = period;
            }
        }
        return Optional.ofNullable(chosen.parentCode());
    }

    /** The unit and the units above it on {@code day}, nearest first; empty when the unit is unknown. */
    public List<String> pathOn(String code, LocalDate day) {
        List<String> path = new ArrayList<>();
        if (code == null || !knows(code)) {
            return path;
        }
        Set<String> seen = new HashSet<>();
        String unit = code;
        while (unit != null && seen.add(unit) && path.size() < MAX_DEPTH) {
            path.add(unit);
            unit = parentOn(unit, day).orElse(null);
        }
        return path;
    }

    /** Whether {@code ancestor} is {@code unit} itself or above it on {@code day}. */
    public boolean contains(String ancestor, String unit, LocalDate day) {
        return ancestor.equals(unit) || pathOn(unit, day).contains(ancestor);
    }
}
