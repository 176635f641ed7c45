package io.parcelport.cli.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 in front of an emulator, spoiling a seeded share of answers in the ways
 * an HTTP library cannot be made to: resets mid-body, bodies trickled a byte at a time, answers spoiled after the
 * emulator processed the request, truncated JSON, HTML 502 pages, a huge {@code Retry-After}, JSON nested past any
 * parser's limit. One request per connection ({@code Connection: close}), so each fault is cleanly its own.
 *
 * <p>It counts, per non-idempotent operation and shipment key, the requests the emulator <em>processed</em> (forwarded
 * and not answered 429), so that a test can prove no such request was repeated.
 */
final class FaultServer implements AutoCloseable {

    /** How one answer is spoiled; {@code forwards} says whether the emulator sees (and processes) the request. */
    enum Fault {
        NONE(true), RESET_BEFORE(false), RESET_MID_BODY(true), TRICKLE(true), UNAVAILABLE_AFTER(true),
        TRUNCATED_JSON(true), HTML_502(true), HUGE_RETRY_AFTER(false), DEEP_JSON(true);

        final boolean forwards;

        Fault(boolean forwards) {
            this.forwards = forwards;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\"tracking_number\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern CARRIER = Pattern.compile("\"carrier_code\"\\s*:\\s*\"([^\"]*)\"");

    private final ServerSocket socket;
    private final URI target;
    private final double faultShare;
    private final Random random;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<Fault, AtomicLong> faults = new EnumMap<>(Fault.class);
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> processedUnsafe = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param target the emulator's base URI ({@code http://127.0.0.1:PORT/v2})
     * @param faultShare the share of requests spoiled, each kind equally likely
     * @param seed the seed of every choice
     */
    FaultServer(URI target, double faultShare, long seed) throws IOException {
        this.target = target;
        this.faultShare = faultShare;
        this.random = new Random(seed);
        for (Fault f : Fault.values()) {
            faults.put(f, new AtomicLong());
        }
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        workers.execute(this::accept);
    }

    String baseUri() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v2";
    }

    long requests() {
        return requests.get();
    }

