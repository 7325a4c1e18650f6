package org.councilworkspace.meeting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The names of the entries of a ZIP file held in memory, read from its central directory as Word and Excel read
 * them, without unpacking anything. Streaming writers (POI's own SXSSF among them, which the app's spreadsheet
 * exports use) leave the sizes out of the entries' local headers, and a reader that walks those headers stops at the
 * first such entry; the directory at the end of the file has them all. A file without a readable directory is
 * walked entry by entry as far as it goes.
 */
final class ZipNames {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int ENTRY_SIZE = 46;

    private ZipNames() {
    }

    static List<String> of(byte[] zip) {
        List<String> names = central(zip);
        return names != null ? names : walked(zip);
    }

    /** The names in the central directory; null when there is none that can be read. */
    private static List<String> central(byte[] zip) {
        int end = -1;
        // The end record is the last 22 bytes, unless a comment of up to 65,535 bytes follows it.
        for (int at = zip.length - END_SIZE; at >= 0 && at >= zip.length - END_SIZE - 0xFFFF; at--) {
            if (int32(zip, at) == END_SIGNATURE) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int count = int16(zip, end + 10);
        long offset = int32(zip, end + 16) & 0xFFFFFFFFL;
        List<String> names = new ArrayList<>();
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + ENTRY_SIZE > end || int32(zip, at) != ENTRY_SIGNATURE) {
                return null;
            }
            int nameLength = int16(zip, at + 28);
            int rest = int16(zip, at + 30) + int16(zip, at + 32);
            if (at + ENTRY_SIZE + nameLength > end) {
                return null;
            }
            names.add(new String(zip, at + ENTRY_SIZE, nameLength, StandardCharsets.UTF_8));
            at += ENTRY_SIZE + nameLength + rest;
        }
        return names;
    }

    private static List<String> walked(byte[] zip) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged archive: what was read so far is all it has.
        }
        return names;
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
