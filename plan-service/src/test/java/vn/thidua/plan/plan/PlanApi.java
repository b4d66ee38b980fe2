package vn.thidua.plan.plan;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Small helpers for the plan API tests: tokens, documents, events on the real broker. */
final class PlanApi {

    static final String SCHOOL = "TH-TRAMCHIM2";
    static final String SISTER_SCHOOL = "TH-TRAMCHIM1";
    static final String OTHER_OFFICE_SCHOOL = "TH-HOAAN";
    /**
     * The unit over SCHOOL in the tests' school years (2030-2031 on, {@link #freshSchoolYear}): its commune since
     * 01/07/2025; PGD-TAMNONG held the years before (issue 11, {@code DatedAccessTest}).
     */
    static final String OFFICE = "XA-TRAMCHIM";
    static final String OTHER_OFFICE = "PGD-CAOLANH";
    static final String FIXTURE = "documents/ke-hoach-thi-dua-2023-tram-chim-2.txt";

    private PlanApi() {
    }

    static RequestSpecification as(String role, String unit) {
        return given().auth().oauth2(TestTokens.token(role, unit));
    }

    static Map<String, Object> document(String title, String... contents) {
        Map<String, Object> document = new HashMap<>();
        document.put("kind", "KẾ HOẠCH");
        document.put("title", title);
        document.put("year", 2023);
        List<Map<String, String>> items = new java.util.ArrayList<>();
        for (int i = 0; i < contents.length; i++) {
            items.add(Map.of("number", String.valueOf(i + 1), "text", contents[i]));
        }
        document.put("contents", items);
        return document;
    }

    private static final java.util.concurrent.atomic.AtomicInteger YEARS = new java.util.concurrent.atomic.AtomicInteger(2030);

    /**
     * A school year no other request of this run has taken (2030-2031, 2031-2032, …): a unit publishes one
     * plan per school year, and the tests publish many for the same units.
     */
    static String freshSchoolYear() {
        int year = YEARS.getAndIncrement();
        return year + "-" + (year + 1);
    }

    static Map<String, Object> request(String unit, Map<String, Object> document) {
        return request(unit, freshSchoolYear(), document);
    }

    static Map<String, Object> request(String unit, String schoolYear, Map<String, Object> document) {
        Map<String, Object> request = new HashMap<>();
        request.put("unitCode", unit);
        request.put("schoolYear", schoolYear);
        request.put("document", document);
        return request;
    }

    static ValidatableResponse create(String role, String unit, Map<String, Object> request) {
        return as(role, unit).contentType(ContentType.JSON).body(request).post("/api/v1/plans").then();
    }

    /** Creates and publishes a plan; returns its id. */
    static String published(String role, String unit, Map<String, Object> request) {
        String id = create(role, unit, request).statusCode(201).extract().path("id");
        as(role, unit).post("/api/v1/plans/{id}/publish", id).then().statusCode(200);
        return id;
    }

    static byte[] resource(String path) {
        try (InputStream in = PlanApi.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ConsumerRecord<String, String>> planEvents(String planId) {
        return TestKafka.readAll(ThiduaTestResource.kafkaBootstrapServers(), "thidua.plan.v1", Duration.ofSeconds(10))
                .stream().filter(r -> planId.equals(r.key())).toList();
    }
}
