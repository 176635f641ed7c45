package io.parcelport.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The warnings (and worse) a logger publishes while this handler is attached; {@link #close()} detaches it. */
public final class CapturedWarnings extends Handler {
    // Held so that the logger, and the handler attached to it, are not collected while the test runs.
    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedWarnings(Logger logger) {
        this.logger = logger;
    }

    /** Starts capturing the warnings of the logger named {@code loggerName}. */
    public static CapturedWarnings of(String loggerName) {
        CapturedWarnings capture = new CapturedWarnings(Logger.getLogger(loggerName));
        capture.logger.addHandler(capture);
        return capture;
    }

    /** The warnings captured so far, in the order they were published; a live view. */
    public List<LogRecord> records() {
        return records;
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
