package io.parcelport.emulator;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@link EmulatorOptions} from command-line flags and environment variables (a flag wins over its variable),
 * for {@code EmulatorMain} and for the CLI's {@code serve} command; see {@link #USAGE}.
 */
public final class EmulatorArgs {

    /** The flags, their variables and their meaning. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "Options (each also read from the environment variable named in brackets; a flag wins):",
            "  --port N                 port, 0 for a free one (default 8080) [PARCELPORT_EMULATOR_PORT]",
            "  --bind ADDRESS           address to listen on (default 127.0.0.1) [PARCELPORT_EMULATOR_BIND]",
            "  --api-key KEY            accept only this key; repeatable (default: any non-empty key)"
                    + " [PARCELPORT_EMULATOR_API_KEYS, comma-separated]",
            "  --quota N                starting quota (default 10000) [PARCELPORT_EMULATOR_QUOTA]",
            "  --demo-data N            start with N demo shipments (default 0) [PARCELPORT_EMULATOR_DEMO_DATA]",
            "  --demo-seed N            seed of the demo data (default 1) [PARCELPORT_EMULATOR_DEMO_SEED]",
            "  --rate-limits            enforce per key v2's 3/s real-time and 1/s list, v4's 10/s and 3/s create"
                    + " (HTTP 429, meta 429) [PARCELPORT_EMULATOR_RATE_LIMITS=true]",
            "  --latency MS[-MS]        added latency per request [PARCELPORT_EMULATOR_LATENCY]",
            "  --fail-500 SHARE         share of requests answered HTTP 500, 0..1 [PARCELPORT_EMULATOR_FAIL_500]",
            "  --fail-503 SHARE         share answered HTTP 503 [PARCELPORT_EMULATOR_FAIL_503]",
            "  --fail-429 SHARE         share answered 429 with Retry-After [PARCELPORT_EMULATOR_FAIL_429]",
            "  --retry-after SECONDS    Retry-After of every 429 (default 120) [PARCELPORT_EMULATOR_RETRY_AFTER]",
            "  --drop SHARE             share of connections dropped without an answer [PARCELPORT_EMULATOR_DROP]",
            "  --truncate SHARE         share of answers cut off half-way [PARCELPORT_EMULATOR_TRUNCATE]",
            "  --fault-seed N           seed of the fault choices (default 42) [PARCELPORT_EMULATOR_FAULT_SEED]",
            "  --webhook-url URL        POST v2 webhooks there on status changes [PARCELPORT_EMULATOR_WEBHOOK_URL]",
            "  --account-email EMAIL    account e-mail, the webhook signing key"
                    + " (default demo@parcelport.invalid) [PARCELPORT_EMULATOR_ACCOUNT_EMAIL]",
            "  --webhook-sweep SECONDS  how often shipments are re-read for webhooks (default 10)"
                    + " [PARCELPORT_EMULATOR_WEBHOOK_SWEEP]",
            "  --time-scale X           simulated carriers run X times faster (default 1)"
                    + " [PARCELPORT_EMULATOR_TIME_SCALE]",
            "  --threads N              requests served at once (default 8) [PARCELPORT_EMULATOR_THREADS]");

    private static final String PREFIX = "PARCELPORT_EMULATOR_";

    private EmulatorArgs() {
    }

    /**
     * The options {@code args} and {@code environment} describe.
     *
     * @throws IllegalArgumentException naming the flag or variable that is unknown, lacks a value or has a bad one
     */
    public static EmulatorOptions parse(List<String> args, Map<String, String> environment) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(environment, "environment");
        EmulatorOptionsBuilder b = EmulatorOptions.builder();
        // Environment first, flags after, so that a flag overrides its variable.
        for (String name : List.of("port", "bind", "api-keys", "quota", "demo-data", "demo-seed", "rate-limits",
                "latency", "fail-500", "fail-503", "fail-429", "retry-after", "drop", "truncate", "fault-seed",
                "webhook-url", "account-email", "webhook-sweep", "time-scale", "threads")) {
            String variable = PREFIX + name.toUpperCase(Locale.ROOT).replace('-', '_');
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                if (name.equals("api-keys")) {
                    for (String key : value.split(",")) {
                        if (!key.isBlank()) {
                            b.apiKey(key);
                        }
                    }
                } else if (name.equals("rate-limits")) {
                    b.rateLimits(Boolean.parseBoolean(value.strip()));
                } else {
                    apply(b, name, value.strip(), variable);
                }
            }
        }
        List<String> rest = new ArrayList<>(args);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("rate-limits")) {
                b.rateLimits(value == null || Boolean.parseBoolean(value));
                continue;
            }
            if (value == null) {
                if (i + 1 >= rest.size()) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = rest.get(++i);
            }
            if (name.equals("api-key")) {
                b.apiKey(value);
            } else {
                apply(b, name, value, "--" + name);
            }
        }
        return b.build();
    }

    private static void apply(EmulatorOptionsBuilder b, String name, String value, String source) {
        try {
            switch (name) {
                case "port" -> b.port(Integer.parseInt(value));
                case "bind" -> b.bindAddress(value);
                case "quota" -> b.quota(Long.parseLong(value));
                case "demo-data" -> b.demoData(Integer.parseInt(value), b.build().demoSeed());
                case "demo-seed" -> b.demoData(b.build().demoCount(), Long.parseLong(value));
                case "latency" -> {
                    String[] parts = value.split("-", 2);
                    long min = Long.parseLong(parts[0].strip());
                    long max = parts.length == 2 ? Long.parseLong(parts[1].strip()) : min;
                    b.latency(Duration.ofMillis(min), Duration.ofMillis(max));
                }
                case "fail-500" -> b.serverErrors(Double.parseDouble(value), b.build().faults().unavailableShare());
                case "fail-503" -> b.serverErrors(b.build().faults().serverErrorShare(), Double.parseDouble(value));
                case "fail-429" -> b.rateLimited(Double.parseDouble(value), b.build().faults().retryAfter());
                case "retry-after" -> b.retryAfter(Duration.ofSeconds(Long.parseLong(value)));
                case "drop" -> b.droppedConnections(Double.parseDouble(value));
                case "truncate" -> b.truncatedBodies(Double.parseDouble(value));
                case "fault-seed" -> b.faultSeed(Long.parseLong(value));
                case "webhook-url" -> b.webhookUrl(URI.create(value));
                case "account-email" -> b.accountEmail(value);
                case "webhook-sweep" -> b.webhookSweep(Duration.ofMillis((long) (Double.parseDouble(value) * 1000)));
                case "time-scale" -> b.timeScale(Double.parseDouble(value));
                case "threads" -> b.threads(Integer.parseInt(value));
                default -> throw new IllegalArgumentException("unknown option " + source);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": not a number: '" + value + "'", e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("unknown option")) {
                throw e;
            }
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }
}
