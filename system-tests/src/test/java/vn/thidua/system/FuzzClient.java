package vn.thidua.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Sends a {@link FuzzRequest} as it is (raw bytes, percent-encoding kept) and judges the answer. */
final class FuzzClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Answer(int status, String contentType, String body) {
        boolean rejected() {
            return status >= 400 && status < 500;
        }

        boolean success() {
            return status >= 200 && status < 300;
        }
    }

    /** The answer, or a status of -1 with the exception's text when the server gave none. */
    Answer send(String base, FuzzRequest request) throws InterruptedException {
        HttpRequest.BodyPublisher body;
        if (request.body() == null) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (request.chunked()) {
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()));
        } else {
            body = HttpRequest.BodyPublishers.ofByteArray(request.body());
        }
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery())).timeout(Duration.ofSeconds(90))
                    .method(request.method(), body);
        } catch (IllegalArgumentException e) {
            return new Answer(-2, null, "the client could not form the request: " + e.getMessage());
        }
        request.headers().forEach(builder::header);
        try {
            HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            try (InputStream in = response.body()) {
                // An accepted event stream (GET /api/v1/events) never ends by itself: its status and type are the answer.
                if (contentType != null && contentType.startsWith("text/event-stream") && response.statusCode() < 300) {
                    return new Answer(response.statusCode(), contentType, "");
                }
                return new Answer(response.statusCode(), contentType, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return new Answer(-1, null, e.toString());
        }
    }

    /** Why a rejection's body is not a usable problem, or empty when it is one. */
    static Optional<String> problemFault(Answer answer) {
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return Optional.of("Content-Type " + answer.contentType());
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            return Optional.of("body is not JSON: " + abbreviate(answer.body()));
        }
        if (problem == null || problem.path("status").asInt() != answer.status() || !problem.hasNonNull("title")) {
            return Optional.of("no status/title: " + abbreviate(answer.body()));
        }
        if (answer.body().contains("java.") || answer.body().contains("vn.thidua.") || answer.body().contains("jakarta.")) {
            return Optional.of("names a Java type: " + abbreviate(answer.body()));
        }
        return Optional.empty();
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
