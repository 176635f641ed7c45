package io.parcelport.adapter.trackingmore;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A local HTTP server on 127.0.0.1 (random port) that records each request and answers from a script. */
final class ReplayServer implements AutoCloseable {

    /** One recorded request. */
    record Request(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** One scripted answer. */
    record Answer(int status, Map<String, String> headers, byte[] body, long stallMillis, long repeatBytes) {
        static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"),
                    body.getBytes(StandardCharsets.UTF_8), 0, 0);
        }

        static Answer ok(String body) {
            return json(200, body);
        }

        Answer withHeader(String name, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Answer(status, Map.copyOf(h), body, stallMillis, repeatBytes);
        }

        Answer stalling(long millis) {
            return new Answer(status, headers, body, millis, repeatBytes);
        }

        /** A body of {@code bytes} bytes, streamed in chunks without a Content-Length. */
        static Answer huge(long bytes) {
            return new Answer(200, Map.of("Content-Type", "application/json"), new byte[0], 0, bytes);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger mostInFlight =
            new java.util.concurrent.atomic.AtomicInteger();
    private Answer fallback = Answer.json(599, "{\"meta\":{\"code\":599,\"message\":\"no answer scripted\"}}");

    ReplayServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v2";
    }

    synchronized ReplayServer answer(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    synchronized ReplayServer answerAlways(Answer answer) {
        fallback = answer;
        return this;
    }

    synchronized ReplayServer answerOk(String body) {
        return answer(Answer.ok(body));
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized Request onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size() + ": " + requests);
        }
        return requests.get(0);
    }

    /** The most requests this server was answering at the same moment. */
    int mostInFlight() {
        return mostInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            reply(exchange);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void reply(HttpExchange exchange) throws IOException {
        byte[] in;
        try (InputStream body = exchange.getRequestBody()) {
            in = body.readAllBytes();
        }
        Answer answer;
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(in, StandardCharsets.UTF_8)));
            answer = Objects.requireNonNullElse(script.poll(), fallback);
        }
        try {
            if (answer.stallMillis() > 0) {
                Thread.sleep(answer.stallMillis());
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (answer.repeatBytes() > 0) {
                exchange.sendResponseHeaders(answer.status(), 0);
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                chunk[0] = '[';
                try (OutputStream out = exchange.getResponseBody()) {
                    for (long sent = 0; sent < answer.repeatBytes(); sent += chunk.length) {
                        out.write(chunk);
                        chunk[0] = ' ';
                    }
                } catch (IOException clientWentAway) {
                    // expected: the client refuses the body and drops the connection
                }
            } else {
                exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // the client timed out
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
