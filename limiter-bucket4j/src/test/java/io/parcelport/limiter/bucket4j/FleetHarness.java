package io.parcelport.limiter.bucket4j;

import io.parcelport.pacing.Ticker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starts {@link FleetWorker}s in JVMs of their own, on the test class path, and talks to them line by line. */
final class FleetHarness implements AutoCloseable {
    private static final Pattern DONE = Pattern.compile(
            "DONE realtime=(-?\\d+) list=(-?\\d+) fallbacks=(\\d+) recoveries=(\\d+) failure=(\\S+)");

    private final List<Worker> workers = new ArrayList<>();
    private final String tag;

    /** A harness whose workers log to {@code target/fleet-TAG-NAME.log}. */
    FleetHarness(String tag) {
        this.tag = tag;
    }

    /** What one worker reported when it was done. */
    record Done(long realtime, long list, int fallbacks, int recoveries, String failure) {
    }

    /** One worker JVM: its process, its output lines, its input. */
    static final class Worker {
        final String name;
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final List<String> seen = new ArrayList<>();
        final Writer in;

        Worker(String name, Process process) {
            this.name = name;
            this.process = process;
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("EOF " + e.getClass().getSimpleName());
                }
                lines.add("EOF");
            }, "fleet-" + name + "-out");
            reader.setDaemon(true);
            reader.start();
        }

        void say(String word) {
            try {
                in.write(word + "\n");
                in.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("worker " + name + " is gone: " + seen, e);
            }
        }

        String await(String prefix, Duration timeout) throws InterruptedException {
            long until = System.nanoTime() + timeout.toNanos();
            while (true) {
                String line = lines.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null || line.startsWith("EOF")) {
                    throw new AssertionError("worker " + name + " did not say " + prefix + " within " + timeout
                            + "; it said " + seen + (line == null ? "" : " and ended"));
                }
                seen.add(line);
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }
    }

    /** Starts a worker with {@code args}; its standard error goes to {@code target/fleet-TAG-NAME.log}. */
    Worker start(String name, List<String> args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx160m", "-Xss512k",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true",
                "-cp", System.getProperty("java.class.path"), FleetWorker.class.getName(), "name=" + name));
        command.addAll(args);
        Path log = Path.of("target", "fleet-" + tag + "-" + name + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        Worker worker = new Worker(name, process);
        workers.add(worker);
        return worker;
    }

    List<Worker> workers() {
        return workers;
    }

    static Done done(String line) {
        Matcher m = DONE.matcher(line);
        if (!m.find()) {
            throw new AssertionError("not a DONE line: " + line);
        }
        return new Done(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), m.group(5));
    }

    /** A TCP port free on 127.0.0.1 just now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@code program} is on the PATH (or in the usual sbin folders), if anywhere. */
    static Optional<Path> onPath(String program) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(List.of("/usr/bin", "/usr/local/bin", "/usr/sbin", "/usr/local/sbin"));
        return dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, program))
                .filter(Files::isExecutable).findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        for (Worker worker : workers) {
            if (worker.process.isAlive()) {
                try {
                    worker.say("EXIT");
                } catch (UncheckedIOException e) {
                    // Already gone: nothing to tell it.
                }
            }
        }
        for (Worker worker : workers) {
            if (!worker.process.waitFor(15, TimeUnit.SECONDS)) {
                worker.process.destroyForcibly();
                worker.process.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /** Waits with the pacing ticker, the one way this project sleeps. */
    static void pause(Duration duration) throws InterruptedException {
        Ticker.SYSTEM.sleep(duration);
    }
}
