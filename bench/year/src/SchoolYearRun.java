import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Tràm Chim year: the office's plan, the school's plan (the fixture), 40 staff, their registrations,
 * the school software's bulk of ratings with leave, discipline and initiatives, eligibility, the council's
 * votes, nominations, the school's decision and the office's decision on what it decides.
 */
final class SchoolYearRun {

    /** The district office over the school until 30/06/2025. */
    static final String OFFICE = "PGD-TAMNONG";
    /** The commune over the school from 01/07/2025 (issue 11): a school year from 2025-2026 on is its to read. */
    static final String COMMUNE = "XA-TRAMCHIM";
    static final String SCHOOL = "TH-TRAMCHIM2";
    static final int STAFF = 40;

    private final Api api;
    private final Path root;

    SchoolYearRun(Api api, Path root) {
        this.api = api;
        this.root = root;
    }

    void run() throws Exception {
        Api.Caller principal = api.as("principal", SCHOOL);
        Api.Caller app = api.as("school_app", SCHOOL);
        String year = YearDemo.freeYear(api, SCHOOL, 2023);
        int y = Integer.parseInt(year.substring(0, 4));
        // Access goes by the school year's first day: the district office's years, then the commune's.
        String above = y >= 2025 ? COMMUNE : OFFICE;
        Api.Caller office = api.as("district", above);
        YearDemo.say("school year %s for %s (the first without a plan there; a second run takes the next)", year, SCHOOL);

        // 1. The office's plan, then the school's, imported from their documents and published.
        String officePlan = importAndPublish(office, above, year, root.resolve(
                "plan-service/src/test/resources/documents/ke-hoach-thi-dua-pgddt-tam-nong-2023-2024.txt"));
        YearDemo.say("1/9 office plan %s published by %s", officePlan, above);
        String schoolPlan = importAndPublish(principal, SCHOOL, year, fixture());
        YearDemo.say("2/9 school plan %s (the Tràm Chim 2 fixture) published", schoolPlan);

        // 2. Staff, then the cycle the published plan opened at evaluation-service.
        List<Staff.Person> people = Staff.of("TC2-", STAFF, y, true);
        principal.expect(principal.postText(Api.EVALUATION + "/api/v1/staff/import?unit=" + SCHOOL, Staff.csv(people),
                "text/csv"), "staff import", 200);
        String cycle = YearDemo.awaitCycle(api, SCHOOL, schoolPlan);
        Map<String, JsonNode> staff = staffByCode(principal, SCHOOL);
        YearDemo.say("3/9 %d staff imported (5 groups); cycle %s open", staff.size(), cycle);

        // 3. Registrations: each person's targets and each group's collective title, submitted.
        int registrations = 0;
        for (Staff.Person p : people) {
            String id = staff.get(p.code()).path("id").asText();
            String base = Api.EVALUATION + "/api/v1/cycles/" + cycle + "/registrations/staff/" + id;
            principal.expect(principal.put(base, Map.of("targets", p.targets())), "registration of " + p.code(), 200);
            principal.expect(principal.post(base + "/submit", Map.of()), "registration submit of " + p.code(), 200);
            registrations++;
        }
        int groups = 0;
        for (String[] group : Staff.GROUPS) {
            String base = Api.EVALUATION + "/api/v1/cycles/" + cycle + "/registrations/groups/" + group[0];
            principal.expect(principal.put(base, Map.of("targets", List.of(Map.of("kind", "TITLE", "code", "TTLDTT")))),
                    "registration of " + group[1], 200);
            principal.expect(principal.post(base + "/submit", Map.of()), "registration submit of " + group[1], 200);
            groups++;
        }
        YearDemo.say("4/9 %d personal and %d collective registrations submitted", registrations, groups);

        // 4. The year-end: the school's software posts every rating with the year's facts in one bulk.
        long t0 = System.nanoTime();
        JsonNode bulk = app.expect(app.post(Api.EVALUATION + "/api/v1/cycles/" + cycle + "/evaluations/bulk",
                Map.of("records", Staff.records(people)), Map.of("Idempotency-Key", "demo-" + cycle)), "bulk evaluations", 200)
                .body();
        Map<String, Integer> ratings = new TreeMap<>();
        people.forEach(p -> ratings.merge(p.rating(), 1, Integer::sum));
        YearDemo.say("5/9 bulk of %d evaluations: %s finalized %s; people with %s", people.size(),
                bulk.path("finalized").asText("?"), ratings, Staff.factCounts(people));

        // 5. Eligibility at award-service, from the finalized events.
        JsonNode eligibility = YearDemo.awaitEligibility(api, SCHOOL, cycle, STAFF);
        YearDemo.say("6/9 eligibility of %d staff after %d ms: %s; collectives %s", eligibility.path("staff").size(),
                (System.nanoTime() - t0) / 1_000_000, eligibleCounts(eligibility.path("staff")),
                eligibleCounts(eligibility.path("collectives")));

        // 6. The council: five members, the agenda from eligibility, every member votes.
        String[][] members = {{"Lê Văn Định", "Chủ tịch Hội đồng", "chu-tich@tc2"}, {"Trần Thị Mai", "Thư ký", "thu-ky@tc2"},
            {"Phạm Văn Tâm", "Ủy viên", "uy-vien-1@tc2"}, {"Nguyễn Thị Hồng", "Ủy viên", "uy-vien-2@tc2"},
            {"Võ Minh Trí", "Ủy viên", "uy-vien-3@tc2"}};
        List<Map<String, Object>> memberList = new ArrayList<>();
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (String[] m : members) {
            memberList.add(Map.of("name", m[0], "position", m[1], "account", m[2]));
            attendance.add(Map.of("account", m[2], "present", true));
        }
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("schoolYear", year);
        session.put("meetingAt", (y + 1) + "-05-28T07:30:00+07:00");
        session.put("place", "Phòng họp Trường Tiểu học Tràm Chim 2");
        session.put("members", memberList);
        session.put("chairAccount", members[0][2]);
        session.put("secretaryAccount", members[1][2]);
        String council = principal.expect(principal.post(Api.AWARD + "/api/v1/councils", session), "council session", 201)
                .body().path("id").asText();
        JsonNode agenda = principal.expect(principal.post(Api.AWARD + "/api/v1/councils/" + council + "/agenda/from-eligibility",
                null), "agenda from eligibility", 200).body().path("agenda");
        principal.expect(principal.put(Api.AWARD + "/api/v1/councils/" + council + "/attendance",
                Map.of("attendance", attendance)), "attendance", 200);
        principal.expect(principal.post(Api.AWARD + "/api/v1/councils/" + council + "/open", null), "open voting", 200);
        int ballots = 0;
        for (JsonNode item : agenda) {
            for (int m = 0; m < members.length; m++) {
                // One member disagrees on every third item: the tally is not unanimous, the threshold still passes.
                String choice = m == 4 && item.path("position").asInt() % 3 == 0 ? "DISAGREE" : "AGREE";
                Api.Caller member = api.as("council", SCHOOL, members[m][2]);
                member.expect(member.post(Api.AWARD + "/api/v1/councils/" + council + "/agenda/" + item.path("id").asText()
                        + "/ballots", Map.of("choice", choice)), "ballot of " + members[m][2], 204);
                ballots++;
            }
        }
        JsonNode closed = principal.expect(principal.post(Api.AWARD + "/api/v1/councils/" + council + "/close", null),
                "close the session", 200).body();
        YearDemo.say("7/9 council %s: %d agenda items, %d ballots, %d proposed", council, agenda.size(), ballots,
                closed.path("proposed").size());

        // 7. Nominations of what the council proposed; the school decides its own, submits the rest to the office.
        Map<String, List<String>> byDecider = new LinkedHashMap<>();
        Map<String, String> awardOf = new HashMap<>();
        for (JsonNode item : closed.path("proposed")) {
            Map<String, Object> nomination = new LinkedHashMap<>();
            nomination.put("unitCode", SCHOOL);
            nomination.put("schoolYear", year);
            nomination.put("nomineeType", item.path("nomineeType").asText());
            nomination.put("nomineeId", item.path("nomineeId").asText());
            nomination.put("nomineeName", item.path("nomineeName").asText());
            nomination.put("awardCode", item.path("awardCode").asText());
            nomination.put("achievementSummary", "Hoàn thành xuất sắc nhiệm vụ năm học " + year);
            nomination.put("evidence", List.of());
            nomination.put("councilSessionId", council);
            JsonNode created = principal.expect(principal.post(Api.AWARD + "/api/v1/nominations", nomination),
                    "nomination of " + item.path("nomineeName").asText() + " for " + item.path("awardCode").asText(), 201)
                    .body();
            byDecider.computeIfAbsent(created.path("deciderUnitCode").asText("?"), k -> new ArrayList<>())
                    .add(created.path("id").asText());
            awardOf.put(created.path("id").asText(), item.path("awardCode").asText());
        }
        YearDemo.say("8/9 %d nominations; deciding units %s", awardOf.size(), counts(byDecider));

        List<String> decisions = new ArrayList<>();
        List<String> own = byDecider.getOrDefault(SCHOOL, List.of());
        if (!own.isEmpty()) {
            String number = "15/QĐ-THTC2-" + year;
            principal.expect(principal.post(Api.AWARD + "/api/v1/nominations/decide", Map.of("decisionNumber", number,
                    "decisionDate", (y + 1) + "-06-05", "signer", "Lê Văn Định, Hiệu trưởng", "nominationIds", own)),
                    "the school's decision", 201);
            decisions.add(number + " (" + own.size() + " " + awards(own, awardOf) + ")");
        }
        // Routed to the district office (council before 01/07/2025) or the commune; submitted today, the dossier goes
        // to the authority of the day it is received, which decides it.
        List<String> toOffice = new ArrayList<>(byDecider.getOrDefault(OFFICE, List.of()));
        toOffice.addAll(byDecider.getOrDefault(COMMUNE, List.of()));
        if (!toOffice.isEmpty()) {
            String receiver = principal.expect(principal.post(Api.AWARD + "/api/v1/nominations/submit", Map.of("nominationIds",
                    toOffice, "documentNumber", "16/TTr-THTC2-" + year, "signer", "Lê Văn Định, Hiệu trưởng")),
                    "submission to the office", 201).body().path("toUnitCode").asText();
            Api.Caller decider = api.as("district", receiver);
            for (String id : toOffice) {
                decider.expect(decider.post(Api.AWARD + "/api/v1/nominations/" + id + "/approve", null), "office approval", 200);
            }
            boolean commune = COMMUNE.equals(receiver);
            String number = (commune ? "210/QĐ-UBND-" : "210/QĐ-PGDĐT-") + year;
            decider.expect(decider.post(Api.AWARD + "/api/v1/nominations/decide", Map.of("decisionNumber", number,
                    "decisionDate", (y + 1) + "-06-20", "signer", commune ? "Chủ tịch UBND xã Tràm Chim"
                            : "Trưởng phòng Phòng GD&ĐT huyện Tam Nông", "nominationIds", toOffice)),
                    "the office's decision", 201);
            decisions.add(number + " (" + toOffice.size() + " " + awards(toOffice, awardOf) + ")");
        }
        List<String> higher = new ArrayList<>();
        byDecider.forEach((unit, ids) -> {
            if (!unit.equals(SCHOOL) && !unit.equals(OFFICE) && !unit.equals(COMMUNE)) {
                higher.add(ids.size() + " for " + unit);
            }
        });
        YearDemo.say("9/9 decisions: %s%s", decisions.isEmpty() ? "none" : String.join(", ", decisions),
                higher.isEmpty() ? "" : "; above the office, not decided here: " + String.join(", ", higher));
        int decidedItems = own.size() + toOffice.size();
        JsonNode report = YearDemo.awaitReport(api, above, SCHOOL, year, STAFF, decidedItems);
        YearDemo.say("office report for %s %s: ratings %s, awards %s", SCHOOL, year, report.path("current").path("ratings"),
                report.path("current").path("awards"));
        YearDemo.say("done: %d HTTP calls", api.calls.get());
    }

