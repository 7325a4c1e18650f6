package org.councilworkspace.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an upload into memory, never more than a cap: a stream that says it is larger is refused unread, and
 * otherwise it is read only to one byte past the cap, so a client that lies about the size (or gives none) cannot
 * make the server hold more.
 */
public final class CappedRead {

    private static final int CHUNK = 8192;

    private CappedRead() {
    }

    /** The whole content, or null when it is over {@code maxBytes}. */
    public static byte[] upTo(InputStream in, long declaredSize, long maxBytes) throws IOException {
        if (declaredSize > maxBytes) {
            return null;
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream((int) Math.min(Math.max(declaredSize, CHUNK), maxBytes));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        int read;
        while ((read = in.read(chunk, 0, (int) Math.min(CHUNK, maxBytes + 1 - total))) > 0) {
            total += read;
            if (total > maxBytes) {
                return null;
            }
            content.write(chunk, 0, read);
        }
        return content.toByteArray();
    }
}
