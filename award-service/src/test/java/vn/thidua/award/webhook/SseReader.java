package vn.thidua.award.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** A plain Server-Sent Events client over the JDK's HTTP client: events as the wire has them. */
final class SseReader implements AutoCloseable {

    record Event(String id, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpResponse<Stream<String>> response;
    private final Iterator<String> lines;
    private final List<String> comments = new ArrayList<>();
    private boolean ended;

    private SseReader(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.lines = response.body().iterator();
    }

    static SseReader open(URI uri, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseReader(HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("content-type").orElse("");
    }

    /** The body of a non-stream answer (a problem). */
    String body() {
        StringBuilder body = new StringBuilder();
        lines.forEachRemaining(line -> body.append(line).append('\n'));
        return body.toString();
    }

    List<String> comments() {
        return comments;
    }

    boolean ended() {
        return ended;
    }

    /**
     * The next event, or null when the stream ended or {@code wait} passed (checked between lines; the feed's
     * keep-alive comments keep lines coming).
     */
    Event next(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        String id = null;
        StringBuilder data = null;
        while (System.nanoTime() < deadline) {
            if (!lines.hasNext()) {
                ended = true;
                return null;
            }
            String line = lines.next();
            if (line.isEmpty()) {
                if (data != null) {
                    return new Event(id, data.toString());
                }
                id = null;
            } else if (line.startsWith(":")) {
                comments.add(line.substring(1).strip());
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                String value = line.substring(5);
                value = value.startsWith(" ") ? value.substring(1) : value;
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return null;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
