package vn.thidua.award.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.security.DatedTree;
import vn.thidua.platform.security.UnitTree;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The dated authority table, read for nominations (who decides, on the day the dossier is formed or submitted). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Authorities {

    private final DatedTree tree;
    private volatile List<AuthorityRules.Row> rows;

    Authorities(DatedTree tree) {
        this.tree = tree;
    }

    /** Every row, by title, recipient and date; the table changes only by migration, so it is read once. */
    public List<AuthorityRules.Row> rows() {
        List<AuthorityRules.Row> known = rows;
        if (known == null) {
            known = AuthorityRule.ordered().stream().map(AuthorityRule::toRow).toList();
            rows = known;
        }
        return known;
    }

    /**
     * Who decides {@code title} for {@code recipient} of {@code schoolCode} on {@code day}, over the units above the
     * school on that day (issue 11: before 01/07/2025 its district office, from then its commune); empty without a row.
     */
    public Optional<AuthorityRules.Routing> route(Title title, String recipient, String schoolCode, LocalDate day) {
        return AuthorityRules.row(rows(), title, recipient, day)
                .map(row -> AuthorityRules.route(row, tree.lineageOn(schoolCode, day), day));
    }

    /** The units above {@code schoolCode} on {@code day}, nearest first, each with its level. */
    public List<UnitTree.Node> above(String schoolCode, LocalDate day) {
        List<UnitTree.Node> lineage = tree.lineageOn(schoolCode, day);
        return lineage.isEmpty() ? lineage : lineage.subList(1, lineage.size());
    }
}
