package vn.thidua.testing;

import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which PostgreSQL server the tests use: THIDUA_PG=embedded forces the embedded one; else THIDUA_PG_URL,
 * else the PG* variables, else a server answering on 127.0.0.1:5432, else an embedded server.
 */
final class ServerResolution {

    private static final String EMBEDDED_PORT_PROPERTY = "vn.thidua.testing.embedded-postgres.port";
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]*)(\\?.*)?");
    private static final int LOCAL_PROBE_TIMEOUT_SECONDS = 2;

    private ServerResolution() {
    }

    static PostgresServer resolve(Map<String, String> env) {
        if ("embedded".equals(env.get("THIDUA_PG"))) {
            // Forced, to try the path a machine without PostgreSQL takes.
            return embeddedOfThisJvm();
        }
        String url = env.get("THIDUA_PG_URL");
        if (isSet(url)) {
            Matcher parts = JDBC_URL.matcher(url);
            if (!parts.matches()) {
                throw new IllegalStateException("THIDUA_PG_URL must look like jdbc:postgresql://host:port/database, not " + url);
            }
            PostgresServer server = new PostgresServer(parts.group(1),
                    parts.group(2) == null ? 5432 : Integer.parseInt(parts.group(2)),
                    env.getOrDefault("THIDUA_PG_USER", "postgres"), env.getOrDefault("THIDUA_PG_PASSWORD", ""),
                    parts.group(3).isEmpty() ? "postgres" : parts.group(3),
                    parts.group(4) == null ? "" : parts.group(4), "THIDUA_PG_URL", null);
            return server.requireReachable("THIDUA_PG_URL=" + url);
        }
        String pgHost = env.get("PGHOST");
        if (isSet(pgHost)) {
            PostgresServer server = new PostgresServer(pgHost, Integer.parseInt(env.getOrDefault("PGPORT", "5432")),
                    env.getOrDefault("PGUSER", "postgres"), env.getOrDefault("PGPASSWORD", ""),
                    env.getOrDefault("PGDATABASE", "postgres"), "", "PGHOST", null);
            return server.requireReachable("PGHOST=" + pgHost);
        }
        PostgresServer local = new PostgresServer("127.0.0.1", 5432, "postgres", "", "postgres", "", "local server", null);
        try {
            local.probe(LOCAL_PROBE_TIMEOUT_SECONDS);
            return local;
        } catch (SQLException absentOrRefused) {
            return embeddedOfThisJvm();
        }
    }

    /** One embedded server per JVM, also when Quarkus loads this class again in another class loader. */
    private static PostgresServer embeddedOfThisJvm() {
        String port = System.getProperty(EMBEDDED_PORT_PROPERTY);
        if (port != null) {
            return new PostgresServer("127.0.0.1", Integer.parseInt(port), "postgres", "", "postgres", "", "embedded", null)
                    .requireReachable("the embedded server of this JVM");
        }
        PostgresServer server = EmbeddedServer.startTemporary();
        System.setProperty(EMBEDDED_PORT_PROPERTY, String.valueOf(server.port()));
        return server;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
