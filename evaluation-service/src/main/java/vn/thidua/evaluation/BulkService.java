package vn.thidua.evaluation;

import vn.thidua.platform.time.SchoolYear;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.thidua.evaluation.config.EvaluationConfig;
import vn.thidua.evaluation.messaging.EvaluationEvents;
import vn.thidua.evaluation.persistence.EvaluationRows;
import vn.thidua.evaluation.persistence.EvaluationRows.Current;
import vn.thidua.evaluation.persistence.EvaluationRows.StaffRow;
import vn.thidua.evaluation.persistence.IdempotencyKeys;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulk posting from a school's own software (DESIGN.md, "The flow" step 3): up to 5,000 records
 * of ratings and facts per call, checked as a whole, stored all-or-nothing (atomic) or the valid
 * ones (partial), idempotent by {@code Idempotency-Key}. A record with a rating finalises the
 * person's evaluation directly, whatever its state short of FINALIZED: the school's software ran
 * the self-assessment and review itself. A finalised evaluation is left alone unless the record
 * says exactly what it holds (UNCHANGED); changing it needs a reopen first, as in the API.
 *
 * <p>Efficiency: the school's staff and the cycle's evaluations are read once (one query each),
 * every table is written with one JDBC batch, and the events go through the outbox in the same
 * transaction. The cycle row is locked so finalisations of one school take turns (HTXS share).
 */
@ApplicationScoped
@Transactional
public class BulkService {

    private static final Logger LOG = Logger.getLogger(BulkService.class);

    public static final int MAX_KEY = 200;

    public enum Mode {
        /** Any invalid record refuses the whole call with 422; nothing is stored (the default). */
        ATOMIC("atomic"),
        /** The valid records are stored, the invalid ones reported. */
        PARTIAL("partial");

        public final String value;

        Mode(String value) {
            this.value = value;
        }

        public static Mode of(String value) {
            for (Mode mode : values()) {
                if (mode.value.equals(value)) {
                    return mode;
                }
            }
            throw ProblemException.invalid("mode", "Chế độ không rõ \"" + value + "\" (unknown mode): atomic hoặc partial");
        }
    }

    /** What happened to one record. */
    public enum Status {
        FINALIZED, FACTS_UPDATED, UNCHANGED, REJECTED,
        /** Valid, but not stored because other records of an atomic call were not. */
        VALID
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RecordResult(int index, String staffCode, Status status, UUID evaluationId, List<FieldError> errors) {
    }

    /** The answer: per-record results; a 422 is also RFC 9457 problem details. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(String type, String title, Integer status, String detail, String mode, int received,
            int finalized, int factsUpdated, int unchanged, int rejected, List<FieldError> errors,
            List<RecordResult> results) {
    }

    /** The status and body to answer with; {@code replayed} when it is the stored first answer. */
    public record Outcome(int status, String body, boolean replayed) {
    }

    private final CycleService cycles;
    private final EvaluationAccess access;
    private final EvaluationRows rows;
    private final IdempotencyKeys keys;
    private final Outbox outbox;
    private final EvaluationConfig config;

    public BulkService(CycleService cycles, EvaluationAccess access, EvaluationRows rows, IdempotencyKeys keys,
            Outbox outbox, EvaluationConfig config) {
        this.cycles = cycles;
        this.access = access;
        this.rows = rows;
        this.keys = keys;
        this.outbox = outbox;
        this.config = config;
    }

