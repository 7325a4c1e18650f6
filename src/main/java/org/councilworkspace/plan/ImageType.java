package org.councilworkspace.plan;

import java.util.Optional;

/**
 * The picture formats a plan keeps, told apart by their first bytes, never by a name or a declared type. SVG is not
 * among them: it is a document that can carry scripts, and a browser shown one from our origin would run them.
 */
public enum ImageType {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif");

    private final String contentType;
    private final String extension;

    ImageType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format the bytes are in, if it is one a plan keeps. */
    public static Optional<ImageType> of(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if ((content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G'
                && content[4] == 0x0D && content[5] == 0x0A && content[6] == 0x1A && content[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (content[0] == 'G' && content[1] == 'I' && content[2] == 'F' && content[3] == '8'
                && (content[4] == '7' || content[4] == '9') && content[5] == 'a') {
            return Optional.of(GIF);
        }
        return Optional.empty();
    }

    static ImageType ofContentType(String contentType) {
        for (ImageType t : values()) {
            if (t.contentType.equals(contentType)) {
                return t;
            }
        }
        throw new IllegalArgumentException(contentType);
    }
}
