package io.parcelport.limiter.bucket4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} on a free 127.0.0.1 port, persistence off, started and stopped by a test. Missing
 * binary: the test is skipped with how to run it, or fails with that message when {@value #REQUIRE} is true (as in
 * CI), never passes silently.
 */
final class RedisServer implements AutoCloseable {
    static final String REQUIRE = "parcelport.requireRedis";
    static final String HOW_TO_RUN = "redis-server is not installed, so the Redis fleet tests cannot run: install the"
            + " Debian package redis-server (apt-get install -y redis-server) and run them again; .ci/run installs"
            + " it and sets -D" + REQUIRE + "=true, which turns this skip into a failure";

    private final Path binary;
    private final int port;
    private Process process;

    private RedisServer(Path binary, int port) {
        this.binary = binary;
        this.port = port;
    }

    /** A running server, or the test skipped (or failed, when required) with {@link #HOW_TO_RUN}. */
    static RedisServer startOrSkip() throws IOException, InterruptedException {
        Optional<Path> binary = FleetHarness.onPath("redis-server");
        if (binary.isEmpty()) {
            if (Boolean.getBoolean(REQUIRE)) {
                throw new AssertionError(HOW_TO_RUN);
            }
            Assumptions.abort(HOW_TO_RUN);
        }
        RedisServer server = new RedisServer(binary.get(), FleetHarness.freePort());
        server.start();
        return server;
    }

    int port() {
        return port;
    }

    /** Starts (or starts again, on the same port and empty) the server and waits until it answers PING. */
    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of(binary.toString(), "--port", Integer.toString(port), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--daemonize", "no",
                "--loglevel", "warning")).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "redis-" + port + ".log").toFile()).start();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!answers()) {
            if (!process.isAlive() || System.nanoTime() > until) {
                throw new AssertionError("redis-server did not start on 127.0.0.1:" + port
                        + "; see target/redis-" + port + ".log");
            }
            FleetHarness.pause(Duration.ofMillis(50));
        }
    }

    /** Stops the server at once; its data is gone (no persistence). */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /** Whether PING gets PONG. */
    boolean answers() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[7];
            int read = in.readNBytes(buffer, 0, 7);
            return new String(buffer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