    /** The fingerprint of a request: cycle, mode and body bytes; the same key with another one is a 409. */
    public static String hash(UUID cycleId, Mode mode, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("POST /api/v1/cycles/" + cycleId + "/evaluations:bulk?mode=" + mode.value + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the caller before anything is read or claimed: the principal or school app of the cycle's school. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cycle authorised(UUID cycleId) {
        Cycle cycle = cycles.read(cycleId);
        access.requireBulk(cycle.unitCode);
        return cycle;
    }

    public Outcome ingest(UUID cycleId, String key, Mode mode, String requestHash, List<BulkRecord> records) {
        Cycle cycle = authorised(cycleId);
        if (records.size() > config.bulkMaxRecords()) {
            throw new ProblemException(413, "too-many-records", "Quá nhiều bản ghi (too many records)",
                    records.size() + " bản ghi, tối đa " + config.bulkMaxRecords() + " mỗi lần gửi (at most "
                            + config.bulkMaxRecords() + " per call)", List.of(new FieldError("records", "tối đa "
                            + config.bulkMaxRecords())));
        }
        Optional<IdempotencyKeys.Answer> first = keys.claim(cycle.unitCode, key, requestHash);
        if (first.isPresent()) {
            if (!first.get().requestHash().equals(requestHash)) {
                throw new ProblemException(409, "idempotency-key-reused", "Idempotency-Key đã dùng (key reused)",
                        "Khóa " + key + " đã dùng cho một yêu cầu khác; dùng khóa mới cho nội dung mới (the key was "
                                + "used for another request; use a new key for new content)",
                        List.of(new FieldError("Idempotency-Key", key)));
            }
            return new Outcome(first.get().status(), first.get().body(), true);
        }
        EvaluationService.requireWritable(cycle);
        Cycle.getEntityManager().lock(cycle, LockModeType.PESSIMISTIC_WRITE);

        Outcome outcome = process(cycle, mode, records);
        keys.answer(cycle.unitCode, key, outcome.status(), outcome.body());
        return outcome;
    }

    /** One record on its way: what it asks, what stands, what it becomes. */
    private static final class Plan {
        final int index;
        final String staffCode;
        final List<FieldError> errors = new ArrayList<>();
        StaffRow staff;
        Current current;
        Rating rating;
        Facts facts;
        Facts stored;
        Facts effective;
        Status status;
        UUID evaluationId;

        Plan(int index, String staffCode) {
            this.index = index;
            this.staffCode = staffCode;
        }

        boolean valid() {
            return errors.isEmpty();
        }

        boolean factsChange() {
            return facts != null && (stored == null || !facts.equals(stored));
        }
    }

    private Outcome process(Cycle cycle, Mode mode, List<BulkRecord> records) {
        SchoolYear year = SchoolYear.parse(cycle.schoolYear);
        Map<String, StaffRow> staffByCode = rows.staffOf(cycle.unitCode).stream()
                .collect(Collectors.toMap(StaffRow::code, Function.identity()));
        Map<UUID, Current> current = rows.evaluationsOf(cycle.id);
        Map<String, Integer> firstIndex = new LinkedHashMap<>();

        List<Plan> plans = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            BulkRecord record = records.get(i);
            String at = "records[" + i + "]";
            if (record == null) {
                Plan plan = new Plan(i, null);
                plan.errors.add(new FieldError(at, "Bản ghi rỗng (null record)"));
                plans.add(plan);
                continue;
            }
            String code = StaffTexts.clean(record.staffCode());
            Plan plan = new Plan(i, code);
            plans.add(plan);
            BulkRecord.Parsed parsed = record.parse(i);
            plan.errors.addAll(parsed.errors());
            plan.rating = parsed.rating();
            plan.facts = parsed.facts();
            if (code == null) {
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(code, i);
            if (earlier != null) {
                plan.errors.add(new FieldError(at + ".staffCode", "Mã " + code + " đã có ở records[" + earlier
                        + "] (staff code repeated)"));
                continue;
            }
            plan.staff = staffByCode.get(code);
            if (plan.staff == null) {
                plan.errors.add(new FieldError(at + ".staffCode", "Không có cán bộ mã " + code + " trong trường "
                        + cycle.unitCode + " (no such staff code in the school)"));
                continue;
            }
            if (!worksDuring(plan.staff, year)) {
                plan.errors.add(new FieldError(at + ".staffCode", "Cán bộ " + code + " không làm việc ở trường trong năm "
                        + "học " + year + " (not at the school during the school year)"));
                continue;
            }
            if (!plan.valid()) {
                continue;
            }
            plan.current = current.get(plan.staff.id());
            if (plan.current != null && plan.current.hasFacts()) {
                plan.stored = EvaluationJson.facts(plan.current.monthsWorked() == null ? null
                                : plan.current.monthsWorked().doubleValue(), plan.current.discipline(),
                        plan.current.leave(), plan.current.initiatives());
            }
            decide(plan, year);
        }
        share(cycle, current, plans);

        int rejected = (int) plans.stream().filter(p -> !p.valid()).count();
        if (rejected > 0 && mode == Mode.ATOMIC) {
            plans.stream().filter(Plan::valid).forEach(p -> p.status = Status.VALID);
            plans.stream().filter(p -> !p.valid()).forEach(p -> p.status = Status.REJECTED);
            List<FieldError> errors = plans.stream().flatMap(p -> p.errors.stream()).toList();
            Report report = new Report("https://thidua.vn/problems/bulk-rejected",
                    "Có bản ghi lỗi, chưa lưu gì (nothing stored)", 422,
                    rejected + "/" + records.size() + " bản ghi lỗi; sửa rồi gửi lại với khóa mới, hoặc gửi mode=partial "
                            + "để lưu các bản ghi đúng (" + rejected + " of " + records.size() + " records invalid; "
                            + "fix them and send with a new key, or send mode=partial to store the valid ones)",
                    mode.value, records.size(), 0, 0, 0, rejected, errors, results(plans));
            LOG.infof("Bulk of cycle %s refused: %d of %d records invalid", cycle.id, rejected, records.size());
            return new Outcome(422, EvaluationJson.write(report), false);
        }
        plans.stream().filter(p -> !p.valid()).forEach(p -> p.status = Status.REJECTED);
        write(cycle, year, plans);
        int finalized = count(plans, Status.FINALIZED);
        int factsUpdated = count(plans, Status.FACTS_UPDATED);
        int unchanged = count(plans, Status.UNCHANGED);
        Report report = new Report(null, null, null, null, mode.value, records.size(), finalized, factsUpdated,
                unchanged, rejected, null, results(plans));
        LOG.infof("Bulk of cycle %s: %d finalized, %d facts updated, %d unchanged, %d rejected", cycle.id, finalized,
                factsUpdated, unchanged, rejected);
        return new Outcome(200, EvaluationJson.write(report), false);
    }

    /** What a valid record does, or why it cannot: the rating rules, and finalised evaluations left alone. */
    private static void decide(Plan plan, SchoolYear year) {
        String at = "records[" + plan.index + "]";
        Facts basis = plan.facts != null ? plan.facts : plan.stored != null ? plan.stored : Facts.NONE;
        StaffRow staff = plan.staff;
        plan.effective = basis.effective(staff.hireDate(), staff.activeFrom(), staff.activeTo(), year);
        if (plan.current != null && plan.current.state() == EvaluationState.FINALIZED) {
            boolean same = (plan.rating == null || plan.rating == plan.current.finalRating()) && !plan.factsChange();
            if (same) {
                plan.status = Status.UNCHANGED;
            } else {
                plan.errors.add(new FieldError(plan.rating != null && plan.rating != plan.current.finalRating()
                        ? at + ".rating" : at + ".facts", "Đánh giá của " + plan.staffCode + " đã chốt ("
                        + plan.current.finalRating() + "); hiệu trưởng mở lại trước khi sửa (finalized; reopen first)"));
            }
            return;
        }
        if (plan.rating != null) {
            for (RatingRules.Violation violation : RatingRules.check(plan.rating, plan.effective, year)) {
                plan.errors.add(new FieldError(at + ".rating", violation.message()));
            }
            plan.status = Status.FINALIZED;
        } else {
            plan.status = plan.factsChange() ? Status.FACTS_UPDATED : Status.UNCHANGED;
        }
    }

    /**
     * The HTXS share over the cycle as it would be: the finalised ratings outside this call, the
     * valid ratings of this call, then HTXS records in order while the share allows.
     */
    private void share(Cycle cycle, Map<UUID, Current> current, List<Plan> plans) {
        int htxs = 0;
        int atLeastHtt = 0;
        for (Current c : current.values()) {
            if (c.state() == EvaluationState.FINALIZED) {
                htxs += c.finalRating() == Rating.HTXS ? 1 : 0;
                atLeastHtt += c.finalRating().atLeastHtt() ? 1 : 0;
            }
        }
        HtxsShare share = new HtxsShare(htxs, atLeastHtt, config.htxsSharePercent());
        for (Plan plan : plans) {
            if (plan.valid() && plan.status == Status.FINALIZED && plan.rating != Rating.HTXS) {
                share = share.with(plan.rating);
            }
        }
        for (Plan plan : plans) {
            if (plan.valid() && plan.status == Status.FINALIZED && plan.rating == Rating.HTXS) {
                HtxsShare next = share.with(Rating.HTXS);
                if (next.exceeded()) {
                    plan.errors.add(new FieldError("records[" + plan.index + "].rating",
                            "Vượt tỉ lệ hoàn thành xuất sắc: " + next.describe()));
                } else {
                    share = next;
                }
            }
        }
    }

    private void write(Cycle cycle, SchoolYear year, List<Plan> plans) {
        OffsetDateTime now = EvaluationService.now();
        String actor = access.actor();
        List<EvaluationRows.EvaluationWrite> evaluations = new ArrayList<>();
        List<EvaluationRows.FactsWrite> facts = new ArrayList<>();
        List<EvaluationRows.AuditWrite> audit = new ArrayList<>();
        List<Plan> finalized = new ArrayList<>();
        for (Plan plan : plans) {
            if (!plan.valid() || plan.status == Status.UNCHANGED) {
                plan.evaluationId = plan.valid() && plan.current != null ? plan.current.id() : null;
                continue;
            }
            UUID id = plan.current != null ? plan.current.id() : UUID.randomUUID();
            plan.evaluationId = id;
            Long revision = plan.current != null ? plan.current.revision() : null;
            EvaluationState before = plan.current != null ? plan.current.state() : null;
            EvaluationState after = before;
            if (plan.status == Status.FINALIZED) {
                after = EvaluationState.FINALIZED;
                evaluations.add(new EvaluationRows.EvaluationWrite(id, plan.staff.id(), after, plan.rating, actor, now,
                        revision));
                finalized.add(plan);
            } else if (plan.current == null) {
                after = EvaluationState.DRAFT;
                evaluations.add(new EvaluationRows.EvaluationWrite(id, plan.staff.id(), after, null, null, null, null));
            }
            if (plan.factsChange()) {
                facts.add(new EvaluationRows.FactsWrite(id, plan.facts.monthsWorked() == null ? null
                        : BigDecimal.valueOf(plan.facts.monthsWorked()), EvaluationJson.write(plan.facts.discipline()),
                        EvaluationJson.write(plan.facts.leave()), EvaluationJson.write(plan.facts.initiatives())));
            }
            audit.add(new EvaluationRows.AuditWrite(id, EvaluationAudit.Action.BULK.name(),
                    plan.current == null ? null : EvaluationJson.write(snapshot(before, plan.current.finalRating(),
                            plan.factsChange() ? plan.stored : null)),
                    EvaluationJson.write(snapshot(after, plan.status == Status.FINALIZED ? plan.rating
                            : plan.current == null ? null : plan.current.finalRating(), plan.factsChange() ? plan.facts
                            : null))));
        }
        try {
            rows.write(cycle.id, cycle.unitCode, now, evaluations, facts, audit, actor);
        } catch (EvaluationRows.ChangedMeanwhile e) {
            throw ProblemException.conflict("Một đánh giá vừa được sửa trong lúc gửi; gửi lại (an evaluation changed "
                    + "meanwhile; send again)");
        }
        List<Outbox.Pending> events = new ArrayList<>(finalized.size());
        for (Plan plan : finalized) {
            UUID id = plan.evaluationId;
            events.add(new Outbox.Pending(EventTypes.EVALUATION_FINALIZED, id.toString(), cycle.unitCode,
                    cycle.schoolYear, new EvaluationEvents.Finalized(id, cycle.id, plan.staff.id(), cycle.unitCode,
                    cycle.schoolYear, plan.rating, EvaluationEvents.FactsData.of(plan.effective.ofYear(year)),
                    plan.staff.hireDate(), plan.staff.groupCode(), actor, now)));
        }
        outbox.publishAll(events);
    }

    private static Map<String, Object> snapshot(EvaluationState state, Rating finalRating, Facts facts) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("state", state);
        snapshot.put("finalRating", finalRating);
        if (facts != null) {
            snapshot.put("facts", facts);
        }
        return snapshot;
    }

    private static boolean worksDuring(StaffRow staff, SchoolYear year) {
        return !staff.activeFrom().isAfter(year.end()) && (staff.activeTo() == null
                || !staff.activeTo().isBefore(year.start()));
    }

    private static int count(List<Plan> plans, Status status) {
        return (int) plans.stream().filter(p -> p.status == status).count();
    }

    private static List<RecordResult> results(List<Plan> plans) {
        return plans.stream().map(p -> new RecordResult(p.index, p.staffCode, p.status, p.evaluationId, p.errors))
                .toList();
    }
}
