package io.parcelport.wire.trackingmore;

import java.io.Reader;

/**
 * Characters of a UTF-8 byte array, decoded as they are read.
 *
 * <p>Why not the JDK: an {@code InputStreamReader} decodes through a {@code CharsetDecoder} loop that took a fifth of a
 * list page's reading time, and decoding the body into one {@code String} first doubles the memory of a page whose
 * texts are Chinese (the string is then UTF-16). This reader copies ASCII byte for char and decodes the rest by
 * hand; malformed sequences read as U+FFFD, as the JDK's decoders replace them.
 */
final class Utf8Reader extends Reader {
    private static final char REPLACEMENT = '\uFFFD';

    private final byte[] bytes;
    private final int end;
    private int position;
    // The low half of a supplementary character whose high half filled the caller's last slot.
    private char pendingLow;

    Utf8Reader(byte[] bytes, int from) {
        this.bytes = bytes;
        this.end = bytes.length;
        this.position = from;
    }

    @Override
    public int read(char[] into, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int out = offset;
        int limit = offset + length;
        if (pendingLow != 0) {
            into[out++] = pendingLow;
            pendingLow = 0;
        }
        byte[] b = bytes;
        int p = position;
        while (out < limit && p < end) {
            int b0 = b[p];
            if (b0 >= 0) {
                into[out++] = (char) b0;
                p++;
                continue;
            }
            b0 &= 0xFF;
            if (b0 >= 0xC2 && b0 <= 0xDF && p + 1 < end && continuation(b[p + 1])) {
                into[out++] = (char) (((b0 & 0x1F) << 6) | (b[p + 1] & 0x3F));
                p += 2;
            } else if (b0 >= 0xE0 && b0 <= 0xEF && p + 2 < end && continuation(b[p + 1]) && continuation(b[p + 2])) {
                int c = ((b0 & 0x0F) << 12) | ((b[p + 1] & 0x3F) << 6) | (b[p + 2] & 0x3F);
                // Overlong forms and lone surrogates are malformed in UTF-8.
                into[out++] = c < 0x800 || Character.isSurrogate((char) c) ? REPLACEMENT : (char) c;
                p += 3;
            } else if (b0 >= 0xF0 && b0 <= 0xF4 && p + 3 < end && continuation(b[p + 1]) && continuation(b[p + 2])
                    && continuation(b[p + 3])) {
                int c = ((b0 & 0x07) << 18) | ((b[p + 1] & 0x3F) << 12) | ((b[p + 2] & 0x3F) << 6) | (b[p + 3] & 0x3F);
                p += 4;
                if (c < 0x10000 || c > Character.MAX_CODE_POINT) {
                    into[out++] = REPLACEMENT;
                } else {
                    into[out++] = Character.highSurrogate(c);
                    if (out < limit) {
                        into[out++] = Character.lowSurrogate(c);
                    } else {
                        pendingLow = Character.lowSurrogate(c);
                    }
                }
            } else {
                into[out++] = REPLACEMENT;
                p++;
            }
        }
        position = p;
        int read = out - offset;
        return read == 0 ? -1 : read;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    @Override
    public void close() {
        // Nothing to release: the bytes belong to the caller.
    }
}
