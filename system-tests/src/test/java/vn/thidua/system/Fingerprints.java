package vn.thidua.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An md5 of every row of every table of a service's database, per table, to tell whether a request changed
 * data. The outbox is fingerprinted by its events only: the relay's bookkeeping (sent, attempts) is not data.
 * {@code idempotency_key} is left out: it records the answer given to a key, a bulk post's refusal included, so
 * that a retry with that key gets the same answer (EvaluationBulkTest); that is the key's bookkeeping, not data.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    /** Table name → md5 of its rows (order-independent). */
    static Map<String, String> of(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE'"
                        + " and table_name not in ('flyway_schema_history', 'idempotency_key') order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, String> fingerprints = new TreeMap<>();
        if (tables.isEmpty()) {
            return fingerprints;
        }
        // One statement for all tables: the fuzz takes a fingerprint after every rejected write
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            String row = table.equals("outbox_event") ? "(t.event_id, t.payload)::text" : "t::text";
            sql.append(sql.isEmpty() ? "" : " union all ").append("select '").append(table)
                    .append("', count(*) || ':' || coalesce(md5(string_agg(md5(").append(row).append("), ',' order by md5(")
                    .append(row).append("))), '') from \"").append(table).append("\" t");
        }
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql.toString())) {
            while (rows.next()) {
                fingerprints.put(rows.getString(1), rows.getString(2));
            }
        }
        return fingerprints;
    }

    /** The tables whose fingerprints differ, for the failure message. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!Objects.equals(before.get(table), after.get(table))) {
                changed.add(table);
            }
        }
        return changed;
    }

    /** Rows of the outbox not yet published: 0 once the relay has drained it. */
    static long unsent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from outbox_event where sent_at is null and dropped_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
