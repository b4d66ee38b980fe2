package vn.thidua.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ThiduaTestResourceTest {

    @Test
    void secondStartInTheSameJvmKeepsTheDatabase() throws Exception {
        Map<String, String> config = start("thidua_testing_resource_test");
        try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE survives_restart (id int)");
        }

        Map<String, String> again = start("thidua_testing_resource_test");

        assertEquals(config, again);
        try (Connection connection = connect(again);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM survives_restart")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
        assertEquals(KafkaBroker.shared().bootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(ThiduaTestResource.kafkaBootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(TestTokens.ISSUER, config.get("mp.jwt.verify.issuer"));
        assertEquals(String.valueOf(PostgresServer.obtain().majorVersion()), config.get("quarkus.datasource.db-version"));
    }

    @Test
    void suffixSeparatesCheckoutsAndRefusesUnsafeNames() {
        assertEquals("", ThiduaTestResource.databaseSuffix(null));
        assertEquals("", ThiduaTestResource.databaseSuffix(" "));
        assertEquals("_wt2", ThiduaTestResource.databaseSuffix("WT2"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ThiduaTestResource.databaseSuffix("x; DROP DATABASE y"));
    }

    private static Map<String, String> start(String database) {
        ThiduaTestResource resource = new ThiduaTestResource();
        resource.init(Map.of("database", database));
        return resource.start();
    }

    private static Connection connect(Map<String, String> config) throws Exception {
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }
}
