package vn.thidua.award.rules;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.contracts.EventContracts;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

/**
 * Every rule set version goes out on thidua.rules.v1, so the services that apply a parameter (the HTXS
 * share at evaluation-service) read it from award-service's rule sets instead of a setting of their own.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class RuleSetEventsTest {

    private static final String TOPIC = "thidua.rules.v1";

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    private static List<ConsumerRecord<String, String>> eventsOf(String version) {
        return TestKafka.readAll(AwardApi.kafka(), TOPIC, Duration.ofSeconds(5)).stream()
                .filter(r -> r.key().equals(version)).toList();
    }

    @Test
    void theShippedVersionsGoOutAtStartWithEveryParameterAndItsSource() {
        JsonPath all = given().auth().oauth2(AwardApi.token("viewer", "DONGTHAP")).get("/api/v1/rulesets")
                .then().statusCode(200).extract().jsonPath();
        List<String> stored = all.getList("findAll { it.layer == 'NATIONAL' }.version");
        assertTrue(stored.containsAll(List.of("2024.1", "2025.1")), stored.toString());
        for (String version : stored) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !eventsOf(version).isEmpty());
            ConsumerRecord<String, String> event = eventsOf(version).get(0);
            assertEquals(Set.of(), EventContracts.validate(event.value()), event.value());
            JsonPath json = JsonPath.from(event.value());
            assertEquals("vn.thidua.rules.ruleset-published.v1", json.getString("type"));
            assertEquals(version, json.getString("subject"));
            assertTrue(json.getList("data.parameters.key").contains("htxs.maxSharePercent"), event.value());
            assertFalse(json.getString("data.parameters.find { it.key == 'htxs.maxSharePercent' }.source").isBlank());
        }
        assertEquals(20, JsonPath.from(eventsOf("2024.1").get(0).value())
                .getInt("data.parameters.find { it.key == 'htxs.maxSharePercent' }.value"));
        // 2025.1 carries the HTXS base and scope and each parameter's verified flag and layer.
        JsonPath v2025 = JsonPath.from(eventsOf("2025.1").get(0).value());
        assertEquals("HTT", v2025.getString("data.parameters.find { it.key == 'htxs.shareBase' }.value"));
        assertEquals("STAFF_GROUP", v2025.getString("data.parameters.find { it.key == 'htxs.shareScope' }.value"));
        assertEquals("NATIONAL", v2025.getString("data.parameters.find { it.key == 'htxs.shareScope' }.layer"));
        assertEquals(Boolean.TRUE, v2025.get("data.parameters.find { it.key == 'ldtt.maternityCountsAsWork' }.verified"));
        // A province layer is not a complete set: it never goes out (evaluation-service's copy knows no layers).
        assertTrue(all.getList("version").contains("DONGTHAP-2025.1"));
        assertTrue(eventsOf("DONGTHAP-2025.1").isEmpty());
    }

    /** A version published through the API went out once, valid, from the province, with its changed parameter. */
    static void assertAnnounced(String version, String unit, String changedKey, int value, String source) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !eventsOf(version).isEmpty());
        List<ConsumerRecord<String, String>> events = eventsOf(version);
        assertEquals(1, events.size(), "announced once");
        String event = events.get(0).value();
        assertEquals(Set.of(), EventContracts.validate(event), event);
        JsonPath json = JsonPath.from(event);
        assertEquals(unit, json.getString("unit"));
        assertEquals(value, json.getInt("data.parameters.find { it.key == '" + changedKey + "' }.value"));
        assertEquals(source, json.getString("data.parameters.find { it.key == '" + changedKey + "' }.source"));
        // The other parameters come from the latest version, each with its own source.
        assertTrue(json.getList("data.parameters.key").contains("htxs.maxSharePercent"));
    }
}
