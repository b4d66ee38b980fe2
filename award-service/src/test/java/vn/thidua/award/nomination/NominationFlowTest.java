package vn.thidua.award.nomination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.award.eligibility.EligibilityFlowTest;
import vn.thidua.contracts.EventContracts;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nominations to decisions over the real HTTP layer, PostgreSQL and broker: eligibility comes from
 * finalized evaluations sent to the broker; every event emitted is read back from Kafka and checked
 * against its contract.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class NominationFlowTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHOOL = EligibilityFlowTest.SCHOOL;
    static final String YEAR = EligibilityFlowTest.YEAR;
    static final String OFFICE = "PGD-TAMNONG";
    static final String NOMINATIONS = "/api/v1/nominations";

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void units() {
        AwardApi.units();
    }

    @BeforeEach
    void unitTreeKnown() {
        AwardApi.awaitUnitTree();
    }

    static String principal() {
        return AwardApi.token("principal", SCHOOL);
    }

    static String office() {
        return AwardApi.token("district", OFFICE);
    }

    /** A computed school: A (LĐTT, CSTĐCS, Giấy khen), B–G (LĐTT), H (nothing: 5 months worked). */
    static List<Finalized> computedSchool() {
        UUID cycleId = UUID.randomUUID();
        List<Finalized> staff = EligibilityFlowTest.school(cycleId);
        staff.forEach(Finalized::send);
        EligibilityFlowTest.awaitCycle(cycleId, 8);
        return staff;
    }

    static Map<String, Object> body(String unit, String type, String nomineeId, String name, String award,
            String achievementRef) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("schoolYear", YEAR);
        body.put("nomineeType", type);
        body.put("nomineeId", nomineeId);
        body.put("nomineeName", name);
        body.put("awardCode", award);
        body.put("achievementRef", achievementRef);
        body.put("achievementSummary", "Hoàn thành xuất sắc nhiệm vụ năm học " + YEAR + "; " + name
                + " có sáng kiến rèn kỹ năng đọc cho học sinh lớp 1.");
        body.put("evidence", List.of("https://truong.example/minh-chung/" + nomineeId + ".pdf"));
        return body;
    }

    static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path);
    }

    static String nominate(Finalized staff, String name, String award, String achievementRef) {
        AwardApi.councilProposes(SCHOOL, YEAR, "STAFF", staff.staffId().toString(), name, award, 3);
        return post(principal(), NOMINATIONS, body(SCHOOL, "STAFF", staff.staffId().toString(), name, award,
                achievementRef)).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> decision(String number, List<String> ids, String signer) {
        return Map.of("decisionNumber", number, "decisionDate", "2025-06-06", "signer", signer, "nominationIds", ids);
    }

    /** The events on the award topic keyed by {@code key} and of {@code type}, once {@code count} have arrived. */
    static List<JsonNode> events(String key, String type, int count) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> read(key, type).size() >= count);
        List<JsonNode> events = read(key, type);
        assertEquals(count, events.size(), type + " of " + key);
        return events;
    }

    private static List<JsonNode> read(String key, String type) throws Exception {
        List<JsonNode> found = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : TestKafka.readAll(AwardApi.kafka(), AwardApi.AWARD_TOPIC,
                Duration.ofSeconds(10))) {
            JsonNode event = JSON.readTree(record.value());
            if (key.equals(record.key()) && type.equals(event.get("type").asText())) {
                assertEquals(Set.of(), EventContracts.validate(record.value()), record.value());
                found.add(event);
            }
        }
        return found;
    }

    @Test
    void underLuat2022TheSchoolProposesLdttAndItsSuperiorDecidesAndRevokesIt() throws Exception {
        List<Finalized> staff = computedSchool();
        Finalized b = staff.get(1);
        Finalized c = staff.get(2);
        String bId = nominate(b, "Trần Văn Bình", "LDTT", null);
        String cId = nominate(c, "Lê Thị Cúc", "LDTT", null);
        given().auth().oauth2(principal()).get(NOMINATIONS + "/" + bId).then().statusCode(200)
                // Luật Thi đua, khen thưởng 2022 Điều 80: the council met on 30/05/2025, before the reorganisation,
                // so the district (its office) decides; the school proposes and submits.
                .body("deciderLevel", equalTo("OFFICE")).body("deciderUnitCode", equalTo(OFFICE))
                .body("decider", containsString("cấp huyện"))
                .body("status", equalTo("NOMINATED")).body("ruleSetVersion", equalTo("2024.1"))
                .body("awardName", equalTo("Lao động tiên tiến"))
                .body("councilSessionId", org.hamcrest.Matchers.notNullValue());

        // The council agreed 2 of 3 (66.67 %, under 70 %): not proposed, so not nominated.
        Finalized d = staff.get(3);
        String failed = AwardApi.councilProposes(SCHOOL, YEAR, "STAFF", d.staffId().toString(), "Đỗ Văn Dũng", "LDTT", 2);
        post(principal(), NOMINATIONS, body(SCHOOL, "STAFF", d.staffId().toString(), "Đỗ Văn Dũng", "LDTT", null))
                .then().statusCode(422).body("errors[0].field", equalTo("councilSessionId"))
                .body("detail", containsString(failed)).body("detail", containsString("66.67"));

        // The same title twice for one nominee and year.
        post(principal(), NOMINATIONS, body(SCHOOL, "STAFF", b.staffId().toString(), "Trần Văn Bình", "LDTT",
                "Thành tích khác")).then().statusCode(409).body("detail", containsString(bId));
        // The school never decides it itself, nor does another school; it submits to the office, which decides.
        post(principal(), NOMINATIONS + "/decide", decision("1/QĐ-THTC2", List.of(bId), "Hiệu trưởng"))
                .then().statusCode(403);
        post(AwardApi.token("principal", "TH-HOAAN"), NOMINATIONS + "/decide",
                decision("1/QĐ-THHA", List.of(bId), "Hiệu trưởng")).then().statusCode(403);
        post(principal(), NOMINATIONS + "/submit", Map.of("nominationIds", List.of(bId, cId))).then().statusCode(201)
                .body("toUnitCode", equalTo(OFFICE))
                .body("items.decisionRuleSetVersion", everyItem(org.hamcrest.Matchers.notNullValue()));
        post(office(), NOMINATIONS + "/" + bId + "/approve", Map.of()).then().statusCode(200);
        post(office(), NOMINATIONS + "/" + cId + "/approve", Map.of()).then().statusCode(200);

        String number = "21/QĐ-UBND-" + UUID.randomUUID().toString().substring(0, 8);
        String decisionId = post(office(), NOMINATIONS + "/decide",
                decision(number, List.of(bId, cId), "Chủ tịch UBND huyện Tam Nông")).then().statusCode(201)
                .body("unitCode", equalTo(OFFICE)).body("items", hasSize(2))
                .body("items.status", equalTo(List.of("DECIDED", "DECIDED"))).extract().path("id");
        post(office(), NOMINATIONS + "/decide", decision(number + "b", List.of(bId), "Chủ tịch UBND huyện"))
                .then().statusCode(409).body("detail", containsString(number));

        JsonNode nominated = events(bId, "vn.thidua.award.nominated.v1", 1).get(0);
        assertEquals("OFFICE", nominated.at("/data/deciderLevel").asText());
        assertEquals("LDTT", nominated.at("/data/awardCode").asText());
        assertEquals(b.staffId().toString(), nominated.at("/data/nomineeId").asText());
        JsonNode decided = events(decisionId, "vn.thidua.award.decided.v1", 1).get(0);
        assertEquals(OFFICE, decided.get("unit").asText());
        assertEquals(YEAR, decided.get("schoolyear").asText());
        assertEquals(number, decided.at("/data/decisionNumber").asText());
        assertEquals("2025-06-06", decided.at("/data/decisionDate").asText());
        assertEquals(2, decided.at("/data/items").size());

        // Staff read their own nomination only.
        given().auth().oauth2(AwardApi.staffToken(SCHOOL, b.staffId())).get(NOMINATIONS + "/" + bId)
                .then().statusCode(200).body("status", equalTo("DECIDED"));
        given().auth().oauth2(AwardApi.staffToken(SCHOOL, c.staffId())).get(NOMINATIONS + "/" + bId)
                .then().statusCode(404);
        given().auth().oauth2(AwardApi.staffToken(SCHOOL, b.staffId())).queryParam("unit", SCHOOL).get(NOMINATIONS)
                .then().statusCode(200).body("id", equalTo(List.of(bId)));

        // Revocation: a reason, the deciding unit only, once.
        post(office(), NOMINATIONS + "/" + bId + "/revoke", Map.of()).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        post(office(), NOMINATIONS + "/" + bId + "/revoke", Map.of("reason", " ")).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        String reason = "Viên chức bị kỷ luật khiển trách trong năm học, phát hiện sau khi có quyết định.";
        Map<String, String> revocation = Map.of("reason", reason, "ground", "LATER_VIOLATION");
        post(AwardApi.token("principal", "TH-HOAAN"), NOMINATIONS + "/" + bId + "/revoke", revocation)
                .then().statusCode(403);
        // The district role counts only for an office: a school's district token revokes nothing.
        post(AwardApi.token("district", SCHOOL), NOMINATIONS + "/" + bId + "/revoke", revocation)
                .then().statusCode(403);
        post(principal(), NOMINATIONS + "/" + bId + "/revoke", revocation).then().statusCode(403);
        post(office(), NOMINATIONS + "/" + bId + "/revoke", revocation).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedReason", equalTo(reason));
        post(office(), NOMINATIONS + "/" + bId + "/revoke", revocation).then().statusCode(409);
        JsonNode revoked = events(decisionId, "vn.thidua.award.revoked.v1", 1).get(0);
        assertEquals(bId, revoked.at("/data/nominationId").asText());
        assertEquals(decisionId, revoked.at("/data/decisionId").asText());
        assertEquals(reason, revoked.at("/data/reason").asText());
        given().auth().oauth2(principal()).get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .body("items.find { it.id == '" + bId + "' }.status", equalTo("REVOKED"))
                .body("items.find { it.id == '" + cId + "' }.status", equalTo("DECIDED"));
    }

    @Test
    void officeLevelItemsAreSubmittedApprovedOrRejectedAndDecidedByTheOffice() throws Exception {
        List<Finalized> staff = computedSchool();
        Finalized a = staff.get(0);
        String cstdcs = nominate(a, "Nguyễn Thị An", "CSTDCS", null);
        String giayKhen = nominate(a, "Nguyễn Thị An", "GIAY_KHEN", "Sáng kiến rèn kỹ năng đọc");
        given().auth().oauth2(principal()).get(NOMINATIONS + "/" + cstdcs).then().statusCode(200)
                .body("deciderLevel", equalTo("OFFICE")).body("deciderUnitCode", equalTo(OFFICE));

        // One achievement, a second form: refused, naming the nomination that holds it and its form.
        post(principal(), NOMINATIONS, body(SCHOOL, "STAFF", a.staffId().toString(), "Nguyễn Thị An", "BANG_KHEN",
                "sang kien ren ky nang doc")).then().statusCode(409)
                .body("detail", containsString(giayKhen)).body("detail", containsString("GIAY_KHEN"));

        Map<String, Long> before = counts(office());
        String submissionId = post(principal(), NOMINATIONS + "/submit", Map.of("nominationIds", List.of(cstdcs, giayKhen),
                "documentNumber", "15/TTr-THTC2", "signer", "Lê Văn Định")).then().statusCode(201)
                .body("fromUnitCode", equalTo(SCHOOL)).body("toUnitCode", equalTo(OFFICE))
                .body("status", equalTo("SUBMITTED")).body("items", hasSize(2)).extract().path("id");
        post(principal(), NOMINATIONS + "/submit", Map.of("nominationIds", List.of(cstdcs))).then().statusCode(409);

        // The office sees it among its schools' submissions, with the counts.
        JsonPath incoming = given().auth().oauth2(office()).queryParam("schoolYear", YEAR).get("/api/v1/submissions")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(incoming.getList("items.id").contains(submissionId));
        assertEquals(before.get("SUBMITTED") + 1, incoming.getLong("counts.SUBMITTED"));
        given().auth().oauth2(office()).queryParam("status", "SUBMITTED").queryParam("school", SCHOOL)
                .get("/api/v1/submissions").then().statusCode(200).body("items.id", hasItem(submissionId))
                .body("items.status", not(hasItem("DECIDED")));

        // Another office and another school neither see nor decide it.
        String otherOffice = AwardApi.token("district", "PGD-CAOLANH");
        given().auth().oauth2(otherOffice).get("/api/v1/submissions/" + submissionId).then().statusCode(404);
        given().auth().oauth2(otherOffice).get(NOMINATIONS + "/" + cstdcs).then().statusCode(404);
        given().auth().oauth2(otherOffice).get("/api/v1/submissions").then().statusCode(200)
                .body("items.id", not(hasItem(submissionId)));
        given().auth().oauth2(otherOffice).queryParam("school", SCHOOL).get("/api/v1/submissions").then().statusCode(403);
        post(otherOffice, NOMINATIONS + "/" + cstdcs + "/approve", Map.of()).then().statusCode(403);
        post(otherOffice, NOMINATIONS + "/" + giayKhen + "/reject", Map.of("reason", "Không thuộc phạm vi"))
                .then().statusCode(403);
        String otherSchool = AwardApi.token("principal", "TH-HOAAN");
        given().auth().oauth2(otherSchool).get(NOMINATIONS + "/" + cstdcs).then().statusCode(404);
        given().auth().oauth2(otherSchool).get("/api/v1/submissions/" + submissionId).then().statusCode(404);
        post(otherSchool, NOMINATIONS + "/submit", Map.of("nominationIds", List.of(cstdcs))).then().statusCode(403);
        // The school itself does not decide above its authority.
        post(principal(), NOMINATIONS + "/" + cstdcs + "/approve", Map.of()).then().statusCode(403);

        // Approve one; reject the other with its reason (required).
        post(office(), NOMINATIONS + "/" + cstdcs + "/approve", Map.of()).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        post(office(), NOMINATIONS + "/" + giayKhen + "/reject", Map.of()).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        String reason = "Thành tích đã được ghi nhận trong danh hiệu CSTĐCS; đề nghị năm sau.";
        post(office(), NOMINATIONS + "/" + giayKhen + "/reject", Map.of("reason", reason)).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectedReason", equalTo(reason));
        post(office(), NOMINATIONS + "/" + giayKhen + "/reject", Map.of("reason", reason)).then().statusCode(409);
        post(office(), NOMINATIONS + "/decide", decision("7/QĐ-PGDĐT-" + UUID.randomUUID(), List.of(giayKhen),
                "Trưởng phòng")).then().statusCode(409);

        String number = "45/QĐ-PGDĐT-" + UUID.randomUUID().toString().substring(0, 8);
        String decisionId = post(office(), NOMINATIONS + "/decide", decision(number, List.of(cstdcs),
                "Phạm Văn Hòa, Trưởng phòng")).then().statusCode(201).body("unitCode", equalTo(OFFICE))
                .body("items[0].status", equalTo("DECIDED")).extract().path("id");
        post(office(), NOMINATIONS + "/decide", decision(number + "-2", List.of(cstdcs), "Phạm Văn Hòa"))
                .then().statusCode(409);

        given().auth().oauth2(office()).get("/api/v1/submissions/" + submissionId).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("itemCounts.DECIDED", equalTo(1))
                .body("itemCounts.REJECTED", equalTo(1));
        Map<String, Long> after = counts(office());
        assertEquals(before.get("SUBMITTED"), after.get("SUBMITTED"));
        assertEquals(before.get("DECIDED") + 1, after.get("DECIDED"));
        // The school reads the office's decision about its staff; another office does not.
        given().auth().oauth2(principal()).queryParam("schoolYear", YEAR).get("/api/v1/decisions").then()
                .statusCode(200).body("id", hasItem(decisionId));
        given().auth().oauth2(otherOffice).queryParam("schoolYear", YEAR).get("/api/v1/decisions").then()
                .statusCode(200).body("id", not(hasItem(decisionId)));
        given().auth().oauth2(otherOffice).get("/api/v1/decisions/" + decisionId).then().statusCode(404);
        given().auth().oauth2(principal()).get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .body("decisionNumber", equalTo(number)).body("items.id", equalTo(List.of(cstdcs)));

        JsonNode submitted = events(submissionId, "vn.thidua.award.submitted.v1", 1).get(0);
        assertEquals(OFFICE, submitted.at("/data/toUnitCode").asText());
        assertEquals(2, submitted.at("/data/nominationIds").size());
        assertEquals("OFFICE", events(cstdcs, "vn.thidua.award.nominated.v1", 1).get(0).at("/data/deciderLevel").asText());
        JsonNode rejected = events(giayKhen, "vn.thidua.award.rejected.v1", 1).get(0);
        assertEquals(OFFICE, rejected.at("/data/unitCode").asText());
        assertEquals(reason, rejected.at("/data/reason").asText());
        JsonNode decided = events(decisionId, "vn.thidua.award.decided.v1", 1).get(0);
        assertEquals(OFFICE, decided.get("unit").asText());
        assertEquals(cstdcs, decided.at("/data/items/0/nominationId").asText());
        assertEquals("CSTDCS", decided.at("/data/items/0/awardCode").asText());

        // The rejected form no longer holds the achievement: another form may be proposed for it.
        post(principal(), NOMINATIONS, body(SCHOOL, "STAFF", a.staffId().toString(), "Nguyễn Thị An", "BANG_KHEN",
                "Sáng kiến rèn kỹ năng đọc")).then().statusCode(201).body("deciderLevel", equalTo("PROVINCE"))
                .body("deciderUnitCode", equalTo("DONGTHAP"));

        // The tờ trình lists the nominees with their achievements, by the full name of the staff copy once it is there.
        AwardApi.staff(a.staffId(), "Nguyễn Thị Thúy An", SCHOOL);
        String html = given().auth().oauth2(office()).get("/api/v1/submissions/" + submissionId + "/document")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("TỜ TRÌNH"));
        assertTrue(html.contains("Số: 15/TTr-THTC2"));
        assertTrue(html.contains("<td>Nguyễn Thị Thúy An</td><td>Chiến sĩ thi đua cơ sở</td>"), html);
        assertTrue(html.contains("Kính gửi: Đơn vị PGD-TAMNONG."));
        byte[] docx = given().auth().oauth2(principal()).queryParam("format", "docx")
                .get("/api/v1/submissions/" + submissionId + "/document").then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(3, document.getTables().get(1).getRows().size(), "header row and two nominees");
            assertTrue(document.getTables().get(1).getRow(1).getCell(3).getText().contains("rèn kỹ năng đọc"));
        }
        given().auth().oauth2(office()).queryParam("format", "pdf").get("/api/v1/submissions/" + submissionId
                + "/document").then().statusCode(400);

        // Revocation of an office decision: that office, not the school, not another office.
        String why = "Sáng kiến bị phát hiện trùng lặp với sáng kiến đã công nhận năm trước.";
        Map<String, String> falseDeclaration = Map.of("reason", why, "ground", "FALSE_DECLARATION");
        post(principal(), NOMINATIONS + "/" + cstdcs + "/revoke", falseDeclaration).then().statusCode(403);
        post(otherOffice, NOMINATIONS + "/" + cstdcs + "/revoke", falseDeclaration).then().statusCode(403);
        post(office(), NOMINATIONS + "/" + cstdcs + "/revoke", falseDeclaration).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        assertEquals(OFFICE, events(decisionId, "vn.thidua.award.revoked.v1", 1).get(0).at("/data/unitCode").asText());
    }

    /**
     * Concurrent proposals of forms for one achievement: whichever request wins, exactly one passes
     * (the check, or the partial unique index behind it, stops the rest).
     */
    @Test
    void concurrentFormsForOneAchievementLetOnlyOneThrough() throws Exception {
        String staffId = UUID.randomUUID().toString();
        List<String> forms = List.of("BANG_KHEN", "KY_NIEM_CHUONG", "BANG_KHEN", "KY_NIEM_CHUONG", "BANG_KHEN",
                "KY_NIEM_CHUONG");
        String token = principal();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(forms.size());
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (String form : forms) {
                results.add(pool.submit(() -> {
                    start.await();
                    return post(token, NOMINATIONS, body(SCHOOL, "STAFF", staffId, "Người C", form, "Giải nhất hội thi"))
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var result : results) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(forms.size() - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(token).queryParam("unit", SCHOOL).get(NOMINATIONS).then().statusCode(200)
                .body("findAll { it.nomineeId == '" + staffId + "' }", hasSize(1));
    }

    /** The partial unique index itself refuses a second live form for one achievement, whatever the service does. */
    @Test
    void theDatabaseRefusesASecondLiveFormForOneAchievement() throws Exception {
        String staffId = UUID.randomUUID().toString();
        String id = post(principal(), NOMINATIONS, body(SCHOOL, "STAFF", staffId, "Người D", "BANG_KHEN", null))
                .then().statusCode(201).extract().path("id");
        String copy = """
                insert into nomination (id, unit_code, school_year, nominee_type, nominee_id, nominee_name, nominee_key,
                    recipient, award_code, award_kind, achievement_ref, achievement_key, achievement_summary, evidence,
                    rule_set_version, decider_level, status, nominated_by, nominated_at, updated_at)
                select gen_random_uuid(), unit_code, school_year, nominee_type, nominee_id, nominee_name, nominee_key,
                    recipient, 'GIAY_KHEN', award_kind, achievement_ref, achievement_key, achievement_summary, evidence,
                    rule_set_version, decider_level, ?, nominated_by, nominated_at, updated_at
                from nomination where id = ?::uuid""";
        try (var connection = dataSource.getConnection()) {
            var live = connection.prepareStatement(copy);
            live.setString(1, "NOMINATED");
            live.setString(2, id);
            var error = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, live::executeUpdate);
            assertTrue(error.getMessage().contains("nomination_one_form_per_achievement"), error.getMessage());
            var rejected = connection.prepareStatement(copy);
            rejected.setString(1, "REJECTED");
            rejected.setString(2, id);
            assertEquals(1, rejected.executeUpdate(), "a rejected one holds nothing");
        }
    }

    static Map<String, Long> counts(String token) {
        JsonPath list = given().auth().oauth2(token).queryParam("schoolYear", YEAR).get("/api/v1/submissions")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Long> counts = new HashMap<>();
        for (String status : List.of("SUBMITTED", "DECIDED", "REJECTED")) {
            counts.put(status, list.getLong("counts." + status));
        }
        return counts;
    }

    @Test
    void aNomineeNotEligibleInTheLatestComputationIsRefusedWithTheFailedConditions() {
        List<Finalized> staff = computedSchool();
        Finalized h = staff.get(7);
        Finalized b = staff.get(1);
        post(principal(), NOMINATIONS, body(SCHOOL, "STAFF", h.staffId().toString(), "Võ Văn Hậu", "LDTT", null))
                .then().statusCode(422).body("detail", containsString("LDTT_MONTHS_WORKED"))
                .body("errors.field", hasItem("awardCode"))
                .body("errors.message", hasItem(containsString("LDTT_MONTHS_WORKED")));
        post(principal(), NOMINATIONS, body(SCHOOL, "STAFF", b.staffId().toString(), "Trần Văn Bình", "CSTDCS", null))
                .then().statusCode(422).body("detail", containsString("CSTDCS_INITIATIVE"));
        post(principal(), NOMINATIONS, body(SCHOOL, "STAFF", UUID.randomUUID().toString(), "Người mới", "LDTT", null))
                .then().statusCode(422).body("errors[0].field", equalTo("nomineeId"));
        // A collective: the school itself is TTLĐTT-eligible, decided by the office, once its council proposed it.
        post(principal(), NOMINATIONS, body(SCHOOL, "COLLECTIVE", SCHOOL, "Trường Tiểu học Tràm Chim 2", "TTLDTT", null))
                .then().statusCode(422).body("errors[0].field", equalTo("councilSessionId"));
        AwardApi.councilProposes(SCHOOL, YEAR, "COLLECTIVE", SCHOOL, "Trường Tiểu học Tràm Chim 2", "TTLDTT", 3);
        post(principal(), NOMINATIONS, body(SCHOOL, "COLLECTIVE", SCHOOL, "Trường Tiểu học Tràm Chim 2", "TTLDTT", null))
                .then().statusCode(201).body("recipient", equalTo("SCHOOL")).body("deciderLevel", equalTo("OFFICE"));
        // An individual title for a collective has no row in the authority table.
        post(principal(), NOMINATIONS, body(SCHOOL, "COLLECTIVE", "TO-KHOI-1", "Tổ khối 1", "LDTT", null))
                .then().statusCode(422).body("errors[0].field", equalTo("awardCode"));
    }

    @Test
    void everyWriteChecksTokenRoleUnitAndInput() {
        String staffId = UUID.randomUUID().toString();
        Map<String, Object> valid = body(SCHOOL, "STAFF", staffId, "Người A", "BANG_KHEN", null);
        given().contentType(ContentType.JSON).body(valid).post(NOMINATIONS).then().statusCode(401);
        post(AwardApi.token("staff", SCHOOL), NOMINATIONS, valid).then().statusCode(403);
        post(office(), NOMINATIONS, valid).then().statusCode(403);
        post(principal(), NOMINATIONS, body("TH-HOAAN", "STAFF", staffId, "Người A", "BANG_KHEN", null))
                .then().statusCode(403);
        Map<String, Object> noAward = new HashMap<>(valid);
        noAward.remove("awardCode");
        post(principal(), NOMINATIONS, noAward).then().statusCode(400).body("errors[0].field", equalTo("awardCode"));
        Map<String, Object> badAward = new HashMap<>(valid);
        badAward.put("awardCode", "HUAN_CHUONG");
        post(principal(), NOMINATIONS, badAward).then().statusCode(400).body("errors[0].field", equalTo("awardCode"));
        post(principal(), NOMINATIONS, body(SCHOOL, "STAFF", "not-a-uuid", "Người A", "BANG_KHEN", null))
                .then().statusCode(400).body("errors[0].field", equalTo("nomineeId"));
        Map<String, Object> badYear = new HashMap<>(valid);
        badYear.put("schoolYear", "2024-2026");
        post(principal(), NOMINATIONS, badYear).then().statusCode(400).body("errors[0].field", equalTo("schoolYear"));
        given().auth().oauth2(principal()).get(NOMINATIONS + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(principal()).queryParam("status", "DONE").get(NOMINATIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(principal()).queryParam("unit", "TH-HOAAN").get(NOMINATIONS).then().statusCode(403);
        given().auth().oauth2(AwardApi.token("school_app", SCHOOL)).get(NOMINATIONS).then().statusCode(403);
        Map<String, String> anyRevocation = Map.of("reason", "x", "ground", "WRONGFUL_APPRAISAL");
        post(principal(), NOMINATIONS + "/" + UUID.randomUUID() + "/revoke", anyRevocation).then()
                .statusCode(404);
        post(principal(), NOMINATIONS + "/decide", Map.of("decisionNumber", "1/QĐ", "signer", "A",
                "nominationIds", List.of())).then().statusCode(400).body("errors.field", hasItem("decisionDate"))
                .body("errors.field", hasItem("nominationIds"));

        // A form without eligibility rules, above the office (Bằng khen: the province), is nominated.
        String id = post(principal(), NOMINATIONS, valid).then().statusCode(201).body("deciderLevel", equalTo("PROVINCE"))
                .extract().path("id");
        // Not decided: revocation is a conflict for the school, forbidden to another school.
        post(principal(), NOMINATIONS + "/" + id + "/revoke", anyRevocation).then().statusCode(409);
        post(AwardApi.token("principal", "TH-HOAAN"), NOMINATIONS + "/" + id + "/revoke", anyRevocation)
                .then().statusCode(403);
        // The school's council rejects its own new nomination, with a reason.
        post(AwardApi.token("principal", "TH-HOAAN"), NOMINATIONS + "/" + id + "/reject", Map.of("reason", "x"))
                .then().statusCode(403);
        post(principal(), NOMINATIONS + "/" + id + "/reject",
                Map.of("reason", "Hội đồng biểu quyết đạt 60 %, dưới ngưỡng 70 %.")).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
    }
}
