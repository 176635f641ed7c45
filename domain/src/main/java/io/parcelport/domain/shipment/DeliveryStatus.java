package io.parcelport.domain.shipment;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The normalised delivery status of a shipment or of one tracking event, whatever backend reported it.
 *
 * <p>Statuses form an explicit, total state machine: {@link #classify(DeliveryStatus)} sorts every one of the 100
 * (from, to) pairs into {@link TransitionKind#PROGRESS}, {@link TransitionKind#CORRECTION} or
 * {@link TransitionKind#REJECTED}. The table, its terminal states, the manual-override rules and the reasons behind
 * each choice are documented once, in {@code docs/status-machine.md} at the root of the repository.
 */
public enum DeliveryStatus {
    /** Registered with the backend, not yet tracked at the carrier. */
    PENDING,
    /** The carrier has electronic information about the parcel but has not received it yet. */
    INFO_RECEIVED,
    /** The carrier has no tracking information for the number (yet). */
    NOT_FOUND,
    /** On its way to the recipient. */
    IN_TRANSIT,
    /** Out for delivery, or waiting for the recipient at a pickup point. */
    OUT_FOR_DELIVERY,
    /** Delivered to the recipient. */
    DELIVERED,
    /** The carrier tried to deliver and could not. */
    FAILED_ATTEMPT,
    /** Returned, refused, damaged, lost, held by customs or otherwise stuck. */
    EXCEPTION,
    /** Tracked too long without being delivered; the backend stopped tracking it. */
    EXPIRED,
    /** A status the backend reported that this version of Parcelport does not know. */
    UNKNOWN;

    /*
     * The transition table, rows "from", columns "to", both in declaration order. P = PROGRESS, C = CORRECTION,
     * R = REJECTED. This literal is the only copy in code; docs/status-machine.md explains it (and a test checks the
     * two agree). A row per line so a change shows up in review as a one-line diff.
     */
    private static final String[] TABLE = {
        //               PEND INFO NOTF TRAN OUTD DELI FAIL EXCE EXPI UNKN
        /* PENDING */       "P    P    P    P    P    P    P    P    P    C",
        /* INFO_RECEIVED */ "R    P    C    P    P    P    P    P    P    C",
        /* NOT_FOUND */     "R    P    P    P    P    P    P    P    P    C",
        /* IN_TRANSIT */    "R    R    C    P    P    P    P    P    P    C",
        /* OUT_FOR_DEL. */  "R    R    C    C    P    P    P    P    P    C",
        /* DELIVERED */     "R    R    R    C    C    P    C    C    R    R",
        /* FAILED_ATT. */   "R    R    C    C    C    P    P    P    P    C",
        /* EXCEPTION */     "R    C    C    C    C    P    C    P    P    C",
        /* EXPIRED */       "R    R    R    C    C    C    C    C    P    R",
        /* UNKNOWN */       "R    C    C    C    C    C    C    C    C    P",
    };

    private static final Map<DeliveryStatus, Map<DeliveryStatus, TransitionKind>> TRANSITIONS = parse(TABLE);

    /**
     * Whether the parcel's life is over: {@link #DELIVERED} (it arrived) and {@link #EXPIRED} (the backend gave up).
     *
     * <p>No {@link TransitionKind#PROGRESS} leaves a terminal status; only the corrections the table allows do (a
     * "delivered" scan that the carrier takes back, late news of an expired parcel). {@link #EXCEPTION} is not
     * terminal because excepted parcels still move: customs releases them, returns travel back to the sender, lost
     * parcels are found. {@link #UNKNOWN} is not terminal because nothing is known about it.
     *
     * @return true for {@link #DELIVERED} and {@link #EXPIRED} only
     */
    public boolean isTerminal() {
        return this == DELIVERED || this == EXPIRED;
    }

    /**
     * Classifies a move from this status to {@code to}, as the carrier would report it.
     *
     * <p>A "move" to the same status is not a change: it is {@link TransitionKind#PROGRESS} (a repeated report, maybe
     * with a new sub-status, is consistent with the parcel moving forward) and produces no {@link StatusChanged}.
     *
     * @param to the status the carrier reports next
     * @return how the state machine treats the move; never {@code null}
     * @throws NullPointerException if {@code to} is null
     */
    public TransitionKind classify(DeliveryStatus to) {
        Objects.requireNonNull(to, "to");
        return TRANSITIONS.get(this).get(to);
    }

    private static Map<DeliveryStatus, Map<DeliveryStatus, TransitionKind>> parse(String[] table) {
        DeliveryStatus[] statuses = values();
        if (table.length != statuses.length) {
            throw new IllegalStateException(
                    "transition table has " + table.length + " rows, expected " + statuses.length);
        }
        Map<DeliveryStatus, Map<DeliveryStatus, TransitionKind>> rows = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus from : statuses) {
            String[] cells = table[from.ordinal()].trim().split("\\s+");
            if (cells.length != statuses.length) {
                throw new IllegalStateException("transition table row " + from + " has " + cells.length + " cells");
            }
            Map<DeliveryStatus, TransitionKind> row = new EnumMap<>(DeliveryStatus.class);
            for (DeliveryStatus to : statuses) {
                row.put(to, kind(cells[to.ordinal()], from, to));
            }
            rows.put(from, row);
        }
        return rows;
    }

    private static TransitionKind kind(String cell, DeliveryStatus from, DeliveryStatus to) {
        return switch (cell) {
            case "P" -> TransitionKind.PROGRESS;
            case "C" -> TransitionKind.CORRECTION;
            case "R" -> TransitionKind.REJECTED;
            default -> throw new IllegalStateException(
                    "transition table cell " + from + " -> " + to + " is '" + cell + "'");
        };
    }
}
