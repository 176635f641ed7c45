package io.parcelport.rest.archfixtures;

/** Test fixture, never production: a stand-in for the REST plumbing both HTTP backends share. */
public final class SharedTransport {

    public String send(String path) {
        return path;
    }
}
