package io.parcelport.application;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.in.CarriersUseCase;
import io.parcelport.ports.out.CarrierDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The backend's carriers, cached: the list for a configurable time, detections per number in a bounded cache.
 *
 * <p>The list is free but large and changes rarely, so it is fetched again only when older than {@code listTtl}
 * (by the injected clock); a failed refetch propagates and the next call tries again, since a stale list served as
 * if fresh would hide the failure. Detection costs quota, and the carriers a number's
 * pattern matches do not change, so detections are kept (empty answers too) in a least-recently-used cache of
 * {@code detectCacheSize} numbers, without expiry. Two threads detecting the same new number at the same moment may
 * both call the backend; the cache is not worth a lock held across a remote call.
 */
final class CarriersService implements CarriersUseCase {

    /** A day: carriers are added a few times a year. */
    public static final Duration DEFAULT_LIST_TTL = Duration.ofDays(1);
    /** Ten thousand numbers, a few megabytes at most. */
    public static final int DEFAULT_DETECT_CACHE_SIZE = 10_000;

    private final CarrierDirectory directory;
    private final Clock clock;
    private final Duration listTtl;
    private final LanguageCode language;
    private final Map<TrackingNumber, List<Carrier>> detections;
    private CarrierList list; // guarded by this

    /**
     * A service over {@code directory}.
     *
     * @param directory the backend's carrier directory
     * @param clock where time comes from, for the list's age
     * @param listTtl how long a fetched list is used; zero to fetch every time
     * @param detectCacheSize how many numbers' detections to keep, at least 0
     * @param language the language of carrier names
     */
    CarriersService(CarrierDirectory directory, Clock clock, Duration listTtl, int detectCacheSize,
            LanguageCode language) {
        this.directory = directory;
        this.clock = clock;
        this.listTtl = listTtl;
        if (listTtl.isNegative()) {
            throw new IllegalArgumentException("listTtl must not be negative: " + listTtl);
        }
        if (detectCacheSize < 0) {
            throw new IllegalArgumentException("detectCacheSize must not be negative: " + detectCacheSize);
        }
        this.language = language;
        this.detections = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<TrackingNumber, List<Carrier>> eldest) {
                return size() > detectCacheSize;
            }
        };
    }

    /** A service with the defaults: system clock, a day's list, 10,000 detections, English names. */
    CarriersService(CarrierDirectory directory) {
        this(directory, Clock.systemUTC(), DEFAULT_LIST_TTL, DEFAULT_DETECT_CACHE_SIZE, LanguageCode.ENGLISH);
    }

    @Override
    public List<Carrier> carriers() {
        return current().carriers();
    }

    @Override
    public Optional<Carrier> carrier(CarrierCode code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(current().byCode().get(code));
    }

    @Override
    public List<Carrier> detect(TrackingNumber number) {
        Objects.requireNonNull(number, "number");
        synchronized (detections) {
            List<Carrier> cached = detections.get(number);
            if (cached != null) {
                return cached;
            }
        }
        List<Carrier> detected = List.copyOf(directory.detect(number));
        synchronized (detections) {
            detections.put(number, detected);
        }
        return detected;
    }

    @Override
    public Optional<CarrierCode> resolve(TrackingNumber number, Optional<CarrierCode> pinned) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(pinned, "pinned");
        if (pinned.isPresent()) {
            return pinned;
        }
        return detect(number).stream().findFirst().map(Carrier::code);
    }

    // Synchronized so that many threads finding the list expired fetch it once, not once each.
    private synchronized CarrierList current() {
        Instant now = clock.instant();
        if (list == null || !now.isBefore(list.fetchedAt().plus(listTtl))) {
            List<Carrier> carriers = List.copyOf(directory.carriers(language));
            Map<CarrierCode, Carrier> byCode = carriers.stream()
                    .collect(Collectors.toUnmodifiableMap(Carrier::code, Function.identity(), (a, b) -> a));
            list = new CarrierList(carriers, byCode, now);
        }
        return list;
    }

    private record CarrierList(List<Carrier> carriers, Map<CarrierCode, Carrier> byCode, Instant fetchedAt) {
    }
}