    private Path fixture() {
        Path shared = root.resolveSibling("shared/fixtures/ke-hoach-thi-dua-2023-tram-chim-2.txt");
        return Files.exists(shared) ? shared
                : root.resolve("plan-service/src/test/resources/documents/ke-hoach-thi-dua-2023-tram-chim-2.txt");
    }

    /** Imports a plan document as a draft for {@code unit} and {@code year}, then publishes it. */
    static String importAndPublish(Api.Caller caller, String unit, String year, Path document) throws IOException {
        String url = Api.PLAN + "/api/v1/plans/import?unit=" + unit + "&schoolYear=" + year + "&fileName="
                + URLEncoder.encode(document.getFileName().toString(), StandardCharsets.UTF_8);
        JsonNode imported = caller.expect(caller.postText(url, Files.readString(document), "text/plain"),
                "plan import of " + document.getFileName(), 201).body();
        String id = imported.path("plan").path("id").asText();
        caller.expect(caller.post(Api.PLAN + "/api/v1/plans/" + id + "/publish", null), "plan publish", 200);
        return id;
    }

    static Map<String, JsonNode> staffByCode(Api.Caller caller, String unit) {
        Map<String, JsonNode> byCode = new HashMap<>();
        for (JsonNode s : caller.expect(caller.get(Api.EVALUATION + "/api/v1/staff?size=500&unit=" + unit), "staff list", 200)
                .body()) {
            byCode.put(s.path("code").asText(), s);
        }
        return byCode;
    }

    static Map<String, Integer> eligibleCounts(JsonNode rows) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode row : rows) {
            if (row.path("eligible").isEmpty()) {
                counts.merge("none", 1, Integer::sum);
            }
            row.path("eligible").forEach(t -> counts.merge(t.asText(), 1, Integer::sum));
        }
        return counts;
    }

    private static Map<String, Integer> counts(Map<String, List<String>> byDecider) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byDecider.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    private static String awards(List<String> ids, Map<String, String> awardOf) {
        Map<String, Integer> counts = new TreeMap<>();
        ids.forEach(id -> counts.merge(awardOf.get(id), 1, Integer::sum));
        return counts.toString();
    }
}
