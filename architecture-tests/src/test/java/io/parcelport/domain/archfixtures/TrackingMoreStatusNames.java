package io.parcelport.domain.archfixtures;

/** Breaks the domain's vendor-word rule by its name and a method's. */
public final class TrackingMoreStatusNames {

    public static String fromTrackingMore(String word) {
        return word;
    }
}
