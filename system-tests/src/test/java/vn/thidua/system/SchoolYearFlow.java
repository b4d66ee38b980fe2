package vn.thidua.system;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.thidua.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * One school's year through the three services, step by step, each write retried as a client retries it while a
 * service or the database is down (a connection refused, a 5xx): the bulk posts with their Idempotency-Key, so a
 * retry of a post that was applied is answered from the key, never applied twice.
 */
final class SchoolYearFlow {

    static final String YEAR = "2022-2023";
    static final Duration OUTAGE = Duration.ofSeconds(240);

    private final ThreeServices system;
    final String school;
    final int staffCount;
    String cycleId;
    final Map<String, String> staffIds = new HashMap<>();
    String councilId;
    String itemId;
    String nominationId;
    String decisionId;

    SchoolYearFlow(ThreeServices system, String school, int staffCount) {
        this.system = system;
        this.school = school;
        this.staffCount = staffCount;
    }

    private RequestSpecification principal() {
        return given().auth().oauth2(TestTokens.token("principal", school));
    }

    /** Until the call answers below 500: a refused connection or a 5xx is an outage, retried each second. */
    static Response retrying(Supplier<Response> call) {
        long deadline = System.nanoTime() + OUTAGE.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                Response response = call.get();
                if (response.statusCode() < 500) {
                    return response;
                }
                last = new IllegalStateException(response.statusCode() + " " + response.asString());
            } catch (RuntimeException e) {
                last = e; // connection refused or reset while the service restarts
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No answer below 500 within " + OUTAGE, last);
    }

