package vn.thidua.award.rules;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.platform.time.TimeSource;

import java.util.List;

/**
 * Announces the versions that never went out on thidua.rules.v1 — the ones a migration shipped, and any
 * stored before announcing existed — a few seconds after start, in the background, and then every minute, until
 * each has. Not on the start's path: it was 9 % of award-service's start (the envelope's schema check, the outbox),
 * and nothing the service answers depends on it (the events are for evaluation-service). Safe with replicas:
 * each row is taken with {@code FOR UPDATE SKIP LOCKED}, so one replica announces it, once.
 */
@ApplicationScoped
class RuleSetAnnouncer {

    private static final Logger LOG = Logger.getLogger(RuleSetAnnouncer.class);

    private final RuleSetEvents events;
    private final TimeSource time;

    RuleSetAnnouncer(RuleSetEvents events, TimeSource time) {
        this.events = events;
        this.time = time;
    }

    @Scheduled(every = "60s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void announceUnannounced() {
        @SuppressWarnings("unchecked")
        List<RuleSetVersion> pending = RuleSetVersion.getEntityManager().createNativeQuery("""
                select * from rule_set where announced_at is null and layer = 'NATIONAL'
                order by effective_from for update skip locked""", RuleSetVersion.class).getResultList();
        for (RuleSetVersion row : pending) {
            events.published(row.toRuleSet(), RuleSetEvents.EVERY_UNIT);
            row.announcedAt = time.now();
            LOG.infof("Rule set %s announced on thidua.rules.v1", row.version);
        }
    }
}
