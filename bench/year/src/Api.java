import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stack's HTTP APIs as a school's software calls them: a bearer token from {@code ./stack token} per role,
 * unit and user, JSON in and out. A failed call stops the run with the answer and what to do next.
 */
final class Api {

    static final String PLAN = "http://127.0.0.1:8081";
    static final String EVALUATION = "http://127.0.0.1:8082";
    static final String AWARD = "http://127.0.0.1:8083";

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path stack;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    final AtomicLong calls = new AtomicLong();
    /** Calls retried because a service was down or not ready ({@code --retry-down}). */
    final AtomicLong retried = new AtomicLong();
    /** Seconds a call keeps retrying while its service is down (0: fail at once). */
    static volatile int retryDownSeconds;

    Api(Path root) {
        this.stack = root.resolve("stack");
    }

    /** The answer of one call: status, body as JSON (null when empty or not JSON) and headers. */
    record Answer(int status, JsonNode body, String text, HttpResponse<String> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /** Fails with the stack's health when a service does not answer (after {@code --retry-down} seconds). */
    void requireRunning() {
        long until = System.nanoTime() + retryDownSeconds * 1_000_000_000L;
        while (true) {
            try {
                requireRunningOnce();
                return;
            } catch (DemoFailure e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void requireRunningOnce() {
        for (String base : new String[] {PLAN, EVALUATION, AWARD}) {
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    throw new DemoFailure(base + " is not ready (" + r.statusCode() + "): ./stack status, ./stack logs SERVICE");
                }
            } catch (IOException e) {
                throw new DemoFailure("stack not running (" + base + " does not answer): ./stack up");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted");
            }
        }
    }

    String token(String role, String unit, String user) {
        return tokens.computeIfAbsent(role + "|" + unit + "|" + user, k -> {
            try {
                ProcessBuilder pb = user == null
                        ? new ProcessBuilder(stack.toString(), "token", "--role", role, "--unit", unit)
                        : new ProcessBuilder(stack.toString(), "token", "--role", role, "--unit", unit, "--user", user);
                Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() != 0 || out.isEmpty()) {
                    throw new DemoFailure("./stack token --role " + role + " --unit " + unit + " failed: run it by hand to see why");
                }
                return out;
            } catch (IOException e) {
                throw new DemoFailure("cannot run " + stack + " token: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted");
            }
        });
    }

    /** A caller: one role at one unit (and optionally one account, for council members). */
    Caller as(String role, String unit) {
        return new Caller(role, unit, null);
    }

    Caller as(String role, String unit, String user) {
        return new Caller(role, unit, user);
    }

    final class Caller {
        private final String role;
        private final String unit;
        private final String user;

        Caller(String role, String unit, String user) {
            this.role = role;
            this.unit = unit;
            this.user = user;
        }

        Answer get(String url) {
            return send("GET", url, null, null, Map.of());
        }

        Answer post(String url, Object json) {
            return send("POST", url, json == null ? null : write(json), "application/json", Map.of());
        }

        Answer post(String url, Object json, Map<String, String> headers) {
            return send("POST", url, write(json), "application/json", headers);
        }

        Answer put(String url, Object json) {
            return send("PUT", url, write(json), "application/json", Map.of());
        }

        Answer postText(String url, String body, String contentType) {
            return send("POST", url, body, contentType, Map.of());
        }

        /** The call, which must answer one of {@code expected}; else the run stops naming the call and the answer. */
        Answer expect(Answer answer, String what, int... expected) {
            for (int code : expected) {
                if (answer.status() == code) {
                    return answer;
                }
            }
            throw new DemoFailure(what + " (" + role + "@" + unit + "): HTTP " + answer.status() + " "
                    + abbreviate(answer.text()) + hint(answer.status()));
        }

        private Answer send(String method, String url, String body, String contentType, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + token(role, unit, user)).header("Accept", "application/json");
            headers.forEach(request::header);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", contentType + "; charset=UTF-8")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            }
            long retryUntil = System.nanoTime() + retryDownSeconds * 1_000_000_000L;
            while (retryDownSeconds > 0) {
                // While a service is killed and restarted (bench/recovery), calls wait for it as a school app
                // retries: refused, reset or 503 (not ready yet). A bulk carries its Idempotency-Key.
                try {
                    calls.incrementAndGet();
                    HttpResponse<String> r = HTTP.send(request.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (r.statusCode() != 503 || System.nanoTime() > retryUntil) {
                        return new Answer(r.statusCode(), parse(r.body()), r.body(), r);
                    }
                } catch (IOException e) {
                    if (System.nanoTime() > retryUntil) {
                        throw new DemoFailure(method + " " + url + ": " + e + " for " + retryDownSeconds + " s");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DemoFailure("interrupted");
                }
                retried.incrementAndGet();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DemoFailure("interrupted");
                }
            }
            try {
                calls.incrementAndGet();
                HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(r.statusCode(), parse(r.body()), r.body(), r);
            } catch (ConnectException e) {
                throw new DemoFailure("stack not running (" + url + " refused the connection): ./stack up, then ./stack demo again");
            } catch (IOException e) {
                throw new DemoFailure(method + " " + url + ": " + e + " — is the stack healthy? ./stack status");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted");
            }
        }
    }

    private static String hint(int status) {
        return switch (status) {
            case 401 -> " — the services do not accept ./stack token's tokens: was the stack started with --idp keycloak? "
                    + "./stack down && ./stack up";
            case 403 -> " — a role or unit the service refuses (a bug in the demo, or a changed access rule)";
            case 500, 502, 503 -> " — see ./stack logs plan-service|evaluation-service|award-service";
            default -> "";
        };
    }

    static String write(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 4000 ? text.substring(0, 4000) + "…" : text;
    }

    /** A step that cannot go on; its message says what to do next. */
    static final class DemoFailure extends RuntimeException {
        DemoFailure(String message) {
            super(message);
        }
    }
}
