package vn.thidua.platform.replay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code replay_job} table, through the connection given (autocommit: each change visible at once). */
final class ReplayJobs {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = """
            id, name, topics, state, requested_by, requested_at, holder, starts, started_at, progress_at, finished_at,
            total, read_count, applied, skipped, invalid, read_per_topic, failure""";

    private ReplayJobs() {
    }

    static Optional<ReplayJob> active(Connection connection, String name) {
        return one(connection, "select " + COLUMNS + " from replay_job where name = ? and state in ('REQUESTED', 'RUNNING')",
                name);
    }

    static Optional<ReplayJob> latest(Connection connection, String name) {
        return one(connection, "select " + COLUMNS + " from replay_job where name = ? order by id desc limit 1", name);
    }

    static ReplayJob get(Connection connection, long id) {
        return one(connection, "select " + COLUMNS + " from replay_job where id = ?", id).orElseThrow();
    }

    /** A new request, refused while another of the same name waits or runs (the partial unique index). */
    static ReplayJob request(Connection connection, Replayed replay, String requestedBy) {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into replay_job (name, topics, state, requested_by) values (?, ?, 'REQUESTED', ?) returning id""")) {
            insert.setString(1, replay.name());
            insert.setArray(2, connection.createArrayOf("text", replay.topics().toArray()));
            insert.setString(3, requestedBy);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return get(connection, rs.getLong(1));
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ReplayBusyException(replay.name(), active(connection, replay.name()).orElse(null));
            }
            throw new IllegalStateException("Cannot record a request for replay " + replay.name(), e);
        }
    }

    /** Claimed by {@code holder}: running from the start again, counts reset. */
    static void start(Connection connection, long id, String holder) {
        update(connection, """
                update replay_job set state = 'RUNNING', holder = ?, starts = starts + 1, started_at = now(),
                    progress_at = now(), finished_at = null, total = 0, read_count = 0, applied = 0, skipped = 0,
                    invalid = 0, read_per_topic = '{}', failure = null
                where id = ?""", holder, id);
    }

    static void progress(Connection connection, long id, Progress progress) {
        counts(connection, id, "RUNNING", progress, null);
    }

    static void finish(Connection connection, long id, ReplayJob.State state, Progress progress, String failure) {
        counts(connection, id, state.name(), progress, failure);
    }

    private static void counts(Connection connection, long id, String state, Progress progress, String failure) {
        try (PreparedStatement update = connection.prepareStatement("""
                update replay_job set state = ?, progress_at = now(),
                    finished_at = case when ? in ('DONE', 'FAILED') then now() end,
                    total = ?, read_count = ?, applied = ?, skipped = ?, invalid = ?, read_per_topic = ?, failure = ?
                where id = ?""")) {
            update.setString(1, state);
            update.setString(2, state);
            update.setLong(3, progress.total);
            update.setLong(4, progress.read);
            update.setLong(5, progress.applied);
            update.setLong(6, progress.skipped);
            update.setLong(7, progress.invalid);
            update.setArray(8, connection.createArrayOf("bigint", progress.readPerTopic()));
            update.setString(9, failure);
            update.setLong(10, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the progress of replay job " + id, e);
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update replay_job", e);
        }
    }

    private static Optional<ReplayJob> one(Connection connection, String sql, Object parameter) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read replay_job", e);
        }
    }

    private static ReplayJob job(ResultSet rs) throws SQLException {
        List<String> topics = Arrays.asList((String[]) rs.getArray("topics").getArray());
        Long[] read = (Long[]) rs.getArray("read_per_topic").getArray();
        Map<String, Long> perTopic = new LinkedHashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            perTopic.put(topics.get(i), i < read.length ? read[i] : 0L);
        }
        return new ReplayJob(rs.getLong("id"), rs.getString("name"), List.copyOf(topics),
                ReplayJob.State.valueOf(rs.getString("state")), rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class), rs.getString("holder"), rs.getInt("starts"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("progress_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getLong("total"), rs.getLong("read_count"),
                rs.getLong("applied"), rs.getLong("skipped"), rs.getLong("invalid"), Collections.unmodifiableMap(perTopic),
                rs.getString("failure"));
    }
}
