package io.parcelport.cli;

import io.parcelport.ports.TimeRange;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --created-from/--created-to/--ordered-from/--ordered-to} filters shared by list and counts. */
public final class TimeFilters {

    @Option(names = "--created-from", paramLabel = "WHEN", description = "Registered on or after this date "
            + "(2025-06-01, UTC) or instant (2025-06-01T10:00:00Z).")
    private Converters.TimeArg createdFrom;

    @Option(names = "--created-to", paramLabel = "WHEN", description = "Registered on or before this date "
            + "(the whole day) or instant.")
    private Converters.TimeArg createdTo;

    @Option(names = "--ordered-from", paramLabel = "WHEN", description = "Order placed on or after this date or "
            + "instant.")
    private Converters.TimeArg orderedFrom;

    @Option(names = "--ordered-to", paramLabel = "WHEN", description = "Order placed on or before this date or "
            + "instant.")
    private Converters.TimeArg orderedTo;

    /** The registration range. */
    public TimeRange created() {
        return range(createdFrom, createdTo);
    }

    /** The order-time range. */
    public TimeRange ordered() {
        return range(orderedFrom, orderedTo);
    }

    /** From the start of {@code from} to the end of {@code to}, either end open. */
    static TimeRange range(Converters.TimeArg from, Converters.TimeArg to) {
        return new TimeRange(Optional.ofNullable(from).map(Converters.TimeArg::from),
                Optional.ofNullable(to).map(Converters.TimeArg::to));
    }
}
