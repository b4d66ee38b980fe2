package vn.thidua.award.eligibility;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a cycle's computed eligibility, writing only the rows whose content changed: each row keeps a
 * digest of what it says, and a recomputation compares digests (read without the jsonb columns) before
 * it rewrites or adds a row (written whole from the result, never read back). A 5,000-staff cycle
 * recomputed after 500 more results writes those 500 and the few others the quota ranking moved, not 5,000.
 *
 * <p>Staff rows go through a stateless session: a row's explanation is ~11 KB of JSON, and a managed entity
 * keeps a JSON copy of it as its snapshot (serialized and parsed again at persist) to dirty-check it at the
 * flush; a 5,000-staff cycle's first computation spent most of its time there.
 */
@ApplicationScoped
class EligibilityStore {

    /** Rows written per JDBC batch. */
    private static final int JDBC_BATCH = 200;
    /** Keys per IN list (PostgreSQL takes at most 32,767 parameters per statement). */
    private static final int IN_CHUNK = 2_000;

    /**
     * Streamed as UTF-8 bytes ({@link #digest}): characters beyond the BMP written as their 4 UTF-8 bytes, as the
     * JSON text encoded gives them, not as an escaped surrogate pair, so that the digests stay those stored before.
     */
    static final ObjectMapper DIGEST_JSON = new ObjectMapper(JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build()).registerModule(new JavaTimeModule())
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    /** What a stored row held before this recomputation. */
    private record Stored(String digest, int revision) {
    }

    /** What was written: rows added or rewritten, rows removed, rows left as they were. */
    record Written(int changed, int removed, int unchanged) {

        Written plus(Written other) {
            return new Written(changed + other.changed, removed + other.removed, unchanged + other.unchanged);
        }
    }

    private final StatelessSession rows;

    EligibilityStore(StatelessSession rows) {
        this.rows = rows;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Written store(EligibilityCycle cycle, CycleEligibility.Outcome outcome, Map<UUID, UUID> evaluationOf,
            OffsetDateTime now) {
        Panache.getEntityManager().unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        return storeStaff(cycle, outcome, evaluationOf, now).plus(storeCollectives(cycle, outcome, now));
    }

    private Written storeStaff(EligibilityCycle cycle, CycleEligibility.Outcome outcome, Map<UUID, UUID> evaluationOf,
            OffsetDateTime now) {
        Map<UUID, Stored> stored = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("""
                select s.key.staffId, s.digest, s.revision from StaffEligibility s where s.key.cycleId = ?1""",
                Object[].class).setParameter(1, cycle.cycleId).getResultList()) {
            stored.put((UUID) row[0], new Stored((String) row[1], (Integer) row[2]));
        }
        Map<UUID, IndividualResult> changed = new HashMap<>();
        Map<UUID, String> digests = new HashMap<>();
        int unchanged = 0;
        for (IndividualResult result : outcome.staff()) {
            String digest = digest(new StaffContent(evaluationOf.get(result.staffId()), result.groupCode(),
                    outcome.ruleSetVersion(), result));
            Stored before = stored.get(result.staffId());
            if (before != null && digest.equals(before.digest())) {
                unchanged++;
            } else {
                changed.put(result.staffId(), result);
                digests.put(result.staffId(), digest);
            }
        }
        // A changed row is written whole from the result, never read first: reading a 5,000-staff cycle's rows back
        // to rewrite them held their ~11 KB explanations twice over (text and parsed) and ran award-service out of
        // a 256 MB heap. The revision comes from the digest query; the stateless update writes every column by key.
        List<StaffEligibility> added = new ArrayList<>();
        List<StaffEligibility> rewritten = new ArrayList<>();
        for (IndividualResult result : changed.values()) {
            Stored before = stored.get(result.staffId());
            StaffEligibility row = new StaffEligibility();
            row.key = new StaffEligibility.Key(cycle.cycleId, result.staffId());
            row.revision = before == null ? 1 : before.revision() + 1;
            row.evaluationId = evaluationOf.get(result.staffId());
            row.unitCode = cycle.unitCode;
            row.schoolYear = cycle.schoolYear;
            row.groupCode = result.groupCode();
            row.ruleSetVersion = outcome.ruleSetVersion();
            row.rating = result.rating();
            row.effectiveRating = result.effectiveRating();
            row.eligible = result.eligible();
            row.explanation = result.titles();
            row.digest = digests.get(result.staffId());
            row.computedAt = now;
            (before == null ? added : rewritten).add(row);
        }
        // A chunk at a time: insertMultiple and updateMultiple send their whole list as one JDBC batch, whose
        // parameter lists keep every row's explanation text until it executes (5,000 × ~21 KB).
        rows.setJdbcBatchSize(JDBC_BATCH);
        for (List<StaffEligibility> chunk : chunks(added, JDBC_BATCH)) {
            rows.insertMultiple(chunk);
        }
        for (List<StaffEligibility> chunk : chunks(rewritten, JDBC_BATCH)) {
            rows.updateMultiple(chunk);
        }
        Set<UUID> kept = outcome.staff().stream().map(IndividualResult::staffId).collect(Collectors.toSet());
        List<UUID> gone = stored.keySet().stream().filter(id -> !kept.contains(id)).toList();
        for (List<UUID> chunk : chunks(gone, IN_CHUNK)) {
            StaffEligibility.delete("key.cycleId = ?1 and key.staffId in ?2", cycle.cycleId, chunk);
        }
        return new Written(changed.size(), gone.size(), unchanged);
    }

