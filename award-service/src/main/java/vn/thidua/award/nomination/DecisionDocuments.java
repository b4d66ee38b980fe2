package vn.thidua.award.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.people.People;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.platform.security.UnitTree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The content of a decision's document from the decision, the items the caller may read, the rule sets they were
 * decided under (its legal bases), the unit tree (names, the body above, the head's title) and the staff copy
 * (full names). Items are listed by award, then by given name in Vietnamese order, as the annex of a tờ trình is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DecisionDocuments {

    private final NominationQueries queries;
    private final RuleSets ruleSets;
    private final UnitTree tree;
    private final People people;

    DecisionDocuments(NominationQueries queries, RuleSets ruleSets, UnitTree tree, People people) {
        this.queries = queries;
        this.ruleSets = ruleSets;
        this.tree = tree;
        this.people = people;
    }

    DecisionDocument.Content content(UUID id) {
        NominationQueries.DecisionData data = queries.decision(id);
        Decision decision = data.decision();
        Optional<UnitTree.Node> unit = tree.unit(decision.unitCode);
        String unitName = unit.map(UnitTree.Node::name).orElse(decision.unitCode);
        String parentBody = unit.map(UnitTree.Node::parentCode).flatMap(tree::unit).map(UnitTree.Node::name)
                .orElse(null);
        List<Nomination> items = data.items().stream()
                .sorted(Comparator.comparing((Nomination n) -> n.awardCode).thenComparing(people.byName(queries::nominee)))
                .toList();
        List<DecisionDocument.Line> lines = items.stream().map(n -> new DecisionDocument.Line(queries.nominee(n),
                unitName(n.unitCode), n.awardCode.label, n.prizeAmount,
                n.status == Nomination.Status.REVOKED ? "đã thu hồi" : null)).toList();
        Set<String> schools = new LinkedHashSet<>();
        items.forEach(n -> schools.add(unitName(n.unitCode)));
        List<String> executors = new ArrayList<>();
        executors.add("Bộ phận phụ trách thi đua, khen thưởng của " + unitName);
        schools.stream().filter(s -> !s.equals(unitName)).forEach(s -> executors.add("Hiệu trưởng " + s));
        boolean extract = Nomination.count("decisionId", id) > items.size();
        return new DecisionDocument.Content(parentBody, unitName, unit.map(UnitTree.Node::level).orElse(null),
                decision.decisionNumber, decision.decisionDate, decision.schoolYear, bases(items),
                proposals(items, unitName), lines, decision.signer, executors, extract);
    }

    /** The legal bases of the rule sets the items were decided under; editors' tags dropped, unchecked ones marked. */
    private List<String> bases(List<Nomination> items) {
        Set<String> versions = new LinkedHashSet<>();
        items.forEach(n -> versions.add(n.decisionRuleSetVersion != null ? n.decisionRuleSetVersion : n.ruleSetVersion));
        Set<String> bases = new LinkedHashSet<>();
        for (String version : versions) {
            for (RuleSet.LegalDocument law : ruleSets.require(version).legalBasis()) {
                bases.add(basis(law));
            }
        }
        return List.copyOf(bases);
    }

    /** "Nghị định … số 152/2025/NĐ-CP": the stored title up to its first note, "(cần đối chiếu)" when tagged so. */
    static String basis(RuleSet.LegalDocument law) {
        String tagless = law.title().replaceAll("\\s*\\[[a-z]+]", "");
        String title = tagless.replaceAll("\\s*\\(.*\\)\\s*$", "");
        // [verify] on the title, an unknown number, or an editors' note asking for a check on the whole entry.
        boolean verify = law.title().contains("[verify]") || law.number().contains("cần đối chiếu")
                || tagless.substring(title.length()).contains("cần đối chiếu");
        int note = title.indexOf(", hiệu lực");
        if (note > 0) {
            title = title.substring(0, note);
        }
        int replaces = title.indexOf(", thay thế");
        if (replaces > 0) {
            title = title.substring(0, replaces);
        }
        int amended = title.indexOf(", sửa đổi");
        String amendment = amended > 0 ? title.substring(amended) : "";
        title = amended > 0 ? title.substring(0, amended) : title;
        String number = law.number().startsWith("(") ? "" : " số " + law.number();
        return title.strip() + number + amendment + (verify ? " (cần đối chiếu)" : "");
    }

    /** The council's review and the schools' tờ trình the decision answers. */
    private List<String> proposals(List<Nomination> items, String decidingUnit) {
        List<String> proposals = new ArrayList<>();
        Set<String> councils = new LinkedHashSet<>();
        Set<UUID> submissions = new LinkedHashSet<>();
        for (Nomination n : items) {
            if (n.councilSessionId != null) {
                councils.add(unitName(n.unitCode));
            }
            if (n.submissionId != null) {
                submissions.add(n.submissionId);
            }
        }
        councils.forEach(school -> proposals.add("Căn cứ kết quả bình xét của Hội đồng Thi đua – Khen thưởng " + school
                + ";"));
        for (UUID id : submissions) {
            Submission s = Submission.findById(id);
            if (s != null) {
                proposals.add("Theo đề nghị của " + unitName(s.fromUnitCode) + " tại Tờ trình"
                        + (s.documentNumber == null ? "" : " số " + s.documentNumber) + " ngày "
                        + vn.thidua.platform.time.TimeSource.dayInVietnam(s.submittedAt)
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".");
            }
        }
        if (submissions.isEmpty()) {
            proposals.add("Xét đề nghị của bộ phận phụ trách thi đua, khen thưởng của " + decidingUnit + ".");
        }
        return proposals;
    }

    private String unitName(String code) {
        return tree.unit(code).map(UnitTree.Node::name).orElse(code);
    }
}
