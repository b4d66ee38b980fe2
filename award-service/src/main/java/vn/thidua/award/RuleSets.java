package vn.thidua.award;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.Caller;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule set versions: read, chosen by date, published. A version never changes once stored, so
 * versions are cached for good; publishing adds a version with a later start than every other.
 * Only a {@code district} caller whose unit is a province (the root of the unit tree) publishes:
 * the rule sets apply to every unit of the deployment, and an office publishing them would change
 * the rules of offices it does not oversee.
 */
@ApplicationScoped
@Transactional
public class RuleSets {

    /** What a rule set was chosen for a date, and why when none was in force that day. */
    public record Choice(RuleSet rules, String note) {
    }

    /** A new version as published: fields left null are copied from the latest version. */
    public record Draft(String version, LocalDate effectiveFrom, LocalDate effectiveTo,
            List<RuleSet.LegalDocument> legalBasis, List<RuleSet.Parameter> parameters,
            List<RuleSet.Authority> authority) {
    }

    private final Caller caller;
    private final Map<String, RuleSet> cache = new ConcurrentHashMap<>();

    public RuleSets(Caller caller) {
        this.caller = caller;
    }

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
        return find(version).orElseThrow(() -> ProblemException.notFound("Bộ quy tắc (rule set)", version));
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
        RuleSet earliest = sets.stream().min(Comparator.comparing(RuleSet::effectiveFrom))
                .orElseThrow(() -> new IllegalStateException("no rule set is stored"));
        return new Choice(earliest, "Không có bộ quy tắc hiệu lực ngày " + day + "; áp dụng bộ sớm nhất "
                + earliest.version() + " (no rule set in force on " + day + "; the earliest applies)");
    }

    /** Pure choice, for tests: the latest-starting set whose own range contains {@code day}. */
    public static Optional<RuleSet> pick(Collection<RuleSet> sets, LocalDate day) {
        return sets.stream().filter(s -> s.covers(day)).max(Comparator.comparing(RuleSet::effectiveFrom));
    }

    public RuleSet publish(Draft draft) {
        requirePublisher();
        if (RuleSetVersion.findById(draft.version()) != null) {
            throw ProblemException.conflict("Phiên bản " + draft.version() + " đã có; mỗi phiên bản chỉ công bố một lần, "
                    + "hãy công bố phiên bản mới (version exists and is never edited: publish a new version)");
        }
        RuleSet latest = all().stream().max(Comparator.comparing(RuleSet::effectiveFrom))
                .orElseThrow(() -> new IllegalStateException("no rule set is stored"));
        if (!draft.effectiveFrom().isAfter(latest.effectiveFrom())) {
            throw ProblemException.unprocessable("effectiveFrom", "Ngày hiệu lực " + draft.effectiveFrom()
                    + " phải sau ngày hiệu lực của phiên bản mới nhất " + latest.version() + " ("
                    + latest.effectiveFrom() + "); kết quả đã tính không bao giờ bị thay đổi (must be later than the "
                    + "latest version's effective date)");
        }
        if (draft.effectiveTo() != null && draft.effectiveTo().isBefore(draft.effectiveFrom())) {
            throw ProblemException.invalid("effectiveTo", "Ngày hết hiệu lực trước ngày hiệu lực (ends before it starts)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.parameters() != null) {
            // Checked as given, so the fields name the client's own list.
            RuleSet.problems(draft.parameters(), false).forEach(p -> errors.add(new FieldError(p[0], p[1])));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        RuleSet rules = new RuleSet(draft.version(),
                draft.legalBasis() != null ? draft.legalBasis() : latest.legalBasis(),
                draft.effectiveFrom(), draft.effectiveTo(), merge(latest.parameters(), draft.parameters()),
                draft.authority() != null ? draft.authority() : latest.authority(),
                caller.actor(), OffsetDateTime.now(ZoneOffset.UTC));
        for (String[] problem : rules.problems()) {
            errors.add(new FieldError(problem[0], problem[1]));
        }
        if (rules.legalBasis().isEmpty()) {
            errors.add(new FieldError("legalBasis", "Cần ít nhất một căn cứ pháp lý (at least one legal basis)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        RuleSetVersion.of(rules).persist();
        return rules;
    }

    /**
     * The latest version's parameters with the given ones in their place (matched by key); a given
     * parameter carries its own source, its unit and description default to the old ones.
     */
    static List<RuleSet.Parameter> merge(List<RuleSet.Parameter> base, List<RuleSet.Parameter> changes) {
        if (changes == null) {
            return base;
        }
        Map<String, RuleSet.Parameter> merged = new LinkedHashMap<>();
        base.forEach(p -> merged.put(p.key(), p));
        List<RuleSet.Parameter> extra = new ArrayList<>();
        for (RuleSet.Parameter change : changes) {
            RuleSet.Parameter old = change == null || change.key() == null ? null : merged.get(change.key());
            if (old == null) {
                extra.add(change);
                continue;
            }
            merged.put(change.key(), new RuleSet.Parameter(change.key(), change.value(),
                    change.unit() != null ? change.unit() : old.unit(),
                    change.description() != null ? change.description() : old.description(), change.source()));
        }
        List<RuleSet.Parameter> all = new ArrayList<>(merged.values());
        all.addAll(extra);
        return all;
    }

    private void requirePublisher() {
        String unit = caller.unitCode();
        List<?> levels = Panache.getEntityManager()
                .createNativeQuery("select level from unit_copy where code = ?1").setParameter(1, unit).getResultList();
        if (levels.isEmpty() || !"PROVINCE".equals(levels.get(0))) {
            throw ProblemException.forbidden("Chỉ cấp tỉnh (Sở GD&ĐT) công bố bộ quy tắc; đơn vị " + unit
                    + " không phải cấp tỉnh (only a province-level district user publishes rule sets)");
        }
    }

    private RuleSet cached(RuleSetVersion row) {
        return cache.computeIfAbsent(row.version, v -> row.toRuleSet());
    }
}
