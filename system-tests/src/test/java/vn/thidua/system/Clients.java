package vn.thidua.system;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.thidua.client.award.api.CouncilsApi;
import vn.thidua.client.award.api.EligibilityApi;
import vn.thidua.client.award.api.NominationsApi;
import vn.thidua.client.award.api.ReportsApi;
import vn.thidua.client.award.api.SubmissionsApi;
import vn.thidua.client.evaluation.api.CyclesApi;
import vn.thidua.client.evaluation.api.StaffApi;
import vn.thidua.client.plan.api.PlansApi;
import vn.thidua.client.plan.api.UnitsApi;
import vn.thidua.testing.TestTokens;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One caller's generated clients (module clients/) for the three running services: every call the system tests
 * make to the services' API goes through them, as an outside system's would. Answers are read strictly: a field
 * the document does not declare, or an enum value it does not list, fails the call (the generator's default mapper
 * ignores both), so a document that does not describe what the service sends fails the test.
 */
final class Clients {

    private static final Map<String, Clients> CACHE = new ConcurrentHashMap<>();

    final PlansApi plans;
    final UnitsApi units;
    final CyclesApi cycles;
    final StaffApi staff;
    final EligibilityApi eligibility;
    final CouncilsApi councils;
    final NominationsApi nominations;
    final ReportsApi reports;
    final SubmissionsApi submissions;

    private Clients(Function<String, String> base, String token) {
        Consumer<HttpRequest.Builder> bearer = token == null ? null
                : request -> request.header("Authorization", "Bearer " + token);
        var plan = new vn.thidua.client.plan.ApiClient(http(), strict(
                vn.thidua.client.plan.ApiClient.createDefaultObjectMapper()), base.apply("plan")).setRequestInterceptor(bearer);
        var evaluation = new vn.thidua.client.evaluation.ApiClient(http(), strict(
                vn.thidua.client.evaluation.ApiClient.createDefaultObjectMapper()), base.apply("evaluation"))
                .setRequestInterceptor(bearer);
        var award = new vn.thidua.client.award.ApiClient(http(), strict(
                vn.thidua.client.award.ApiClient.createDefaultObjectMapper()), base.apply("award")).setRequestInterceptor(bearer);
        plans = new PlansApi(plan);
        units = new UnitsApi(plan);
        cycles = new CyclesApi(evaluation);
        staff = new StaffApi(evaluation);
        eligibility = new EligibilityApi(award);
        councils = new CouncilsApi(award);
        nominations = new NominationsApi(award);
        reports = new ReportsApi(award);
        submissions = new SubmissionsApi(award);
    }

    /** The clients of "user@unit" with one role, made once per caller (each holds its HTTP clients). */
    static Clients as(String role, String unit) {
        return of("user@" + unit, Set.of(role), unit);
    }

    static Clients of(String upn, Set<String> roles, String unit) {
        return CACHE.computeIfAbsent(upn + "|" + roles + "|" + unit,
                key -> new Clients(TramChimSliceIT::base, TestTokens.token(upn, roles, unit)));
    }

    /** No Authorization header at all. */
    static Clients anonymous() {
        return CACHE.computeIfAbsent("", key -> new Clients(TramChimSliceIT::base, null));
    }

    /** Clients sending {@code token} (from any issuer) to the services at {@code base} ("plan" → its base URL). */
    static Clients bearer(Function<String, String> base, String token) {
        return new Clients(base, token);
    }

    private static HttpClient.Builder http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
    }

    private static ObjectMapper strict(ObjectMapper generated) {
        return generated.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** The status of a call the generated client refused (its ApiException), or 200 when it succeeded. */
    static int statusOf(Call call) throws Exception {
        return failureOf(call).status();
    }

    /** A refused call's status, Content-Type and body (a problem document); (200, null, null) on success. */
    record Failure(int status, String contentType, String body) {
    }

    static Failure failureOf(Call call) throws Exception {
        try {
            call.run();
            return new Failure(200, null, null);
        } catch (vn.thidua.client.plan.ApiException e) {
            return new Failure(e.getCode(), contentType(e.getResponseHeaders()), e.getResponseBody());
        } catch (vn.thidua.client.evaluation.ApiException e) {
            return new Failure(e.getCode(), contentType(e.getResponseHeaders()), e.getResponseBody());
        } catch (vn.thidua.client.award.ApiException e) {
            return new Failure(e.getCode(), contentType(e.getResponseHeaders()), e.getResponseBody());
        }
    }

    private static String contentType(java.net.http.HttpHeaders headers) {
        return headers == null ? null : headers.firstValue("Content-Type").orElse(null);
    }

    interface Call {
        void run() throws Exception;
    }
}
