package io.parcelport.emulator.archfixtures;

/** Breaks the status-word rule: an emulator class that reads TrackingMore's word itself instead of the wire's. */
public final class TransitWordFilter {

    public static boolean isInTransit(String word) {
        return "transit".equals(word);
    }
}
