package io.parcelport.adapter.trackingmore.archfixtures;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Deliberately broken (test fixture, never production): a backend that waits by itself instead of pacing. */
public final class NappingHttpClient {

    public void backOff() throws InterruptedException {
        Thread.sleep(100);
        TimeUnit.SECONDS.sleep(1);
        LockSupport.parkNanos(1_000);
    }
}
