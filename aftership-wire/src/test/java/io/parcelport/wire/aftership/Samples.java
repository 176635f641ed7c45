package io.parcelport.wire.aftership;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The reference's sample bodies, copied into the test resources. */
final class Samples {
    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples-aftership/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
