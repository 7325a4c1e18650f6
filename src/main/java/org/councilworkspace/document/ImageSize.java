package org.councilworkspace.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** A picture's width and height in pixels from its header, without decoding it; {0, 0} when it cannot be read. */
final class ImageSize {

    private ImageSize() {
    }

    static int[] of(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return new int[] {0, 0};
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new int[] {0, 0};
        }
    }

    /** Width and height in points for a box at most {@code maxWidth} by {@code maxHeight}, proportions kept. */
    static float[] fit(Block.Image image, float maxWidth, float maxHeight) {
        float w = image.widthPx() > 0 ? image.widthPx() * 0.75f : maxWidth / 2;
        float h = image.heightPx() > 0 ? image.heightPx() * 0.75f : w * 0.75f;
        float scale = Math.min(1f, Math.min(maxWidth / w, maxHeight / h));
        return new float[] {w * scale, h * scale};
    }
}
