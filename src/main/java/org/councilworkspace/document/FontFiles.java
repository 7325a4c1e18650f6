package org.councilworkspace.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fonts shipped in the app (under {@code fonts/} on the class path), read once. No font of the machine is
 * ever used, so a PDF is the same on a bare JVM, in the container image and on a desktop.
 */
final class FontFiles {

    /** Glyph space of PDF fonts: shaping at this size gives positions in text-space thousandths directly. */
    static final float UNITS = 1000f;

    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
    private static final Map<Face, Font> AWT = new EnumMap<>(Face.class);

    private FontFiles() {
    }

    static synchronized byte[] bytes(Face face) {
        return BYTES.computeIfAbsent(face, f -> read(f.file));
    }

    /** The face as a java.awt font at {@link #UNITS} points, for shaping and measuring. */
    static synchronized Font awt(Face face) {
        Font font = AWT.get(face);
        if (font == null) {
            try {
                font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(face))).deriveFont(UNITS);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Font " + face.file + " cannot be read", e);
            }
            AWT.put(face, font);
        }
        return font;
    }

    private static byte[] read(String file) {
        try (InputStream in = FontFiles.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
