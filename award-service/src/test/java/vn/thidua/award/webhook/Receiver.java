package vn.thidua.award.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/** A webhook receiver on 127.0.0.1 (the JDK's HTTP server): records every request, answers as told per path. */
final class Receiver implements AutoCloseable {

    record Request(String path, String id, String timestamp, String signature, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, IntSupplier> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> failing = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    exchange.getRequestHeaders().getFirst("content-type"), body));
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            int status;
            if (failing.containsKey(path)) {
                int call = calls.computeIfAbsent(path + " " + id, k -> new AtomicInteger()).incrementAndGet();
                status = call <= failing.get(path) ? 500 : 200;
            } else {
                status = answers.getOrDefault(path, () -> 204).getAsInt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers {@code status} at {@code path}. */
    void answer(String path, int status) {
        answers.put(path, () -> status);
    }

    /** Answers 500 the first {@code failures} times at {@code path} for each webhook-id, then 200. */
    void failFirst(String path, int failures) {
        failing.put(path, failures);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> received(String path, String eventId) {
        return requests.stream().filter(r -> r.path().equals(path) && eventId.equals(r.id())).toList();
    }

    List<Request> received(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
