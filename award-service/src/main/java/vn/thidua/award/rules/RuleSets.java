package vn.thidua.award.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.time.Versions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule set versions: read and chosen by date ({@link RuleSetPublishing} adds them). A version never
 * changes once stored, so versions are cached for good.
 */
@ApplicationScoped
@Transactional
public class RuleSets {

    /** What a rule set was chosen for a date, and why when none was in force that day. */
    public record Choice(RuleSet rules, String note) {
    }

    private final Map<String, RuleSet> cache = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleSet> all() {
        return RuleSetVersion.allByDate().stream().map(this::cached).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleSet> find(String version) {
        RuleSet known = cache.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        return RuleSetVersion.<RuleSetVersion>findByIdOptional(version).map(this::cached);
    }

    public RuleSet require(String version) {
        return find(version).orElseThrow(() -> RuleSetProblems.notFound(version));
    }

    /** The set in force on {@code day}: among those whose range contains it, the one that started last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleSet> inForce(LocalDate day) {
        return pick(all(), day);
    }

    /**
     * The set in force on {@code day}, or — for an evaluation older than every version (2022-2023
     * results finalized before the first set, 2024.1, took effect) — the earliest set, with a note.
     * There is no older data to apply, and refusing would leave such cycles uncomputed for good.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Choice forDate(LocalDate day) {
        List<RuleSet> sets = all();
        Optional<RuleSet> inForce = pick(sets, day);
        if (inForce.isPresent()) {
            return new Choice(inForce.get(), null);
        }
        RuleSet earliest = Versions.earliest(sets).orElseThrow(() -> new IllegalStateException("no rule set is stored"));
        return new Choice(earliest, "Không có bộ quy tắc hiệu lực ngày " + day + "; áp dụng bộ sớm nhất "
                + earliest.version() + " (no rule set in force on " + day + "; the earliest applies)");
    }

    /** Pure choice, for tests: the latest-starting set whose own range contains {@code day}. */
    public static Optional<RuleSet> pick(Collection<RuleSet> sets, LocalDate day) {
        return Versions.inForce(sets, day);
    }

    private RuleSet cached(RuleSetVersion row) {
        return cache.computeIfAbsent(row.version, v -> row.toRuleSet());
    }
}
