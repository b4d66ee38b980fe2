package vn.thidua.award.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.award.rules.Title;
import vn.thidua.contracts.EventContracts;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A council session from eligibility to minutes, over real PostgreSQL and Kafka: quorum, ballots
 * once per member, thresholds, the council-voted event under its contract, and who may do what.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class CouncilFlowTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHOOL = "TH-TRAMCHIM1";
    static final String SCHOOL_NAME = "Trường Tiểu học Tràm Chim 1";
    static final String YEAR = "2023-2024";
    static final String FINALIZED_AT = "2024-05-27T09:00:00Z";
    static final String[][] MEMBERS = {
        {"Lê Văn Đính", "Chủ tịch Hội đồng, Hiệu trưởng", "dinh.lv"},
        {"Nguyễn Thị Hồng", "Phó Chủ tịch Hội đồng, Chủ tịch Công đoàn", "hong.nt"},
        {"Trần Thị Mai", "Thư ký", "mai.tt"},
        {"Phạm Văn Tâm", "Ủy viên, Tổ trưởng Tổ khối 1", "tam.pv"},
        {"Võ Thị Thu", "Ủy viên, Tổng phụ trách Đội", "thu.vt"},
        {"Huỳnh Văn Lộc", "Ủy viên, Tổ trưởng văn phòng", "loc.hv"},
        {"Đặng Thị Yến", "Ủy viên", "yen.dt"}};

    /** The school's staff: A (HTXS, school initiative) and six HTT, all in TO-KHOI-1; computed once per JVM. */
    static List<Finalized> staff;

    @Inject
    CouncilOutcomes outcomes;

    @BeforeAll
    static void units() {
        AwardApi.units();
        TestKafka.send(AwardApi.kafka(), "thidua.unit.v1", SCHOOL, """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.unit.upserted.v1",
                 "subject":"%s","time":"2023-01-01T00:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "data":{"code":"%s","name":"%s","level":"SCHOOL","parentCode":"PGD-TAMNONG","validFrom":"2020-01-01",
                 "validTo":null}}""".formatted(UUID.randomUUID(), SCHOOL, SCHOOL, SCHOOL, SCHOOL_NAME));
    }

    @BeforeEach
    void eligibilityComputed() {
        AwardApi.awaitUnitTree();
        if (staff != null) {
            return;
        }
        UUID cycleId = UUID.randomUUID();
        List<Finalized> finalized = new ArrayList<>();
        finalized.add(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT).rated("HTXS").schoolInitiative("2024-05-10"));
        IntStream.range(0, 6).forEach(i -> finalized.add(Finalized.of(cycleId, SCHOOL, YEAR, FINALIZED_AT)));
        finalized.forEach(Finalized::send);
        String principal = principal();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(principal).queryParam("cycle", cycleId).get("/api/v1/eligibility");
            return response.statusCode() == 200 && response.jsonPath().getInt("[0].eventsApplied") >= 7
                    && response.jsonPath().getBoolean("[0].current");
        });
        staff = finalized;
    }

    static String principal() {
        return AwardApi.token("principal", SCHOOL);
    }

    static String member(String account) {
        return TestTokens.token(account, Set.of("council"), SCHOOL);
    }

    static String session(String place) {
        StringBuilder members = new StringBuilder();
        for (String[] m : MEMBERS) {
            members.append(members.length() == 0 ? "" : ",")
                    .append("{\"name\":\"%s\",\"position\":\"%s\",\"account\":\"%s\"}".formatted(m[0], m[1], m[2]));
        }
        return """
                {"schoolYear":"%s","meetingAt":"2024-06-01T07:30:00+07:00","place":"%s","members":[%s],
                 "chairAccount":"dinh.lv","secretaryAccount":"mai.tt"}""".formatted(YEAR, place, members);
    }

    static String create(String place) {
        return given().auth().oauth2(principal()).contentType(ContentType.JSON).body(session(place))
                .when().post("/api/v1/councils").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("ruleSetVersion", equalTo("2024.1"))
                .body("quorum", equalTo("2/3")).body("membersTotal", equalTo(7)).body("requiredPresent", equalTo(5))
                .extract().path("id");
    }

    static String add(String id, String type, String nomineeId, String name, String award, String method) {
        return given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(Map.of("nomineeType", type, "nomineeId", nomineeId, "nomineeName", name, "awardCode", award,
                        "method", method))
                .when().post("/api/v1/councils/" + id + "/agenda").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse attend(String id, int present) {
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (int i = 0; i < MEMBERS.length; i++) {
            attendance.add(Map.of("account", MEMBERS[i][2], "present", i < present));
        }
        return given().auth().oauth2(principal()).contentType(ContentType.JSON).body(Map.of("attendance", attendance))
                .when().put("/api/v1/councils/" + id + "/attendance").then();
    }

    static ValidatableResponse vote(String id, String item, String account, String choice) {
        return given().auth().oauth2(member(account)).contentType(ContentType.JSON).body(Map.of("choice", choice))
                .when().post("/api/v1/councils/" + id + "/agenda/" + item + "/ballots").then();
    }

    static ValidatableResponse post(String token, String path) {
        return given().auth().oauth2(token).when().post(path).then();
    }

    @Test
    void aFullSessionProposesOnlyThoseOverTheThresholdAndEmitsCouncilVoted() throws Exception {
        String a = staff.get(0).staffId().toString();
        String b = staff.get(1).staffId().toString();
        String id = create("Phòng họp <Hội đồng> & thư viện");
        // A's CSTĐCS in secret by the principal's choice; B's LĐTT by ballots; the group by a show of hands.
        String itemA = add(id, "STAFF", a, "Nguyễn Thị Lan", "CSTDCS", "SECRET");
        String itemB = add(id, "STAFF", b, "Trần Văn Bình", "LDTT", "OPEN");
        String itemG = add(id, "COLLECTIVE", "TO-KHOI-1", "Tổ khối 1", "TTLDTT", "OPEN");
        attend(id, 6).statusCode(200).body("membersPresent", equalTo(6)).body("quorumReached", equalTo(true));
        post(principal(), "/api/v1/councils/" + id + "/open").statusCode(200).body("status", equalTo("VOTING"));

        for (int i = 0; i < 6; i++) {
            vote(id, itemA, MEMBERS[i][2], "AGREE").statusCode(204);
            vote(id, itemB, MEMBERS[i][2], i == 5 ? "DISAGREE" : "AGREE").statusCode(204);
        }
        given().auth().oauth2(member("dinh.lv")).contentType(ContentType.JSON)
                .body(Map.of("agree", 4, "disagree", 1, "abstain", 1))
                .when().post("/api/v1/councils/" + id + "/agenda/" + itemG + "/show-of-hands").then().statusCode(200)
                .body("showOfHands", equalTo(true));
        // While voting, the counts are not shown, only how many have voted.
        given().auth().oauth2(member("tam.pv")).when().get("/api/v1/councils/" + id).then().statusCode(200)
                .body("agenda.find { it.id == '" + itemB + "' }.ballotsCast", equalTo(6))
                .body("agenda.find { it.id == '" + itemB + "' }.agree", equalTo(null));

        JsonPath closed = post(principal(), "/api/v1/councils/" + id + "/close").statusCode(200)
                .body("status", equalTo("CLOSED")).extract().jsonPath();
        String itemPath = "agenda.find { it.id == '%s' }";
        assertEquals(100.0f, closed.getFloat(itemPath.formatted(itemA) + ".percentAgree"));
        assertEquals(70.0f, closed.getFloat(itemPath.formatted(itemA) + ".thresholdPercent"),
                "CSTĐCS is not among the titles at 90 %: secret by choice, at the general threshold");
        assertEquals(83.33f, closed.getFloat(itemPath.formatted(itemB) + ".percentAgree"));
        assertEquals(true, closed.getBoolean(itemPath.formatted(itemB) + ".passed"));
        assertEquals(66.67f, closed.getFloat(itemPath.formatted(itemG) + ".percentAgree"));
        assertEquals(false, closed.getBoolean(itemPath.formatted(itemG) + ".passed"), "under 70 %: not proposed");
        assertEquals(List.of(itemA, itemB), closed.getList("proposed.id"));

        // The event, through the outbox and the broker, valid under its contract.
        await().atMost(Duration.ofSeconds(30)).until(() -> !awardEvents(id).isEmpty());
        List<ConsumerRecord<String, String>> events = awardEvents(id);
        assertEquals(1, events.size());
        assertEquals(Set.of(), EventContracts.validate(events.get(0).value()));
        JsonNode event = JSON.readTree(events.get(0).value());
        assertEquals("vn.thidua.award.council-voted.v1", event.get("type").asText());
        assertEquals(id, event.get("subject").asText());
        assertEquals(SCHOOL, event.get("unit").asText());
        assertEquals(YEAR, event.get("schoolyear").asText());
        JsonNode data = event.get("data");
        assertEquals(7, data.get("membersTotal").asInt());
        assertEquals(6, data.get("membersPresent").asInt());
        assertEquals(3, data.get("results").size());
        JsonNode resultB = data.get("results").get(1);
        assertEquals(b, resultB.get("nomineeId").asText());
        assertEquals("LDTT", resultB.get("awardCode").asText());
        assertEquals(5, resultB.get("agree").asInt());
        assertEquals(1, resultB.get("disagree").asInt());
        assertEquals(0, new BigDecimal("83.33").compareTo(resultB.get("percentAgree").decimalValue()));
        JsonNode resultG = data.get("results").get(2);
        assertEquals("TO-KHOI-1", resultG.get("nomineeId").asText());
        assertEquals(1, resultG.get("abstain").asInt());
        assertFalse(resultG.get("passed").asBoolean());

        // What nominations will ask.
        assertTrue(QuarkusTransaction.requiringNew().call(() -> outcomes.passed(SCHOOL, YEAR, b, Title.LDTT)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> outcomes.passed(SCHOOL, YEAR, "TO-KHOI-1",
                Title.TTLDTT)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> outcomes.passed(SCHOOL, YEAR, b, Title.CSTDCS)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> outcomes.passed("TH-HOAAN", YEAR, b, Title.LDTT)));

        // Closed is final.
        attend(id, 7).statusCode(409);
        vote(id, itemB, "tam.pv", "AGREE").statusCode(409);
        post(principal(), "/api/v1/councils/" + id + "/close").statusCode(409);
        given().auth().oauth2(principal()).when().delete("/api/v1/councils/" + id + "/agenda/" + itemG).then()
                .statusCode(409);

        // The minutes, as HTML: escaped, with attendees, method, counts and percentages, conclusion, signatures.
        String html = given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG"))
                .when().get("/api/v1/councils/" + id + "/minutes?format=html").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"));
        assertTrue(html.contains("TRƯỜNG TIỂU HỌC TRÀM CHIM 1"));
        assertTrue(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertTrue(html.contains("Phòng họp &lt;Hội đồng&gt; &amp; thư viện"), "escaped");
        assertFalse(html.contains("<Hội đồng>"));
        assertMinutes(html);

        byte[] docx = given().auth().oauth2(member("yen.dt"))
                .when().get("/api/v1/councils/" + id + "/minutes?format=docx").then().statusCode(200)
                .contentType(containsString("wordprocessingml")).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("Phòng họp <Hội đồng> & thư viện"), text);
            assertTrue(text.contains("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"));
            assertMinutes(text);
        }
    }

    static void assertMinutes(String text) {
        assertTrue(text.contains("Thời gian: 7 giờ 30 phút, ngày 01 tháng 06 năm 2024"), text);
        assertTrue(text.contains("có mặt 6, vắng mặt 1"), text);
        for (int i = 0; i < 6; i++) {
            assertTrue(text.contains(MEMBERS[i][0]), MEMBERS[i][0]);
        }
        assertTrue(text.contains("Thành viên vắng mặt:"));
        assertTrue(text.contains("1. Đặng Thị Yến – Ủy viên"), "the absent member");
        assertTrue(text.contains("6/7"), "the quorum statement");
        assertTrue(text.contains("Trần Văn Bình, Lao động tiên tiến (biểu quyết công khai): 5/6 đồng ý, 1 không đồng ý, "
                + "0 không biểu quyết; đạt 83,33 % (cần 70 %)"), text);
        assertTrue(text.contains("Nguyễn Thị Lan, Chiến sĩ thi đua cơ sở (bỏ phiếu kín): 6/6 đồng ý"), text);
        assertTrue(text.contains("Tổ khối 1, Tập thể lao động tiên tiến (biểu quyết công khai): 4/6 đồng ý, 1 không "
                + "đồng ý, 1 không biểu quyết; đạt 66,67 %"), text);
        assertTrue(text.contains("Hội đồng thống nhất đề nghị 2 trường hợp"), text);
        // By title (LĐTT before CSTĐCS), then by given name.
        assertTrue(text.contains("1. Trần Văn Bình – Lao động tiên tiến (83,33 % đồng ý)"), text);
        assertTrue(text.contains("2. Nguyễn Thị Lan – Chiến sĩ thi đua cơ sở (100 % đồng ý)"), text);
        assertTrue(text.contains("1. Tổ khối 1 – Tập thể lao động tiên tiến (66,67 % đồng ý)"), text);
        assertTrue(text.contains("CHỦ TỌA") && text.contains("THƯ KÝ"));
    }

    static List<ConsumerRecord<String, String>> awardEvents(String sessionId) {
        return TestKafka.readAll(AwardApi.kafka(), AwardApi.AWARD_TOPIC, Duration.ofSeconds(5)).stream()
                .filter(r -> r.key().equals(sessionId)).toList();
    }

    @Test
    void tooFewMembersPresentCannotVote() {
        String id = create("Phòng họp");
        String item = add(id, "STAFF", staff.get(2).staffId().toString(), "Lý Thị Cúc", "LDTT", "OPEN");
        attend(id, 4).statusCode(200).body("quorumReached", equalTo(false));
        post(principal(), "/api/v1/councils/" + id + "/open").statusCode(422)
                .body("errors[0].field", equalTo("attendance"))
                .body("detail", containsString("Có mặt 4/7, cần tối thiểu 5"));
        vote(id, item, "dinh.lv", "AGREE").statusCode(409);
        given().auth().oauth2(principal()).when().get("/api/v1/councils/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        // One more member arrives: five of seven is a quorum.
        attend(id, 5).statusCode(200).body("quorumReached", equalTo(true));
        post(principal(), "/api/v1/councils/" + id + "/open").statusCode(200).body("membersPresent", equalTo(5));
        vote(id, item, "dinh.lv", "AGREE").statusCode(204);
    }

    @Test
    void eachMemberVotesOnceOnlyInTheirSchoolAndSecretBallotsNameNoVoter() {
        String id = create("Phòng họp");
        String open = add(id, "STAFF", staff.get(3).staffId().toString(), "Mai Văn Đức", "LDTT", "OPEN");
        String secret = add(id, "STAFF", staff.get(4).staffId().toString(), "Lâm Thị Hà", "LDTT", "SECRET");
        attend(id, 6).statusCode(200);
        // Before opening, nobody votes; the district does not run a school's session.
        post(AwardApi.token("district", "PGD-TAMNONG"), "/api/v1/councils/" + id + "/open").statusCode(403);
        post(AwardApi.token("principal", "TH-HOAAN"), "/api/v1/councils/" + id + "/open").statusCode(404);
        post(principal(), "/api/v1/councils/" + id + "/open").statusCode(200);

        vote(id, open, "hong.nt", "AGREE").statusCode(204);
        vote(id, open, "hong.nt", "DISAGREE").statusCode(409).body("status", equalTo(409));
        vote(id, secret, "hong.nt", "DISAGREE").statusCode(204);
        vote(id, secret, "loc.hv", "AGREE").statusCode(204);
        vote(id, secret, "loc.hv", "AGREE").statusCode(409);
        // Another school's council member, even with a listed account, does not see the session.
        given().auth().oauth2(TestTokens.token("hong.nt", Set.of("council"), "TH-HOAAN")).contentType(ContentType.JSON)
                .body(Map.of("choice", "AGREE")).when().post("/api/v1/councils/" + id + "/agenda/" + open + "/ballots")
                .then().statusCode(404);
        vote(id, open, "nguoi.la", "AGREE").statusCode(403);
        vote(id, open, "yen.dt", "AGREE").statusCode(403).body("detail", containsString("không có mặt"));
        given().auth().oauth2(principal()).contentType(ContentType.JSON).body(Map.of("choice", "AGREE"))
                .when().post("/api/v1/councils/" + id + "/agenda/" + open + "/ballots").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("choice", "AGREE"))
                .when().post("/api/v1/councils/" + id + "/agenda/" + open + "/ballots").then().statusCode(401);
        given().auth().oauth2(member("tam.pv")).contentType(ContentType.JSON).body(Map.of("choice", "MAYBE"))
                .when().post("/api/v1/councils/" + id + "/agenda/" + open + "/ballots").then().statusCode(400);
        // Only the chair enters a show of hands, and not on a secret ballot.
        given().auth().oauth2(member("tam.pv")).contentType(ContentType.JSON)
                .body(Map.of("agree", 1, "disagree", 0, "abstain", 0))
                .when().post("/api/v1/councils/" + id + "/agenda/" + open + "/show-of-hands").then().statusCode(403);
        given().auth().oauth2(member("dinh.lv")).contentType(ContentType.JSON)
                .body(Map.of("agree", 1, "disagree", 0, "abstain", 0))
                .when().post("/api/v1/councils/" + id + "/agenda/" + secret + "/show-of-hands").then().statusCode(422)
                .body("errors[0].field", equalTo("method"));

        // Stored: the open vote names its voter; the secret votes name nobody, the casts name who voted.
        UUID openId = UUID.fromString(open);
        UUID secretId = UUID.fromString(secret);
        List<CouncilVote> openVotes = QuarkusTransaction.requiringNew().call(() -> CouncilVote.ofItem(openId));
        assertEquals(1, openVotes.size());
        assertEquals("hong.nt", openVotes.get(0).account);
        List<CouncilVote> secretVotes = QuarkusTransaction.requiringNew().call(() -> CouncilVote.ofItem(secretId));
        assertEquals(2, secretVotes.size());
        assertTrue(secretVotes.stream().allMatch(v -> v.secret && v.account == null));
        List<?> cast = QuarkusTransaction.requiringNew().call(() -> CouncilVote.getEntityManager()
                .createNativeQuery("select account from council_ballot_cast where item_id = ?1 order by account")
                .setParameter(1, secretId).getResultList());
        assertEquals(List.of("hong.nt", "loc.hv"), cast);

        // Reads: the office above reads, another office and another school do not see it.
        given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG")).when().get("/api/v1/councils/" + id)
                .then().statusCode(200).body("agenda", hasSize(2));
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).when().get("/api/v1/councils/" + id)
                .then().statusCode(404);
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).when().get("/api/v1/councils/" + id)
                .then().statusCode(404);
        given().auth().oauth2(AwardApi.token("staff", SCHOOL)).when().get("/api/v1/councils/" + id)
                .then().statusCode(403);
        given().auth().oauth2(AwardApi.token("district", "PGD-TAMNONG")).queryParam("unit", SCHOOL)
                .queryParam("schoolYear", YEAR).when().get("/api/v1/councils").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(id));
        given().auth().oauth2(AwardApi.token("district", "PGD-CAOLANH")).queryParam("unit", SCHOOL)
                .when().get("/api/v1/councils").then().statusCode(403);
        given().auth().oauth2(principal()).when().get("/api/v1/councils/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(principal()).when().get("/api/v1/councils/" + id + "/minutes").then().statusCode(409);
    }

    @Test
    void theAgendaComesFromEligibilityAndRefusesTheIneligible() {
        String id = create("Phòng họp");
        JsonPath filled = post(principal(), "/api/v1/councils/" + id + "/agenda/from-eligibility").statusCode(200)
                .extract().jsonPath();
        // A: LĐTT, CSTĐCS, Giấy khen; six others LĐTT; TO-KHOI-1 and the school: TTLĐTT and TTLĐXS.
        assertEquals(13, filled.getList("agenda").size());
        String a = staff.get(0).staffId().toString();
        assertEquals(List.of("LDTT", "CSTDCS", "GIAY_KHEN"),
                filled.getList("agenda.findAll { it.nomineeId == '" + a + "' }.awardCode"));
        assertEquals(List.of("TTLDTT", "TTLDXS"), filled.getList("agenda.findAll { it.nomineeId == '" + SCHOOL
                + "' }.awardCode"));
        assertEquals(SCHOOL_NAME, filled.getString("agenda.find { it.nomineeId == '" + SCHOOL + "' }.nomineeName"));
        assertTrue(filled.getList("agenda.method").stream().allMatch("OPEN"::equals));
        assertTrue(filled.getList("agenda.thresholdPercent", Float.class).stream().allMatch(t -> t == 70.0f));
        // Filling again adds nothing.
        post(principal(), "/api/v1/councils/" + id + "/agenda/from-eligibility").statusCode(200)
                .body("agenda", hasSize(13));

        String b = staff.get(1).staffId().toString();
        String other = create("Phòng họp");
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(Map.of("nomineeType", "STAFF", "nomineeId", b, "awardCode", "CSTDCS"))
                .when().post("/api/v1/councils/" + other + "/agenda").then().statusCode(422)
                .body("errors[0].field", equalTo("awardCode"));
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(Map.of("nomineeType", "STAFF", "nomineeId", UUID.randomUUID().toString(), "awardCode", "LDTT"))
                .when().post("/api/v1/councils/" + other + "/agenda").then().statusCode(422)
                .body("errors[0].field", equalTo("nomineeId"));
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(Map.of("nomineeType", "STAFF", "nomineeId", "not-a-uuid", "awardCode", "LDTT"))
                .when().post("/api/v1/councils/" + other + "/agenda").then().statusCode(400)
                .body("errors[0].field", equalTo("nomineeId"));
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(Map.of("nomineeType", "STAFF", "nomineeId", b, "awardCode", "LDTT"))
                .when().post("/api/v1/councils/" + other + "/agenda").then().statusCode(201)
                .body("method", equalTo("OPEN")).body("thresholdPercent", equalTo(70.0f));
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(Map.of("nomineeType", "STAFF", "nomineeId", b, "awardCode", "LDTT"))
                .when().post("/api/v1/councils/" + other + "/agenda").then().statusCode(409);
        // An empty agenda is not opened.
        String empty = create("Phòng họp");
        attend(empty, 7).statusCode(200);
        post(principal(), "/api/v1/councils/" + empty + "/open").statusCode(422).body("errors[0].field",
                equalTo("agenda"));
    }

    @Test
    void onlyTheSchoolsPrincipalPreparesASessionAndBadInputIsNamed() {
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).contentType(ContentType.JSON)
                .body(session("Phòng họp").replace("{\"schoolYear\"", "{\"unitCode\":\"" + SCHOOL + "\",\"schoolYear\""))
                .when().post("/api/v1/councils").then().statusCode(403);
        given().auth().oauth2(member("dinh.lv")).contentType(ContentType.JSON).body(session("Phòng họp"))
                .when().post("/api/v1/councils").then().statusCode(403);
        given().contentType(ContentType.JSON).body(session("Phòng họp")).when().post("/api/v1/councils").then()
                .statusCode(401);
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(session("Phòng họp").replace("\"chairAccount\":\"dinh.lv\"", "\"chairAccount\":\"ai.do\""))
                .when().post("/api/v1/councils").then().statusCode(400).body("errors[0].field", equalTo("chairAccount"));
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(session("Phòng họp").replace("\"schoolYear\":\"" + YEAR + "\"", "\"schoolYear\":\"2023-2025\""))
                .when().post("/api/v1/councils").then().statusCode(400).body("errors[0].field", equalTo("schoolYear"));
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body("{\"schoolYear\":\"" + YEAR + "\",\"place\":\"P\",\"members\":[],\"chairAccount\":\"a\","
                        + "\"secretaryAccount\":\"a\"}")
                .when().post("/api/v1/councils").then().statusCode(400);

        String id = create("Phòng họp");
        attend(id, 6).statusCode(200);
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(Map.of("attendance", List.of(Map.of("account", "ai.do", "present", true))))
                .when().put("/api/v1/councils/" + id + "/attendance").then().statusCode(400)
                .body("errors[0].field", equalTo("attendance[0].account"));
        // Edited while in preparation: attendance of the members kept is kept.
        given().auth().oauth2(principal()).contentType(ContentType.JSON)
                .body(session("Phòng họp số 2").replace("2024-06-01T07:30", "2024-06-02T14:00"))
                .when().put("/api/v1/councils/" + id).then().statusCode(200)
                .body("place", equalTo("Phòng họp số 2")).body("membersPresent", equalTo(6));
        given().auth().oauth2(AwardApi.token("principal", "TH-HOAAN")).contentType(ContentType.JSON)
                .body(session("Phòng họp")).when().put("/api/v1/councils/" + id).then().statusCode(404);
    }
}
