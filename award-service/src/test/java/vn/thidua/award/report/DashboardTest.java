package vn.thidua.award.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.award.AwardApi.Finalized;
import vn.thidua.award.report.ReportEvents.Nomination;
import vn.thidua.testing.ThiduaTestResource;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The dashboard page served by the service, loaded in headless Chromium (installed by
 * deploy/install-chromium.sh when missing): its bars and per-school rows show the scenario's counts.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class DashboardTest {

    static final String YEAR = "2034-2035";
    static final String LAST_YEAR = "2033-2034";
    static final String OFFICE = "PGD-TAMNONG";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Pattern BAR = Pattern.compile(
            "<rect [^>]*data-chart=\"([a-z-]+)\" data-key=\"([A-Z_]+)\" data-value=\"(\\d+)\"");
    static final Pattern SCHOOL_ROW = Pattern.compile(
            "<tr class=\"school-row\" data-unit=\"([A-Z0-9-]+)\" data-rated=\"(\\d+)\" data-awarded=\"(\\d+)\"");

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    @BeforeAll
    static void units() {
        AwardApi.units();
        AwardApi.unit("TH-TRAMCHIM1", "SCHOOL", OFFICE);
        AwardApi.unit("THCS-TRAMCHIM", "SCHOOL", OFFICE);
    }

    static void scenario() {
        UUID cycle = UUID.randomUUID();
        for (String rating : List.of("HTXS", "HTXS", "HTT")) {
            Finalized f = Finalized.of(cycle, "TH-TRAMCHIM2", YEAR, "2035-05-26T09:00:00Z").rated(rating);
            ReportEvents.sendEvaluation(f.evaluationId(), f.json());
        }
        for (String rating : List.of("HT", "HTT")) {
            Finalized f = Finalized.of(UUID.randomUUID(), "TH-TRAMCHIM1", YEAR, "2035-05-26T09:00:00Z").rated(rating);
            ReportEvents.sendEvaluation(f.evaluationId(), f.json());
        }
        Finalized last = Finalized.of(UUID.randomUUID(), "TH-TRAMCHIM2", LAST_YEAR, "2034-05-26T09:00:00Z");
        ReportEvents.sendEvaluation(last.evaluationId(), last.json());
        List<Nomination> ldtt = List.of(Nomination.staff("TH-TRAMCHIM2", YEAR, "LDTT"),
                Nomination.staff("TH-TRAMCHIM2", YEAR, "LDTT"));
        ldtt.forEach(n -> ReportEvents.sendAward(ReportEvents.nominated(n, "SCHOOL", "2035-06-02T10:00:00Z")));
        ReportEvents.sendAward(ReportEvents.decided(UUID.randomUUID(), "TH-TRAMCHIM2", YEAR, "30/QĐ-THTC2", "2035-06-06",
                ldtt, "2035-06-06T08:00:00Z"));
    }

    @Test
    void theDashboardIsServedWithoutTokenAndNeedsNothingFromTheInternet() {
        for (String file : List.of("/dashboard/", "/dashboard/dashboard.js", "/dashboard/dashboard.css")) {
            String body = given().get(file).then().statusCode(200).extract().asString();
            String withoutSvgNamespace = body.replace("http://www.w3.org/2000/svg", "");
            assertFalse(withoutSvgNamespace.contains("http://") || withoutSvgNamespace.contains("https://")
                    || withoutSvgNamespace.contains("//cdn") || withoutSvgNamespace.contains("@import"),
                    file + " must not load anything from outside the service");
        }
        given().get("/dashboard/").then().statusCode(200).body(containsString("Báo cáo thi đua"));
        given().get("/dashboard").then().statusCode(200).body(containsString("Báo cáo thi đua"));
    }

    @Test
    void headlessChromiumShowsTheBarsAndTheSchoolsOfTheScenario() throws Exception {
        AwardApi.awaitUnitTree();
        scenario();
        String token = AwardApi.token("district", OFFICE);
        await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(300)).until(() -> {
            var report = given().auth().oauth2(token).queryParam("unit", OFFICE).queryParam("schoolYear", YEAR)
                    .get("/api/v1/reports").jsonPath();
            return report.getInt("current.rated") == 5 && report.getInt("current.awarded") == 2
                    && report.getInt("previous.rated") == 1;
        });
        ensureChromium();

        String url = dashboard + "#token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&unit=" + OFFICE
                + "&year=" + YEAR;
        String dom = dumpDom(url);
        assertTrue(dom.contains("data-loaded=\"" + OFFICE + " " + YEAR + "\""), "the report was loaded:\n" + dom);

        Map<String, Map<String, Integer>> bars = new LinkedHashMap<>();
        Matcher bar = BAR.matcher(dom);
        while (bar.find()) {
            bars.computeIfAbsent(bar.group(1), chart -> new LinkedHashMap<>())
                    .put(bar.group(2), Integer.parseInt(bar.group(3)));
        }
        assertEquals(Map.of("HTXS", 2, "HTT", 2, "HT", 1, "KHT", 0, "NOT_RATED", 0), bars.get("ratings"));
        assertEquals(Map.of("HTXS", 0, "HTT", 1, "HT", 0, "KHT", 0, "NOT_RATED", 0), bars.get("ratings-previous"));
        assertEquals(2, bars.get("awards").get("LDTT"));
        assertEquals(10, bars.get("awards").size(), "a bar per title and form");
        assertEquals(2, bars.get("awards").values().stream().mapToInt(Integer::intValue).sum());

        Map<String, String> schools = new LinkedHashMap<>();
        Matcher row = SCHOOL_ROW.matcher(dom);
        while (row.find()) {
            schools.put(row.group(1), row.group(2) + "/" + row.group(3));
        }
        assertEquals(Map.of("TH-TRAMCHIM2", "3/2", "TH-TRAMCHIM1", "2/0", "THCS-TRAMCHIM", "0/0"), schools);
        assertTrue(dom.contains("<tr class=\"comparison-row\" data-key=\"HTXS\"><td>Hoàn thành xuất sắc nhiệm vụ</td>"
                + "<td>2</td><td>0</td><td class=\"up\">+2</td></tr>"), "comparison with last year:\n" + dom);
        // Titles by their Vietnamese names, not their codes (issue 12 item 6).
        assertTrue(dom.contains("<td>Lao động tiên tiến</td>"), dom);
        assertTrue(dom.contains(">Chiến sĩ thi đua cơ sở</text>"), dom);
        assertFalse(dom.contains(">LDTT<"), "no title shown by its code:\n" + dom);
    }

    @Test
    void withoutAValidTokenTheDashboardSaysWhy() throws Exception {
        ensureChromium();
        String dom = dumpDom(dashboard + "#token=not-a-token&unit=" + OFFICE + "&year=" + YEAR);
        assertTrue(dom.contains("data-error=\"401"), dom);
        assertFalse(dom.contains("data-loaded="));
    }

    /** Runs deploy/install-chromium.sh when Chromium is missing (it installs as root, else says what to run). */
    static void ensureChromium() throws IOException, InterruptedException {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        Path script = repoFile("deploy/install-chromium.sh");
        Process install = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!install.waitFor(15, TimeUnit.MINUTES) || install.exitValue() != 0 || !Files.isExecutable(CHROMIUM)) {
            fail("Chromium is needed for the dashboard test and could not be installed:\n" + output);
        }
    }

    static Path repoFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    static String dumpDom(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("thidua-chromium");
        Path stdout = Files.createTempFile("thidua-dashboard", ".html");
        Path stderr = Files.createTempFile("thidua-dashboard", ".log");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=15000", "--dump-dom", url)
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!chromium.waitFor(3, TimeUnit.MINUTES)) {
            chromium.destroyForcibly();
            fail("Chromium did not finish: " + Files.readString(stderr));
        }
        String dom = Files.readString(stdout);
        if (chromium.exitValue() != 0 || dom.isBlank()) {
            fail("Chromium exited with " + chromium.exitValue() + ": " + Files.readString(stderr));
        }
        return dom;
    }
}
