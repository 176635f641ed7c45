package io.parcelport.pacing;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/** Shields a call from its listener: an exception it throws is logged (once loudly, then quietly) and dropped. */
final class SafeListener {
    private static final System.Logger LOG = System.getLogger(SafeListener.class.getName());

    private final PacingListener listener;
    private final AtomicBoolean warned = new AtomicBoolean();

    SafeListener(PacingListener listener) {
        this.listener = listener;
    }

    void hear(PacingEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            // Once at WARNING so that a broken listener is noticed, then DEBUG so that it cannot flood the log.
            Level level = warned.compareAndSet(false, true) ? Level.WARNING : Level.DEBUG;
            LOG.log(level, "a pacing listener failed on " + event.kind() + " of " + event.operation()
                    + "; the call goes on", e);
        }
    }
}
