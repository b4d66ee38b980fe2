package vn.thidua.award.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A rule set version's event, subject the version, through the outbox:
 * {@code vn.thidua.rules.ruleset-published.v1} on thidua.rules.v1. The other services keep their copy of
 * the parameters from it, so award-service stays the one source of every rule parameter. Only national versions go
 * out, each parameter with its verified flag and layer: a copy that knows no layers must not apply a province's.
 */
@ApplicationScoped
class RuleSetEvents {

    /** The envelope's unit of versions shipped with the system: they apply to every unit of the deployment. */
    static final String EVERY_UNIT = "ALL";

    record Published(String version, LocalDate effectiveFrom, LocalDate effectiveTo,
            List<RuleSet.LegalDocument> legalBasis, List<RuleSet.Parameter> parameters, String publishedBy,
            OffsetDateTime publishedAt) {
    }

    private final Outbox outbox;

    RuleSetEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code rules} published by {@code unit} (the province), or {@link #EVERY_UNIT} for a shipped version. */
    @Transactional(Transactional.TxType.MANDATORY)
    void published(RuleSet rules, String unit) {
        outbox.publish(EventTypes.RULESET_PUBLISHED, rules.version(), unit, null,
                new Published(rules.version(), rules.effectiveFrom(), rules.effectiveTo(), rules.legalBasis(),
                        RuleSets.merge(rules, List.of()).parameters(), rules.publishedBy(), rules.publishedAt()));
    }
}
