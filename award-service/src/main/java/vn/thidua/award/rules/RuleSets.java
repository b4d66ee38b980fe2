package vn.thidua.award.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.time.Versions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule set versions: read, chosen by date and resolved for a unit ({@link RuleSetPublishing} adds them). A
 * version never changes once stored, so versions are cached for good.
 *
 * <p>Layers: the national set in force on the day, then the layer in force of each unit above the unit (the
 * province's quy chế, an office's or commune's) from the root down; a parameter's value is the one of the
 * nearest layer that sets it, and it keeps the layer, version, source and verified flag it came from. The
 * resolved set is named by its versions joined with "+" ({@code 2025.1+DONGTHAP-2025.1}), and
 * {@link #find(String)} rebuilds it from that name, so a result pinned to it is recomputed the same way.
 */
@ApplicationScoped
@Transactional
public class RuleSets {

    /** What a rule set was chosen for a date, and why when none was in force that day. */
    public record Choice(RuleSet rules, String note) {
    }

    private final Map<String, RuleSet> cache = new ConcurrentHashMap<>();
    private final UnitTree tree;

    RuleSets(UnitTree tree) {
        this.tree = tree;
    }

    /** Every version of every layer, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleSet> all() {
        return RuleSetVersion.allByDate().stream().map(this::cached).toList();
    }

    /** The national versions, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleSet> nationals() {
        return all().stream().filter(r -> r.layer() == RuleSet.Layer.NATIONAL).toList();
    }

    /** A stored version, or a resolved combination named by its versions joined with "+". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleSet> find(String version) {
        if (version.contains("+")) {
            List<RuleSet> parts = new ArrayList<>();
            for (String part : version.split("\\+")) {
                Optional<RuleSet> found = find(part);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                parts.add(found.get());
            }
            return Optional.of(merge(parts.get(0), parts.subList(1, parts.size())));
        }
        RuleSet known = cache.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        return RuleSetVersion.<RuleSetVersion>findByIdOptional(version).map(this::cached);
    }

    public RuleSet require(String version) {
        return find(version).orElseThrow(() -> RuleSetProblems.notFound(version));
    }

    /** The national set in force on {@code day}: among those whose range contains it, the one that started last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleSet> inForce(LocalDate day) {
        return pick(nationals(), day);
    }

    /**
     * The national set in force on {@code day}, or — for an evaluation older than every version (2022-2023
     * results finalized before the first set, 2024.1, took effect) — the earliest set, with a note.
     * There is no older data to apply, and refusing would leave such cycles uncomputed for good.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Choice forDate(LocalDate day) {
        List<RuleSet> sets = nationals();
        Optional<RuleSet> inForce = pick(sets, day);
        if (inForce.isPresent()) {
            return new Choice(inForce.get(), null);
        }
        RuleSet earliest = Versions.earliest(sets).orElseThrow(() -> new IllegalStateException("no rule set is stored"));
        return new Choice(earliest, "Không có bộ quy tắc hiệu lực ngày " + day + "; áp dụng bộ sớm nhất "
                + earliest.version() + " (no rule set in force on " + day + "; the earliest applies)");
    }

    /** The rules of {@code unitCode} on {@code day}: the national set of {@link #forDate} with the layers above it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Choice resolve(String unitCode, LocalDate day) {
        Choice national = forDate(day);
        List<String> lineage = unitCode == null ? List.of() : new ArrayList<>(tree.pathToRoot(unitCode));
        java.util.Collections.reverse(lineage);
        return new Choice(merge(national.rules(), layers(all(), lineage, day)), national.note());
    }

    /** Whether the unit tree knows {@code unitCode}. */
    public boolean knows(String unitCode) {
        return tree.unit(unitCode).isPresent();
    }

    /** The layers in force on {@code day} of the units of {@code rootFirst}, in that order. */
    static List<RuleSet> layers(Collection<RuleSet> sets, List<String> rootFirst, LocalDate day) {
        List<RuleSet> layers = new ArrayList<>();
        for (String unit : rootFirst) {
            for (RuleSet.Layer layer : List.of(RuleSet.Layer.PROVINCE, RuleSet.Layer.UNIT)) {
                pick(sets.stream().filter(s -> s.layer() == layer && unit.equals(s.scopeUnit())).toList(), day)
                        .ifPresent(layers::add);
            }
        }
        return layers;
    }

    /** {@code national} with each layer's parameters over it, nearest last; each parameter names its layer. */
    static RuleSet merge(RuleSet national, List<RuleSet> layers) {
        Map<String, RuleSet.Parameter> merged = new java.util.LinkedHashMap<>();
        national.parameters().forEach(p -> merged.put(p.key(), p.from(national)));
        StringBuilder version = new StringBuilder(national.version());
        List<RuleSet.LegalDocument> basis = new ArrayList<>(national.legalBasis());
        List<RuleSet.Authority> authority = national.authority();
        LocalDate from = national.effectiveFrom();
        for (RuleSet layer : layers) {
            layer.parameters().forEach(p -> merged.put(p.key(), p.from(layer)));
            version.append('+').append(layer.version());
            layer.legalBasis().stream().filter(d -> !basis.contains(d)).forEach(basis::add);
            if (!layer.authority().isEmpty()) {
                authority = layer.authority();
            }
            from = layer.effectiveFrom().isAfter(from) ? layer.effectiveFrom() : from;
        }
        if (layers.isEmpty()) {
            return new RuleSet(national.version(), national.legalBasis(), national.effectiveFrom(),
                    national.effectiveTo(), List.copyOf(merged.values()), national.authority(), national.publishedBy(),
                    national.publishedAt(), RuleSet.Layer.NATIONAL, null);
        }
        RuleSet nearest = layers.get(layers.size() - 1);
        return new RuleSet(version.toString(), basis, from, national.effectiveTo(), List.copyOf(merged.values()),
                authority, nearest.publishedBy(), nearest.publishedAt(), nearest.layer(), nearest.scopeUnit());
    }

    /** Pure choice, for tests: the latest-starting set whose own range contains {@code day}. */
    public static Optional<RuleSet> pick(Collection<RuleSet> sets, LocalDate day) {
        return Versions.inForce(sets, day);
    }

    private RuleSet cached(RuleSetVersion row) {
        return cache.computeIfAbsent(row.version, v -> row.toRuleSet());
    }
}
