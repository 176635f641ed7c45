package io.parcelport.wire.trackingmore.archfixtures;

/** Complies with the status-word rule: the wire module is where TrackingMore's words belong. */
public final class StatusWordTable {

    public static boolean isInTransit(String word) {
        return "transit".equals(word) || "inforeceived".equals(word);
    }
}