    private Written storeCollectives(EligibilityCycle cycle, CycleEligibility.Outcome outcome, OffsetDateTime now) {
        // A school has a handful of collectives: read them whole.
        Map<CollectiveEligibility.Key, CollectiveEligibility> existing = CollectiveEligibility.ofCycle(cycle.cycleId)
                .stream().collect(Collectors.toMap(c -> c.key, Function.identity()));
        Set<CollectiveEligibility.Key> kept = new HashSet<>();
        int changed = 0;
        for (CollectiveResult result : outcome.collectives()) {
            CollectiveEligibility.Key key = new CollectiveEligibility.Key(cycle.cycleId, result.code(), result.kind());
            kept.add(key);
            String digest = digest(new CollectiveContent(outcome.ruleSetVersion(), result));
            CollectiveEligibility row = existing.get(key);
            if (row != null && digest.equals(row.digest)) {
                continue;
            }
            changed++;
            if (row == null) {
                row = new CollectiveEligibility();
                row.key = key;
                row.revision = 1;
            } else {
                row.revision++;
            }
            row.unitCode = cycle.unitCode;
            row.schoolYear = cycle.schoolYear;
            row.members = result.members();
            row.ruleSetVersion = outcome.ruleSetVersion();
            row.eligible = result.eligible();
            row.explanation = result.titles();
            row.digest = digest;
            row.computedAt = now;
            row.persist();
        }
        List<CollectiveEligibility> gone = existing.values().stream().filter(row -> !kept.contains(row.key)).toList();
        gone.forEach(CollectiveEligibility::delete);
        return new Written(changed, gone.size(), outcome.collectives().size() - changed);
    }

    /** What a staff row says, digested: everything but when it was computed. */
    private record StaffContent(UUID evaluationId, String groupCode, String ruleSetVersion, IndividualResult result) {
    }

    private record CollectiveContent(String ruleSetVersion, CollectiveResult result) {
    }

    /**
     * SHA-256 of the content's JSON in UTF-8, streamed into the digest: the same bytes as the text encoded, without
     * building an ~11 KB string and its copy per staff member (a quarter of a 5,000-staff computation).
     */
    static String digest(Object content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream json = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                DIGEST_JSON.writeValue(json, content);
            }
            return Base64.getEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest " + content.getClass().getSimpleName(), e);
        }
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }
}
