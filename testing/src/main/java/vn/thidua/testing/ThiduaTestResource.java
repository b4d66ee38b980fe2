package vn.thidua.testing;

import java.util.Locale;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Kafka, PostgreSQL and JWT verification for a service's {@code @QuarkusTest}s. Init argument
 * {@code database}: the test database, emptied once per JVM (not at each application restart,
 * which would drop it under a running application). The broker and server outlive the tests.
 * {@code THIDUA_TEST_DB_SUFFIX} (letters, digits, underscore) is appended to the name so that two
 * checkouts can run their tests against the same server at once.
 */
public class ThiduaTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String RECREATED_DATABASES_PROPERTY = "vn.thidua.testing.recreated-databases";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("ThiduaTestResource needs the init argument 'database'");
        }
        database = database + databaseSuffix(System.getenv("THIDUA_TEST_DB_SUFFIX"));
    }

    @Override
    public Map<String, String> start() {
        KafkaBroker kafka = KafkaBroker.shared();
        PostgresServer postgres = PostgresServer.obtain();
        JvmShared.once(RECREATED_DATABASES_PROPERTY, database, () -> postgres.recreateDatabase(database));
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "quarkus.datasource.db-version", String.valueOf(postgres.majorVersion()),
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyLocation(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    static String databaseSuffix(String suffix) {
        if (suffix == null || suffix.isBlank()) {
            return "";
        }
        if (!suffix.matches("[A-Za-z0-9_]{1,20}")) {
            throw new IllegalArgumentException("THIDUA_TEST_DB_SUFFIX must be 1-20 letters, digits or underscores, not '" + suffix + "'");
        }
        return "_" + suffix.toLowerCase(Locale.ROOT);
    }

    /** For tests that produce or consume directly. */
    public static String kafkaBootstrapServers() {
        return KafkaBroker.shared().bootstrapServers();
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; shutdown hooks stop them
    }
}