    Map<Fault, Long> faults() {
        Map<Fault, Long> out = new EnumMap<>(Fault.class);
        faults.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Processed requests per "operation key" of the non-idempotent operations (change carrier, air cargo). */
    Map<String, Long> processedUnsafe() {
        Map<String, Long> out = new java.util.TreeMap<>();
        processedUnsafe.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = socket.accept();
                Fault fault = draw();
                workers.execute(() -> serve(client, fault));
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    // Drawn in the order connections arrive; a campaign that calls from one thread meets the same faults each run.
    private synchronized Fault draw() {
        if (random.nextDouble() >= faultShare) {
            return Fault.NONE;
        }
        Fault[] kinds = Fault.values();
        return kinds[1 + random.nextInt(kinds.length - 1)];
    }

    private void serve(Socket client, Fault fault) {
        try (client) {
            client.setSoTimeout(10_000);
            Request request = Request.read(client.getInputStream());
            requests.incrementAndGet();
            faults.get(fault).incrementAndGet();
            OutputStream out = client.getOutputStream();
            if (!fault.forwards) {
                if (fault == Fault.RESET_BEFORE) {
                    reset(client);
                } else {
                    write(out, 429, "application/json", "Retry-After: 999999999\r\n",
                            "{\"meta\":{\"code\":429,\"message\":\"Exceeded API limits.\"},\"data\":[]}"
                                    .getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            Answer answer = forward(request);
            if (answer.status != 429) {
                countUnsafe(request);
            }
            switch (fault) {
                case NONE -> write(out, answer.status, answer.contentType, answer.retryAfter, answer.body);
                case RESET_MID_BODY -> {
                    String head = "HTTP/1.1 " + answer.status + " X\r\nContent-Type: " + answer.contentType
                            + "\r\nContent-Length: " + answer.body.length + "\r\nConnection: close\r\n\r\n";
                    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                    out.write(answer.body, 0, answer.body.length / 2);
                    out.flush();
                    reset(client);
                }
                case TRICKLE -> {
                    String head = "HTTP/1.1 " + answer.status + " X\r\nContent-Type: " + answer.contentType
                            + "\r\nContent-Length: " + answer.body.length + "\r\nConnection: close\r\n\r\n";
                    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    // One byte every 150 ms: never long enough for a read timeout, far longer than any deadline.
                    for (byte b : answer.body) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(150);
                    }
                }
                case UNAVAILABLE_AFTER -> write(out, 503, "application/json", "",
                        "{\"meta\":{\"code\":503,\"message\":\"Service Unavailable\"},\"data\":[]}"
                                .getBytes(StandardCharsets.UTF_8));
                case TRUNCATED_JSON -> {
                    byte[] half = java.util.Arrays.copyOf(answer.body, Math.max(1, answer.body.length / 2));
                    write(out, answer.status, answer.contentType, "", half);
                }
                case HTML_502 -> write(out, 502, "text/html", "", ("<html><head><title>502 Bad Gateway</title>"
                        + "</head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
                        + "</body></html>").getBytes(StandardCharsets.UTF_8));
                case DEEP_JSON -> write(out, 200, "application/json", "", ("{\"meta\":{\"code\":200,\"message\":"
                        + "\"ok\"},\"data\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")
                        .getBytes(StandardCharsets.UTF_8));
                default -> throw new IllegalStateException(fault.name());
            }
        } catch (IOException | InterruptedException clientWentAway) {
            // the client gave up (its deadline or timeout): that is what these faults are for
        }
    }

    private void countUnsafe(Request request) {
        String path = request.path;
        String kind = null;
        if (request.method.equals("POST") && path.endsWith("/trackings/update")) {
            kind = "change-carrier";
        } else if (request.method.equals("POST") && path.endsWith("/trackings/aircargo")) {
            kind = "air-cargo";
        }
        if (kind == null) {
            return;
        }
        String body = new String(request.body, StandardCharsets.UTF_8);
        Matcher carrier = CARRIER.matcher(body);
        Matcher number = NUMBER.matcher(body);
        String key = kind + " " + (carrier.find() ? carrier.group(1) : "?") + "/"
                + (number.find() ? number.group(1) : "?");
        processedUnsafe.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    private Answer forward(Request request) throws IOException {
        String base = target.toString();
        URI uri = URI.create(base.substring(0, base.length() - "/v2".length()) + request.path);
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setConnectTimeout(5_000);
        c.setReadTimeout(30_000);
        c.setRequestMethod(request.method);
        request.headers.forEach((k, v) -> {
            if (!k.equals("host") && !k.equals("content-length") && !k.equals("connection")) {
                c.setRequestProperty(k, v);
            }
        });
        if (request.body.length > 0) {
            c.setDoOutput(true);
            try (OutputStream o = c.getOutputStream()) {
                o.write(request.body);
            }
        }
        int status = c.getResponseCode();
        byte[] body;
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        }
        String retryAfter = c.getHeaderField("Retry-After");
        String type = c.getContentType();
        c.disconnect();
        return new Answer(status, type == null ? "application/json" : type,
                retryAfter == null ? "" : "Retry-After: " + retryAfter + "\r\n", body);
    }

    private static void write(OutputStream out, int status, String type, String extraHeaders, byte[] body)
            throws IOException {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
                + "\r\n" + extraHeaders + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    // SO_LINGER 0: close sends RST, not FIN, as a crashed proxy or a dropped NAT entry does.
    private static void reset(Socket client) throws IOException {
        client.setSoLinger(true, 0);
        client.close();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        workers.shutdownNow();
    }

    private record Answer(int status, String contentType, String retryAfter, byte[] body) {
    }

    private record Request(String method, String path, Map<String, String> headers, byte[] body) {
        static Request read(InputStream in) throws IOException {
            String line = line(in);
            String[] parts = line.split(" ");
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
                throw new IOException("chunked request bodies are not expected from the adapter");
            }
            return new Request(parts[0], parts[1], headers, body);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed mid-request");
                }
                if (c != '\r') {
                    b.write(c);
                }
            }
            return b.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
