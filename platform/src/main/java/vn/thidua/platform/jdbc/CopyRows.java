package vn.thidua.platform.jdbc;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * Inserts many rows with PostgreSQL's {@code COPY … FROM STDIN} (text format) on the given
 * connection, inside its transaction. For thousands of rows it is several times cheaper than a
 * batch of {@code INSERT}s: one statement, no per-row parameter binding, rows streamed as text.
 * Only for plain inserts: no {@code ON CONFLICT}, no {@code RETURNING}.
 */
public final class CopyRows {

    /** Rows are sent in chunks of about this many bytes, so a large call needs no large buffer. */
    private static final int CHUNK = 64 * 1024;

    private final String sql;
    private final int columns;
    // The rows as UTF-8 bytes, written straight into the chunk: no StringBuilder, String and byte[] copies of
    // each chunk (a bulk post's outbox COPY is ~4 MB of event text).
    private byte[] chunk = new byte[CHUNK];
    private int length;
    private CopyIn copy;
    private long rows;
    private OffsetDateTime lastTime;
    private byte[] lastTimeBytes;

    private CopyRows(String table, List<String> columns) {
        this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        this.columns = columns.size();
    }

    /** Writes the rows of one COPY. */
    @FunctionalInterface
    public interface Rows {
        void write(CopyRows copy) throws SQLException;
    }

    /**
     * COPYs the rows {@code rows} writes into {@code table}; answers how many were stored. On any
     * failure the COPY is cancelled, so the connection stays usable and the transaction rolls back.
     */
    public static long into(Connection connection, String table, List<String> columns, Rows rows)
            throws SQLException {
        CopyRows copyRows = new CopyRows(table, columns);
        copyRows.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyRows.sql);
        try {
            rows.write(copyRows);
            return copyRows.finish();
        } catch (SQLException | RuntimeException e) {
            if (copyRows.copy.isActive()) {
                copyRows.copy.cancelCopy();
            }
            throw e;
        }
    }

    /** One row, values in column order: null, text, numbers, booleans, UUIDs, dates, timestamps, enums. */
    public CopyRows row(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(sql + ": " + values.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            Object value = values[i];
            if (value instanceof OffsetDateTime time) {
                // A call's rows mostly share one timestamp ("now"): formatted once, not once per row and column.
                if (!time.equals(lastTime)) {
                    lastTime = time;
                    lastTimeBytes = field(time);
                }
                put(lastTimeBytes, lastTimeBytes.length);
            } else {
                byte[] field = field(value);
                put(field, field.length);
            }
        }
        put((byte) '\n');
        rows++;
        if (length >= CHUNK) {
            flush();
        }
        return this;
    }

    private long finish() throws SQLException {
        flush();
        long stored = copy.endCopy();
        if (stored != rows) {
            throw new SQLException(sql + ": sent " + rows + " rows, stored " + stored);
        }
        return stored;
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(chunk, 0, length);
            length = 0;
        }
    }

    private void put(byte b) {
        if (length == chunk.length) {
            chunk = Arrays.copyOf(chunk, chunk.length * 2);
        }
        chunk[length++] = b;
    }

    private void put(byte[] bytes, int count) {
        if (length + count > chunk.length) {
            chunk = Arrays.copyOf(chunk, Math.max(chunk.length * 2, length + count));
        }
        System.arraycopy(bytes, 0, chunk, length, count);
        length += count;
    }

    /**
     * A value as one field of COPY's text format, in UTF-8: {@code \N} for null; backslash, tab, newline and
     * return escaped. Escaped on the bytes: in UTF-8 those four never occur inside a multi-byte character.
     */
    static byte[] field(Object value) {
        if (value == null) {
            return NULL;
        }
        String text = value instanceof OffsetDateTime time ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)
                : value instanceof Enum<?> e ? e.name() : value.toString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int special = 0;
        for (byte b : bytes) {
            if (special(b)) {
                special++;
            }
        }
        if (special == 0) {
            // Most values (ids, codes, JSON without control characters) have nothing to escape.
            return bytes;
        }
        byte[] escaped = new byte[bytes.length + special];
        int at = 0;
        for (byte b : bytes) {
            if (special(b)) {
                escaped[at++] = '\\';
                escaped[at++] = switch (b) {
                    case '\t' -> (byte) 't';
                    case '\n' -> (byte) 'n';
                    case '\r' -> (byte) 'r';
                    default -> (byte) '\\';
                };
            } else {
                escaped[at++] = b;
            }
        }
        return escaped;
    }

    private static final byte[] NULL = {'\\', 'N'};

    private static boolean special(byte b) {
        return b == '\\' || b == '\t' || b == '\n' || b == '\r';
    }
}
