package vn.thidua.evaluation.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.evaluation.common.EvaluationJson;
import vn.thidua.evaluation.config.EvaluationConfig;
import vn.thidua.evaluation.cycle.Cycle;
import vn.thidua.evaluation.cycle.CycleService;
import vn.thidua.evaluation.evaluation.BulkReport.Report;
import vn.thidua.evaluation.evaluation.BulkReport.Status;
import vn.thidua.platform.problem.Problem.FieldError;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk posting from a school's own software (DESIGN.md, "The flow" step 3): up to 5,000 records
 * of ratings and facts per call, checked as a whole ({@link BulkPlan}), stored all-or-nothing
 * (atomic) or the valid ones (partial) by {@link BulkWriter}, idempotent by {@code Idempotency-Key}.
 * A record with a rating finalises the person's evaluation directly, whatever its state short of
 * FINALIZED: the school's software ran the self-assessment and review itself. A finalised
 * evaluation is left alone unless the record says exactly what it holds (UNCHANGED); changing it
 * needs a reopen first, as in the API.
 *
 * <p>Efficiency: the school's staff and the cycle's evaluations are read once (one query each),
 * every table is written with one JDBC batch or COPY, and the events go through the outbox in the
 * same transaction. The cycle row is locked so finalisations of one school take turns (HTXS share).
 */
@ApplicationScoped
@Transactional
class BulkService {

    private static final Logger LOG = Logger.getLogger(BulkService.class);

    static final int MAX_KEY = 200;

    enum Mode {
        /** Any invalid record refuses the whole call with 422; nothing is stored (the default). */
        ATOMIC("atomic"),
        /** The valid records are stored, the invalid ones reported. */
        PARTIAL("partial");

        final String value;

        Mode(String value) {
            this.value = value;
        }

        static Mode of(String value) {
            for (Mode mode : values()) {
                if (mode.value.equals(value)) {
                    return mode;
                }
            }
            throw EvaluationProblems.unknownMode(value);
        }
    }

    /** The status and body to answer with; {@code replayed} when it is the stored first answer. */
    record Outcome(int status, String body, boolean replayed) {
    }

    private final CycleService cycles;
    private final EvaluationAccess access;
    private final EvaluationRows rows;
    private final IdempotencyKeys keys;
    private final BulkWriter writer;
    private final HtxsShareLimit shareLimit;
    private final CycleRatingLimits ratingLimits;
    private final EvaluationConfig config;

    BulkService(CycleService cycles, EvaluationAccess access, EvaluationRows rows, IdempotencyKeys keys,
            BulkWriter writer, HtxsShareLimit shareLimit, CycleRatingLimits ratingLimits, EvaluationConfig config) {
        this.cycles = cycles;
        this.access = access;
        this.rows = rows;
        this.keys = keys;
        this.writer = writer;
        this.shareLimit = shareLimit;
        this.ratingLimits = ratingLimits;
        this.config = config;
    }

    /** The fingerprint of a request: cycle, mode and body bytes; the same key with another one is a 409. */
    static String hash(UUID cycleId, Mode mode, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((cycleId + "\n" + "evaluations:bulk?mode=" + mode.value + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the caller before anything is read or claimed: the principal or school app of the cycle's school. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Cycle authorised(UUID cycleId) {
        Cycle cycle = cycles.read(cycleId);
        access.requireBulk(cycle.unitCode);
        return cycle;
    }

    Outcome ingest(UUID cycleId, String key, Mode mode, String requestHash, List<BulkRecord> records) {
        Cycle cycle = authorised(cycleId);
        if (records.size() > config.bulkMaxRecords()) {
            throw EvaluationProblems.tooManyRecords(records.size(), config.bulkMaxRecords());
        }
        Optional<IdempotencyKeys.Answer> first = keys.claim(cycle.unitCode, key, requestHash);
        if (first.isPresent()) {
            if (!first.get().requestHash().equals(requestHash)) {
                throw EvaluationProblems.keyReused(key);
            }
            return new Outcome(first.get().status(), first.get().body(), true);
        }
        cycle.requireWritable();
        Cycle.getEntityManager().lock(cycle, LockModeType.PESSIMISTIC_WRITE);

        Outcome outcome = process(cycle, mode, records);
        keys.answer(cycle.unitCode, key, outcome.status(), outcome.body());
        return outcome;
    }

    private Outcome process(Cycle cycle, Mode mode, List<BulkRecord> records) {
        BulkPlan plan = BulkPlan.of(cycle, ratingLimits.settingOf(cycle), records, rows.staffOf(cycle.unitCode),
                rows.evaluationsOf(cycle.id), shareLimit.of(cycle));
        List<BulkPlan.Item> items = plan.items();
        int rejected = (int) items.stream().filter(p -> !p.valid()).count();
        if (rejected > 0 && mode == Mode.ATOMIC) {
            items.stream().filter(BulkPlan.Item::valid).forEach(p -> p.status = Status.VALID);
            items.stream().filter(p -> !p.valid()).forEach(p -> p.status = Status.REJECTED);
            List<FieldError> errors = items.stream().flatMap(p -> p.errors.stream()).toList();
            Report report = BulkReport.refused(mode.value, records.size(), rejected, errors, items);
            LOG.infof("Bulk of cycle %s refused: %d of %d records invalid", cycle.id, rejected, records.size());
            return new Outcome(422, EvaluationJson.write(report), false);
        }
        items.stream().filter(p -> !p.valid()).forEach(p -> p.status = Status.REJECTED);
        writer.write(cycle, items);
        Report report = BulkReport.stored(mode.value, records.size(), rejected, items);
        LOG.infof("Bulk of cycle %s: %d finalized, %d facts updated, %d unchanged, %d rejected", cycle.id,
                report.finalized(), report.factsUpdated(), report.unchanged(), rejected);
        return new Outcome(200, EvaluationJson.write(report), false);
    }
}
