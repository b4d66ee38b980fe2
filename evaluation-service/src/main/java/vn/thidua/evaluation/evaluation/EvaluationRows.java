package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.jdbc.CopyRows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows of a bulk post, read and written with plain JDBC batches in the caller's transaction
 * (Agroal enlists the connection, shared with Hibernate and the outbox): one query for the
 * school's staff, one for the cycle's evaluations and facts, one statement per table to write —
 * {@code COPY} for the rows that are only inserted (new evaluations, audit), batches otherwise.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class EvaluationRows {

    private final AgroalDataSource dataSource;

    public EvaluationRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What the rules need of a staff record. */
    public record StaffRow(UUID id, String code, String groupCode, LocalDate hireDate, LocalDate activeFrom,
            LocalDate activeTo) {
    }

    /** A cycle's evaluation as it stands, with its facts (JSON text) when any were recorded. */
    public record Current(UUID id, UUID staffId, EvaluationState state, Rating finalRating, long revision,
            boolean hasFacts, BigDecimal monthsWorked, String discipline, String leave, String initiatives) {
    }

    public record EvaluationWrite(UUID id, UUID staffId, EvaluationState state, Rating finalRating,
            String finalizedBy, OffsetDateTime finalizedAt, Long expectedRevision) {

        boolean isNew() {
            return expectedRevision == null;
        }
    }

    public record FactsWrite(UUID evaluationId, BigDecimal monthsWorked, String discipline, String leave,
            String initiatives) {
    }

    public record AuditWrite(UUID evaluationId, String action, String before, String after) {
    }

    /** Thrown when an evaluation changed between reading and writing it. */
    public static class ChangedMeanwhile extends RuntimeException {
        public ChangedMeanwhile(UUID id) {
            super("evaluation " + id + " changed meanwhile");
        }
    }

    public List<StaffRow> staffOf(String unitCode) {
        String sql = "select id, code, group_code, hire_date, active_from, active_to from staff where unit_code = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, unitCode);
            select.setFetchSize(1000);
            List<StaffRow> rows = new java.util.ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StaffRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the staff of " + unitCode, e);
        }
    }

    /** The cycle's evaluations by staff id. */
    public Map<UUID, Current> evaluationsOf(UUID cycleId) {
        String sql = """
                select e.id, e.staff_id, e.state, e.final_rating, e.revision, f.evaluation_id is not null,
                       f.months_worked, f.discipline::text, f.leave::text, f.initiatives::text
                from evaluation e left join evaluation_facts f on f.evaluation_id = e.id
                where e.cycle_id = ?""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, cycleId);
            select.setFetchSize(1000);
            Map<UUID, Current> rows = new HashMap<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String rating = rs.getString(4);
                    Current current = new Current(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            EvaluationState.valueOf(rs.getString(3)), rating == null ? null : Rating.valueOf(rating),
                            rs.getLong(5), rs.getBoolean(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9),
                            rs.getString(10));
                    rows.put(current.staffId(), current);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the evaluations of cycle " + cycleId, e);
        }
    }

    /**
     * Writes the batch: new evaluations inserted, existing ones updated only at the revision they
     * were read at ({@link ChangedMeanwhile} otherwise), facts upserted, audit rows appended.
     */
    public void write(UUID cycleId, String unitCode, OffsetDateTime now, List<EvaluationWrite> evaluations,
            List<FactsWrite> facts, List<AuditWrite> audit, String actor) {
        try (Connection connection = dataSource.getConnection()) {
            insertEvaluations(connection, cycleId, unitCode, now, evaluations);
            updateEvaluations(connection, now, evaluations);
            upsertFacts(connection, now, facts, actor);
            insertAudit(connection, now, audit, actor);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the bulk of cycle " + cycleId + ": " + e.getMessage(), e);
        }
    }

    private static void insertEvaluations(Connection connection, UUID cycleId, String unitCode, OffsetDateTime now,
            List<EvaluationWrite> evaluations) throws SQLException {
        if (evaluations.stream().noneMatch(EvaluationWrite::isNew)) {
            return;
        }
        CopyRows.into(connection, "evaluation", List.of("id", "cycle_id", "staff_id", "unit_code", "state",
                "final_rating", "finalized_by", "finalized_at", "created_at", "updated_at"), rows -> {
                    for (EvaluationWrite e : evaluations) {
                        if (e.isNew()) {
                            rows.row(e.id(), cycleId, e.staffId(), unitCode, e.state(), e.finalRating(),
                                    e.finalizedBy(), e.finalizedAt(), now, now);
                        }
                    }
                });
    }

    private static void updateEvaluations(Connection connection, OffsetDateTime now, List<EvaluationWrite> evaluations)
            throws SQLException {
        List<EvaluationWrite> updates = evaluations.stream().filter(e -> !e.isNew()).toList();
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update evaluation set state = ?, final_rating = ?, finalized_by = ?, finalized_at = ?,
                                      reopen_reason = null, updated_at = ?, revision = revision + 1
                where id = ? and revision = ?""")) {
            for (EvaluationWrite e : updates) {
                update.setString(1, e.state().name());
                update.setString(2, e.finalRating() == null ? null : e.finalRating().name());
                update.setString(3, e.finalizedBy());
                update.setObject(4, e.finalizedAt());
                update.setObject(5, now);
                update.setObject(6, e.id());
                update.setLong(7, e.expectedRevision());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new ChangedMeanwhile(updates.get(i).id());
                }
            }
        }
    }

    private static void upsertFacts(Connection connection, OffsetDateTime now, List<FactsWrite> facts, String actor)
            throws SQLException {
        if (facts.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into evaluation_facts (evaluation_id, months_worked, discipline, leave, initiatives,
                                              updated_by, updated_at)
                values (?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)
                on conflict (evaluation_id) do update set months_worked = excluded.months_worked,
                    discipline = excluded.discipline, leave = excluded.leave, initiatives = excluded.initiatives,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                    revision = evaluation_facts.revision + 1""")) {
            for (FactsWrite f : facts) {
                upsert.setObject(1, f.evaluationId());
                if (f.monthsWorked() == null) {
                    upsert.setNull(2, Types.NUMERIC);
                } else {
                    upsert.setBigDecimal(2, f.monthsWorked());
                }
                upsert.setString(3, f.discipline());
                upsert.setString(4, f.leave());
                upsert.setString(5, f.initiatives());
                upsert.setString(6, actor);
                upsert.setObject(7, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void insertAudit(Connection connection, OffsetDateTime now, List<AuditWrite> audit, String actor)
            throws SQLException {
        if (audit.isEmpty()) {
            return;
        }
        CopyRows.into(connection, "evaluation_audit", List.of("evaluation_id", "actor", "at", "action", "before",
                "after"), rows -> {
                    for (AuditWrite a : audit) {
                        rows.row(a.evaluationId(), actor, now, a.action(), a.before(), a.after());
                    }
                });
    }
}
