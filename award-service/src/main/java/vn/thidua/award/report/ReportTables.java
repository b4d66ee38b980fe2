package vn.thidua.award.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.award.report.ReportRows.AwardRow;
import vn.thidua.award.report.ReportRows.DecisionRow;
import vn.thidua.award.report.ReportRows.RatingRow;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.Rating;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The reporting tables (V6) over plain JDBC: upserts for the projection, grouped counts for the
 * reports. Connections taken inside a transaction are the transaction's own (Agroal enlists them).
 */
@ApplicationScoped
class ReportTables implements ReportProjection.State {

    /** Counts per unit code and key (a rating, an award code or a status). */
    public record UnitCounts(Map<String, Map<String, Long>> byUnit) {

        public Map<String, Long> of(String unit) {
            return byUnit.getOrDefault(unit, Map.of());
        }
    }

    /** One award of a decision with what the annex shows of it. */
    public record AnnexLine(DecisionRow decision, UUID nominationId, String nomineeType, String nomineeId,
            String awardCode, String unitCode, String revokedReason, OffsetDateTime revokedAt, Long prizeAmount) {
    }

    private final AgroalDataSource dataSource;

    public ReportTables(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<RatingRow> rating(UUID evaluationId) {
        return one("select * from report_rating where evaluation_id = ?", rs -> new RatingRow(
                rs.getObject("evaluation_id", UUID.class), rs.getObject("cycle_id", UUID.class),
                rs.getObject("staff_id", UUID.class), rs.getString("unit_code"), rs.getString("school_year"),
                rs.getString("rating") == null ? null : Rating.valueOf(rs.getString("rating")),
                rs.getBoolean("counted"), rs.getObject("changed_at", OffsetDateTime.class),
                rs.getString("reopen_reason")), evaluationId);
    }

    @Override
    public void save(RatingRow row) {
        execute("""
                insert into report_rating (evaluation_id, cycle_id, staff_id, unit_code, school_year, rating, counted,
                    changed_at, reopen_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (evaluation_id) do update set cycle_id = excluded.cycle_id, staff_id = excluded.staff_id,
                    unit_code = excluded.unit_code, school_year = excluded.school_year, rating = excluded.rating,
                    counted = excluded.counted, changed_at = excluded.changed_at,
                    reopen_reason = excluded.reopen_reason""",
                row.evaluationId(), row.cycleId(), row.staffId(), row.unitCode(), row.schoolYear(),
                row.rating() == null ? null : row.rating().name(), row.counted(), row.changedAt(), row.reopenReason());
    }

    @Override
    public Optional<AwardRow> award(UUID nominationId) {
        return one("select * from report_award where nomination_id = ?", rs -> {
            AwardRow row = new AwardRow(rs.getObject("nomination_id", UUID.class));
            row.schoolYear = rs.getString("school_year");
            row.nomineeType = rs.getString("nominee_type");
            row.nomineeId = rs.getString("nominee_id");
            row.awardCode = rs.getString("award_code") == null ? null : Title.valueOf(rs.getString("award_code"));
            row.nominatingUnit = rs.getString("nominating_unit");
            row.nominatedAt = rs.getObject("nominated_at", OffsetDateTime.class);
            row.submittedTo = rs.getString("submitted_to");
            row.submittedAt = rs.getObject("submitted_at", OffsetDateTime.class);
            row.rejectedBy = rs.getString("rejected_by");
            row.rejectedReason = rs.getString("rejected_reason");
            row.rejectedAt = rs.getObject("rejected_at", OffsetDateTime.class);
            row.decisionId = rs.getObject("decision_id", UUID.class);
            row.decidingUnit = rs.getString("deciding_unit");
            row.revokedBy = rs.getString("revoked_by");
            row.revokedReason = rs.getString("revoked_reason");
            row.revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
            row.prizeAmount = rs.getObject("prize_amount", Long.class);
            return row;
        }, nominationId);
    }

    @Override
    public void save(AwardRow row) {
        execute("""
                insert into report_award (nomination_id, unit_code, school_year, nominee_type, nominee_id, award_code,
                    nominating_unit, nominated_at, submitted_to, submitted_at, rejected_by, rejected_reason, rejected_at,
                    decision_id, deciding_unit, revoked_by, revoked_reason, revoked_at, status, prize_amount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (nomination_id) do update set unit_code = excluded.unit_code,
                    school_year = excluded.school_year, nominee_type = excluded.nominee_type,
                    nominee_id = excluded.nominee_id, award_code = excluded.award_code,
                    nominating_unit = excluded.nominating_unit, nominated_at = excluded.nominated_at,
                    submitted_to = excluded.submitted_to, submitted_at = excluded.submitted_at,
                    rejected_by = excluded.rejected_by, rejected_reason = excluded.rejected_reason,
                    rejected_at = excluded.rejected_at, decision_id = excluded.decision_id,
                    deciding_unit = excluded.deciding_unit, revoked_by = excluded.revoked_by,
                    revoked_reason = excluded.revoked_reason, revoked_at = excluded.revoked_at,
                    status = excluded.status, prize_amount = excluded.prize_amount""",
                row.nominationId, row.unitCode(), row.schoolYear, row.nomineeType, row.nomineeId,
                row.awardCode == null ? null : row.awardCode.name(), row.nominatingUnit, row.nominatedAt,
                row.submittedTo, row.submittedAt, row.rejectedBy, row.rejectedReason, row.rejectedAt, row.decisionId,
                row.decidingUnit, row.revokedBy, row.revokedReason, row.revokedAt, row.status().name(), row.prizeAmount);
    }

    @Override
    public void save(DecisionRow row) {
        execute("""
                insert into report_decision (decision_id, unit_code, school_year, decision_number, decision_date, signer,
                    decided_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (decision_id) do update set unit_code = excluded.unit_code,
                    school_year = excluded.school_year, decision_number = excluded.decision_number,
                    decision_date = excluded.decision_date, signer = excluded.signer, decided_at = excluded.decided_at""",
                row.decisionId(), row.unitCode(), row.schoolYear(), row.number(), Date.valueOf(row.date()), row.signer(),
                row.decidedAt());
    }

    /** Counted ratings per unit and rating. */
    public UnitCounts ratings(Collection<String> units, String schoolYear) {
        return counts("""
                select unit_code, rating, count(*) from report_rating
                where counted and school_year = ? and unit_code = any(?) group by unit_code, rating""", units, schoolYear);
    }

    /** Decided, not revoked awards per unit and award code. */
    public UnitCounts awards(Collection<String> units, String schoolYear) {
        return counts("""
                select unit_code, award_code, count(*) from report_award
                where status = 'DECIDED' and award_code is not null and school_year = ? and unit_code = any(?)
                group by unit_code, award_code""", units, schoolYear);
    }

    /** Tiền thưởng of the decided, not revoked awards per unit, under the key {@code PRIZE_MONEY}. */
    public UnitCounts prizeMoney(Collection<String> units, String schoolYear) {
        return counts("""
                select unit_code, 'PRIZE_MONEY', sum(prize_amount) from report_award
                where status = 'DECIDED' and award_code is not null and prize_amount is not null and school_year = ?
                    and unit_code = any(?)
                group by unit_code""", units, schoolYear);
    }

    /** Nominations per unit and status. */
    public UnitCounts nominations(Collection<String> units, String schoolYear) {
        return counts("""
                select unit_code, status, count(*) from report_award
                where school_year = ? and unit_code = any(?) group by unit_code, status""", units, schoolYear);
    }

    /** Every award of the year's decisions that counts for one of {@code units}, revoked ones included. */
    public List<AnnexLine> annex(Collection<String> units, String schoolYear, UUID decisionId) {
        String sql = """
                select d.*, a.nomination_id, a.nominee_type, a.nominee_id, a.award_code, a.unit_code as award_unit,
                    a.revoked_reason, a.revoked_at, a.prize_amount
                from report_award a join report_decision d on d.decision_id = a.decision_id
                where d.school_year = ? and a.unit_code = any(?) and a.deciding_unit is not null
                """ + (decisionId == null ? "" : " and d.decision_id = ?");
        List<AnnexLine> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, schoolYear);
            select.setArray(2, textArray(connection, units));
            if (decisionId != null) {
                select.setObject(3, decisionId);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    DecisionRow decision = new DecisionRow(rs.getObject("decision_id", UUID.class),
                            rs.getString("unit_code"), rs.getString("school_year"), rs.getString("decision_number"),
                            rs.getObject("decision_date", java.time.LocalDate.class), rs.getString("signer"),
                            rs.getObject("decided_at", OffsetDateTime.class));
                    lines.add(new AnnexLine(decision, rs.getObject("nomination_id", UUID.class),
                            rs.getString("nominee_type"), rs.getString("nominee_id"), rs.getString("award_code"),
                            rs.getString("award_unit"), rs.getString("revoked_reason"),
                            rs.getObject("revoked_at", OffsetDateTime.class), rs.getObject("prize_amount", Long.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the decision annex", e);
        }
        return lines;
    }

    /**
     * Empties the read model and the consumer's processed-event records, in the caller's transaction.
     * The exclusive locks wait for a live event being applied and hold the next one back until commit,
     * so no effect survives without its record nor the other way round.
     */
    public void clear(String consumer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement(
                        "lock table report_rating, report_award, report_decision in access exclusive mode");
                PreparedStatement forget = connection.prepareStatement("delete from processed_event where consumer = ?");
                PreparedStatement truncate = connection.prepareStatement(
                        "truncate report_rating, report_award, report_decision")) {
            lock.execute();
            forget.setString(1, consumer);
            forget.executeUpdate();
            truncate.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the reporting tables", e);
        }
    }

    private UnitCounts counts(String sql, Collection<String> units, String schoolYear) {
        Map<String, Map<String, Long>> byUnit = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, schoolYear);
            select.setArray(2, textArray(connection, units));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byUnit.computeIfAbsent(rs.getString(1), u -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the report", e);
        }
        return new UnitCounts(byUnit);
    }

    private static Array textArray(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> one(String sql, RowMapper<T> mapper, Object key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the reporting tables", e);
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the reporting tables", e);
        }
    }
}
