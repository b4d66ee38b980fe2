package vn.thidua.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Kafka, PostgreSQL and JWT verification for a service's {@code @QuarkusTest}s. Init argument
 * {@code database}: the test database, emptied once per JVM (not at each application restart,
 * which would drop it under a running application). The broker and server outlive the tests.
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

    /** For tests that produce or consume directly. */
    public static String kafkaBootstrapServers() {
        return KafkaBroker.shared().bootstrapServers();
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; shutdown hooks stop them
    }
}
