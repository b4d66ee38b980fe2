package vn.thidua.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Docker engine runs here, so the compose file is checked against the services' own
 * configuration: names, ports, databases and environment variables that map to real properties.
 */
class ComposeFileTest {

    static final Path ROOT = Path.of(System.getProperty("thidua.root", "..")).toAbsolutePath().normalize();

    static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    static Properties properties(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    /** The value a property has when its {@code ${ENV:default}} expression finds no variable (the default). */
    static String defaultOf(String value) {
        return value != null && value.matches("\\$\\{[A-Z0-9_]+:.*}") ? value.substring(value.indexOf(':') + 1,
                value.length() - 1) : value;
    }

    /** MicroProfile Config's environment mapping: QUARKUS_HTTP_PORT ↔ quarkus.http.port. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "evaluation-service", "award-service"})
    void serviceMatchesItsConfiguration(String service) throws IOException {
        JsonNode definition = compose().path("services").path(service);
        assertTrue(definition.isObject(), service + " is in docker-compose.yml");
        Properties properties = properties(service);
        String port = properties.getProperty("quarkus.http.port");
        assertEquals(port + ":" + port, definition.path("ports").get(0).asText());
        JsonNode environment = definition.path("environment");
        assertEquals(port, environment.path("QUARKUS_HTTP_PORT").asText());

        // Every variable overrides a property the service really has.
        for (Iterator<String> names = environment.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            boolean known = properties.stringPropertyNames().stream()
                    .map(p -> p.startsWith("%") ? p.substring(p.indexOf('.') + 1) : p)
                    .anyMatch(p -> envName(p).equals(name));
            assertTrue(known, service + ": " + name + " maps to no property of application.properties");
        }
        String database = properties.getProperty("quarkus.datasource.jdbc.url").replaceAll(".*/", "");
        assertEquals("jdbc:postgresql://postgres:5432/" + database, environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
        assertTrue(Files.readString(ROOT.resolve("deploy/postgres/init-databases.sql")).contains("create database " + database + ";"));
        assertEquals("kafka:9092", environment.path("KAFKA_BOOTSTRAP_SERVERS").asText());
        assertEquals(defaultOf(properties.getProperty("mp.jwt.verify.issuer")),
                environment.path("MP_JWT_VERIFY_ISSUER").asText());
        String dockerfile = definition.path("build").path("dockerfile").asText();
        Path context = ROOT.resolve(definition.path("build").path("context").asText()).normalize();
        assertEquals(ROOT.resolve(service), context);
        assertTrue(Files.readString(context.resolve(dockerfile)).contains("EXPOSE " + port));
    }

    @Test
    void kafkaRunsInKraftModeAndPostgresHasTheThreeDatabases() throws IOException {
        JsonNode services = compose().path("services");
        JsonNode kafka = services.path("kafka");
        assertTrue(kafka.path("image").asText().startsWith("apache/kafka:"));
        assertEquals("broker,controller", kafka.path("environment").path("KAFKA_PROCESS_ROLES").asText());
        assertTrue(services.path("postgres").path("image").asText().startsWith("postgres:"));
    }
}
