package vn.thidua.award.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.people.People;
import vn.thidua.award.report.Report.Counts;
import vn.thidua.award.report.ReportTables.AnnexLine;
import vn.thidua.award.report.ReportTables.UnitCounts;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.security.UnitTree;
import vn.thidua.platform.text.VietnameseNames;
import vn.thidua.platform.time.SchoolYear;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Reports and decision annexes, read from the reporting tables only (built from events alone). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ReportService {

    private final ReportTables tables;
    private final ReportAccess access;
    private final UnitTree tree;
    private final People people;

    ReportService(ReportTables tables, ReportAccess access, UnitTree tree, People people) {
        this.tables = tables;
        this.access = access;
        this.tree = tree;
        this.people = people;
    }

    Report report(String unit, SchoolYear year) {
        Set<String> units = access.requireUnit(unit, year);
        String previousYear = year.minus(1).toString();
        YearCounts now = counts(units, year.toString());
        YearCounts before = counts(units, previousYear);
        Map<String, String> names = tree.names(units);
        Collator collator = VietnameseNames.collator();
        List<Report.UnitRow> schools = units.stream().filter(code -> !code.equals(unit))
                .sorted(Comparator.comparing((String code) -> names.getOrDefault(code, code), collator::compare)
                        .thenComparing(Comparator.naturalOrder()))
                .map(code -> {
                    Counts current = now.of(code);
                    Counts previous = before.of(code);
                    return new Report.UnitRow(code, names.get(code), current, previous, current.minus(previous));
                })
                .toList();
        Counts current = now.total(units);
        Counts previous = before.total(units);
        return new Report(unit, names.get(unit), year.toString(), previousYear, current, previous,
                current.minus(previous), schools, Report.LABELS);
    }

    Annex annex(String unit, SchoolYear year, UUID decisionId) {
        Set<String> units = access.requireUnit(unit, year);
        List<AnnexLine> lines = tables.annex(units, year.toString(), decisionId);
        if (decisionId != null && lines.isEmpty()) {
            throw ReportProblems.decisionNotFound(decisionId);
        }
        Map<String, String> names = tree.names(units);
        Collator collator = VietnameseNames.collator();
        Map<String, String> nomineeNames = new HashMap<>();
        lines.forEach(l -> nomineeNames.computeIfAbsent(l.nomineeId() == null ? "" : l.nomineeId(),
                id -> nomineeName(l)));
        Function<AnnexLine, String> nominee = l -> nomineeNames.get(l.nomineeId() == null ? "" : l.nomineeId());
        Comparator<AnnexLine> byNominee = Comparator
                .comparing((AnnexLine l) -> names.getOrDefault(l.unitCode(), l.unitCode()), collator::compare)
                .thenComparing(people.byName(nominee))
                .thenComparing(AnnexLine::nomineeId, Comparator.nullsLast(Comparator.naturalOrder()));
        Map<UUID, List<AnnexLine>> byDecision = new LinkedHashMap<>();
        lines.stream()
                .sorted(Comparator.comparing((AnnexLine l) -> l.decision().date())
                        .thenComparing(l -> l.decision().number()).thenComparing(byNominee))
                .forEach(line -> byDecision.computeIfAbsent(line.decision().decisionId(), id -> new ArrayList<>())
                        .add(line));
        List<Annex.Decision> decisions = new ArrayList<>();
        for (List<AnnexLine> ofDecision : byDecision.values()) {
            var head = ofDecision.get(0).decision();
            List<Annex.Group> groups = new ArrayList<>();
            for (Title title : Title.values()) {
                List<Annex.Nominee> nominees = ofDecision.stream().filter(l -> title.name().equals(l.awardCode()))
                        .map(l -> new Annex.Nominee(l.nominationId(), l.nomineeType(), l.nomineeId(), nominee.apply(l),
                                l.unitCode(), names.get(l.unitCode()), l.revokedAt() != null, l.revokedReason(),
                                l.prizeAmount()))
                        .toList();
                if (!nominees.isEmpty()) {
                    groups.add(new Annex.Group(title.name(), title.label,
                            nominees.stream().filter(n -> !n.revoked()).count(), nominees));
                }
            }
            decisions.add(new Annex.Decision(head.decisionId(), head.number(), head.date(), head.signer(),
                    head.unitCode(), groups));
        }
        return new Annex(unit, year.toString(), decisions);
    }

    /** A person by full name (staff copy); a collective by its code, the only name the events carry. */
    private String nomineeName(AnnexLine line) {
        if (line.nomineeId() == null) {
            return "";
        }
        return "STAFF".equals(line.nomineeType()) ? people.nameOr(line.nomineeId(), null) : line.nomineeId();
    }

    private YearCounts counts(Set<String> units, String schoolYear) {
        return new YearCounts(tables.ratings(units, schoolYear), tables.awards(units, schoolYear),
                tables.nominations(units, schoolYear), tables.prizeMoney(units, schoolYear));
    }

    private record YearCounts(UnitCounts ratings, UnitCounts awards, UnitCounts nominations, UnitCounts prizes) {

        Counts of(String unit) {
            return Counts.of(ratings.of(unit), awards.of(unit), nominations.of(unit), money(prizes.of(unit)));
        }

        Counts total(Set<String> units) {
            return Counts.of(sum(ratings, units), sum(awards, units), sum(nominations, units),
                    money(sum(prizes, units)));
        }

        private static long money(Map<String, Long> prizes) {
            return prizes.getOrDefault("PRIZE_MONEY", 0L);
        }

        private static Map<String, Long> sum(UnitCounts counts, Set<String> units) {
            Map<String, Long> total = new HashMap<>();
            units.forEach(unit -> counts.of(unit).forEach((key, n) -> total.merge(key, n, Long::sum)));
            return total;
        }
    }
}