    static Response expect(int status, Response response) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + ", got " + response.statusCode() + ": " + response.asString());
        }
        return response;
    }

    void planAndStaff() {
        String planId = expect(201, retrying(() -> principal().contentType(ContentType.JSON)
                .body(Map.of("unitCode", school, "schoolYear", YEAR, "document", Map.of("kind", "KẾ HOẠCH",
                        "title", "Kế hoạch thi đua năm học " + YEAR, "contents", List.of(
                                Map.of("number", "1", "text", "Dạy tốt, học tốt")))))
                .post(system.base("plan") + "/api/v1/plans"))).path("id");
        expect(200, retrying(() -> principal().post(system.base("plan") + "/api/v1/plans/{id}/publish", planId)));
        StringBuilder csv = new StringBuilder("Mã CB;Họ và tên;Giới tính;Chức vụ;Tổ chuyên môn;Loại hợp đồng;Ngày vào ngành\n");
        for (int i = 1; i <= staffCount; i++) {
            csv.append(code(i)).append(";Giáo viên số ").append(i).append(";Nữ;Giáo viên;Tổ 1;Viên chức;01/09/2005\n");
        }
        expect(200, retrying(() -> principal().contentType("text/csv; charset=UTF-8").queryParam("unit", school)
                .body(csv.toString().getBytes(StandardCharsets.UTF_8)).post(system.base("evaluation") + "/api/v1/staff/import")));
        await().atMost(OUTAGE).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response cycles = principal().get(system.base("evaluation") + "/api/v1/cycles?unit=" + school);
            cycleId = cycles.statusCode() == 200 ? cycles.path("find { it.planId == '" + planId + "' }.id") : null;
            return cycleId != null;
        });
        expect(200, principal().queryParam("unit", school).queryParam("size", 500)
                .get(system.base("evaluation") + "/api/v1/staff")).jsonPath().<Map<String, String>>getList("")
                .forEach(s -> staffIds.put(s.get("code"), s.get("id")));
    }

    static String code(int i) {
        return String.format("GV%03d", i);
    }

    /** Batch {@code batch} of {@code batches}: its staff finalized by the school's software, with its own key. */
    void bulk(int batch, int batches) {
        int size = staffCount / batches;
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = batch * size + 1; i <= (batch + 1) * size; i++) {
            records.add(Map.of("staffCode", code(i), "rating", i % 10 == 0 ? "HTXS" : i % 7 == 0 ? "HT" : "HTT"));
        }
        expect(200, retrying(() -> given().auth().oauth2(TestTokens.token("school_app", school))
                .contentType(ContentType.JSON).header("Idempotency-Key", school + "-batch-" + batch)
                .body(Map.of("records", records))
                .post(system.base("evaluation") + "/api/v1/cycles/" + cycleId + "/evaluations/bulk")));
    }

    void awaitEligibility() {
        await().atMost(OUTAGE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Response response = principal().queryParam("cycle", cycleId).get(system.base("award") + "/api/v1/eligibility");
            return response.statusCode() == 200 && response.jsonPath().getList("[0].staff").size() == staffCount;
        });
    }

    private static final String[] MEMBERS = {"chu-tich", "thu-ky", "uy-vien"};

    private String account(int i) {
        return MEMBERS[i] + "@" + school;
    }

    void council() {
        councilId = expect(201, retrying(() -> principal().contentType(ContentType.JSON).body(Map.of("schoolYear", YEAR,
                "meetingAt", "2023-05-30T07:30:00+07:00", "place", "Phòng họp", "members", List.of(
                        Map.of("name", "Lê Văn Định", "position", "Chủ tịch Hội đồng", "account", account(0)),
                        Map.of("name", "Trần Thị Mai", "position", "Thư ký", "account", account(1)),
                        Map.of("name", "Phạm Văn Tâm", "position", "Ủy viên", "account", account(2))),
                "chairAccount", account(0), "secretaryAccount", account(1)))
                .post(system.base("award") + "/api/v1/councils"))).path("id");
        itemId = expect(201, retrying(() -> principal().contentType(ContentType.JSON).body(Map.of("nomineeType", "STAFF",
                "nomineeId", staffIds.get(code(1)), "nomineeName", "Giáo viên số 1", "awardCode", "LDTT", "method", "OPEN"))
                .post(system.base("award") + "/api/v1/councils/" + councilId + "/agenda"))).path("id");
        expect(200, retrying(() -> principal().contentType(ContentType.JSON).body(Map.of("attendance", List.of(
                Map.of("account", account(0), "present", true), Map.of("account", account(1), "present", true),
                Map.of("account", account(2), "present", true))))
                .put(system.base("award") + "/api/v1/councils/" + councilId + "/attendance")));
        expect(200, retrying(() -> principal().post(system.base("award") + "/api/v1/councils/" + councilId + "/open")));
    }

    void ballots() {
        for (int i = 0; i < MEMBERS.length; i++) {
            String member = account(i);
            expect(204, retrying(() -> given().auth().oauth2(TestTokens.token(member, Set.of("council"), school))
                    .contentType(ContentType.JSON).body(Map.of("choice", "AGREE"))
                    .post(system.base("award") + "/api/v1/councils/" + councilId + "/agenda/" + itemId + "/ballots")));
        }
        expect(200, retrying(() -> principal().post(system.base("award") + "/api/v1/councils/" + councilId + "/close")));
    }

    void nominate() {
        nominationId = expect(201, retrying(() -> principal().contentType(ContentType.JSON).body(Map.of("unitCode", school,
                "schoolYear", YEAR, "nomineeType", "STAFF", "nomineeId", staffIds.get(code(1)), "nomineeName",
                "Giáo viên số 1", "awardCode", "LDTT", "achievementSummary", "Hoàn thành tốt nhiệm vụ", "evidence", List.of()))
                .post(system.base("award") + "/api/v1/nominations"))).path("id");
    }

    void decide() {
        decisionId = expect(201, retrying(() -> principal().contentType(ContentType.JSON).body(Map.of("decisionNumber",
                "12/QĐ-" + school, "decisionDate", "2023-06-06", "signer", "Lê Văn Định, Hiệu trưởng",
                "nominationIds", List.of(nominationId))).post(system.base("award") + "/api/v1/nominations/decide"))).path("id");
    }

    /** The office's report of the school, from the reporting consumer's read model. */
    Map<String, Object> report() {
        return expect(200, given().auth().oauth2(TestTokens.token("district", "PGD-TAMNONG")).queryParam("unit", school)
                .queryParam("schoolYear", YEAR).get(system.base("award") + "/api/v1/reports")).jsonPath().getMap("current");
    }

    /** Staff code → titles eligible for, as award-service computed them. */
    Map<String, List<String>> eligibility() {
        Map<String, String> codes = new HashMap<>();
        staffIds.forEach((code, id) -> codes.put(id, code));
        Map<String, List<String>> titles = new java.util.TreeMap<>();
        expect(200, principal().queryParam("cycle", cycleId).get(system.base("award") + "/api/v1/eligibility"))
                .jsonPath().<Map<String, Object>>getList("[0].staff").forEach(s -> titles.put(codes.get((String) s.get("staffId")),
                        (List<String>) s.get("eligible")));
        return titles;
    }
}
