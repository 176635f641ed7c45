package io.parcelport.pacing;

import java.time.Duration;
import java.util.Objects;

/**
 * A rate limit shared by every thread of one backend: at most {@code permits} calls leave in any stretch of
 * {@code window + margin}, counted when each call actually leaves.
 *
 * <p>Why it counts departures and keeps a margin: TrackingMore counts calls as they <em>arrive</em>, in a sliding
 * one-second window, and answers 429 (and a 120 s cool-down) to the fourth real-time call that lands within a second.
 * A limiter that books evenly spaced slots in advance lets calls leave late (a thread wakes after its slot) and so
 * closer together than booked, and a call's way to the server varies; both pushed four calls into one second at
 * exactly three per second. Here a call is admitted only when the call {@code permits} places before it was sent at
 * least {@code window + margin} ago, so the server sees at most {@code permits} arrivals per window as long as the
 * calls' travel times differ by less than the margin. The price is the margin: {@code permits} calls per
 * {@code window + margin}, 3.8% under the documented rate with the default 40 ms.
 *
 * <p>"Sent" is when the request goes on the wire, which can be long after admission: the first call of a process
 * loads classes and opens a connection (half a second, in which three later calls went out and arrived first). So an
 * admitted call is pending until its transport reports {@link #sent()}, or until its attempt ends (the {@link Pacer}
 * then takes the end as the send time: a safe bound when no transport reports); while the call {@code permits}
 * places back is pending, the next one waits for it.
 */
public final class RateLimiter implements RateGate {
    /** The default margin: above the spread of travel times on a kept-alive connection, under 5% of one second. */
    public static final Duration DEFAULT_MARGIN = Duration.ofMillis(40);

    // How long a caller waits before asking again while the call it must follow by a window is not yet sent.
    private static final long PENDING_POLL_NANOS = 5_000_000;
    // The admitted call of this thread whose send time is not known yet.
    private static final ThreadLocal<Ticket> PENDING = new ThreadLocal<>();

    private final int permits;
    private final long spanNanos;
    private final double perSecond;
    private final Ticker ticker;
    // The last `permits` calls admitted, oldest at `next` once the ring is full.
    private final Ticket[] departures;
    private int count;
    private int next;

    /**
     * A limiter of {@code permits} calls per {@code window}, kept {@code margin} apart at the edges.
     *
     * @throws IllegalArgumentException when permits is below 1, the window is not positive or the margin negative
     */
    public RateLimiter(int permits, Duration window, Duration margin, Ticker ticker) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1: " + permits);
        }
        if (Objects.requireNonNull(window, "window").isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (Objects.requireNonNull(margin, "margin").isNegative()) {
            throw new IllegalArgumentException("margin must not be negative: " + margin);
        }
        this.permits = permits;
        this.spanNanos = window.plus(margin).toNanos();
        this.perSecond = permits / (window.toNanos() / 1e9);
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.departures = new Ticket[permits];
    }

    /**
     * A limiter of {@code perSecond} calls per second: whole rates as that many calls per second (TrackingMore's
     * "3 per second" is three in any second), rates below one as one call per {@code 1/perSecond} seconds.
     *
     * @throws IllegalArgumentException when the rate is not positive and finite, or the margin is negative
     */
    public static RateLimiter perSecond(double perSecond, Duration margin, Ticker ticker) {
        requireRate(perSecond);
        // Past 10,000 a second (tests and benchmarks that switch pacing off) the window shrinks instead of the ring
        // growing without bound.
        int permits = (int) Math.max(1, Math.min(Math.floor(perSecond), 10_000));
        long windowNanos = (long) Math.ceil(permits * 1e9 / perSecond);
        return new RateLimiter(permits, Duration.ofNanos(windowNanos), margin, ticker);
    }

    /** A limiter that spaces calls evenly, one per {@code 1/perSecond} seconds, without margin. */
    public static RateLimiter evenlySpaced(double perSecond, Ticker ticker) {
        requireRate(perSecond);
        return new RateLimiter(1, Duration.ofNanos((long) Math.ceil(1e9 / perSecond)), Duration.ZERO, ticker);
    }

    private static void requireRate(double perSecond) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("perSecond must be positive and finite: " + perSecond);
        }
    }

    /** The calls per second this limiter allows, before its margin. */
    @Override
    public double perSecond() {
        return perSecond;
    }

    /**
     * Admits one call about to be sent by this thread and records it as pending, or records nothing and says how long
     * until one may go. A caller told to wait sleeps and asks again: others may have been admitted meanwhile. The
     * admitted call's transport then reports {@link #sent()}; the {@link Pacer} finishes it when the attempt ends.
     *
     * @return zero when admitted, else the time until the oldest counted call leaves the window
     */
    @Override
    public synchronized Duration admit() {
        long now = ticker.nanoTime();
        if (count == permits) {
            Ticket oldest = departures[next];
            if (!oldest.sent) {
                return Duration.ofNanos(Math.min(PENDING_POLL_NANOS, spanNanos));
            }
            long wait = oldest.at + spanNanos - now;
            if (wait > 0) {
                return Duration.ofNanos(wait);
            }
        } else {
            count++;
        }
        Ticket ticket = new Ticket(this, now);
        departures[next] = ticket;
        next = (next + 1) % permits;
        PENDING.set(ticket);
        return Duration.ZERO;
    }

    /**
     * Reports that the call this thread was last admitted for goes on the wire now; a transport calls it just before
     * writing the request. Nothing happens when this thread has no pending call.
     */
    public static void sent() {
        Ticket ticket = PENDING.get();
        if (ticket != null) {
            PENDING.remove();
            ticket.limiter.stamp(ticket);
        }
    }

    // The pending call this thread was last admitted for, for the Pacer to finish when its attempt ends.
    static Ticket pending() {
        return PENDING.get();
    }

    // The attempt of `ticket`'s call is over: if its transport never said sent(), it counts as sent now, the latest it
    // can have arrived. Its own ticket, not the thread's latest: a call made inside the attempt has its own.
    static void finish(Ticket ticket) {
        if (ticket == null) {
            return;
        }
        if (PENDING.get() == ticket) {
            PENDING.remove();
        }
        ticket.limiter.stampUnlessSent(ticket);
    }

    private synchronized void stampUnlessSent(Ticket ticket) {
        if (!ticket.sent) {
            stamp(ticket);
        }
    }

    private synchronized void stamp(Ticket ticket) {
        ticket.at = ticker.nanoTime();
        ticket.sent = true;
    }

    // One admitted call: when it was admitted, then when it was sent. Guarded by its limiter's monitor.
    static final class Ticket {
        final RateLimiter limiter;
        long at;
        boolean sent;

        Ticket(RateLimiter limiter, long at) {
            this.limiter = limiter;
            this.at = at;
        }
    }
}
