package org.councilworkspace.document;

/**
 * One of the app's own font files. Japanese has no italic cut; its italic is the upright face slanted when
 * drawn ({@link #slanted}).
 */
enum Face {
    LATIN_REGULAR("NotoSans_400Regular.ttf", false),
    LATIN_BOLD("NotoSans_700Bold.ttf", false),
    LATIN_ITALIC("NotoSans_400Regular_Italic.ttf", false),
    LATIN_BOLD_ITALIC("NotoSans_700Bold_Italic.ttf", false),
    THAI_REGULAR("Sarabun_400Regular.ttf", false),
    THAI_BOLD("Sarabun_700Bold.ttf", false),
    THAI_ITALIC("Sarabun_400Regular_Italic.ttf", false),
    THAI_BOLD_ITALIC("Sarabun_700Bold_Italic.ttf", false),
    JAPANESE_REGULAR("NotoSansJP_400Regular.ttf", false),
    JAPANESE_BOLD("NotoSansJP_700Bold.ttf", false),
    JAPANESE_ITALIC("NotoSansJP_400Regular.ttf", true),
    JAPANESE_BOLD_ITALIC("NotoSansJP_700Bold.ttf", true);

    final String file;
    final boolean slanted;

    Face(String file, boolean slanted) {
        this.file = file;
        this.slanted = slanted;
    }

    /** The scripts the app sets, each with its own family. */
    enum Family { LATIN, THAI, JAPANESE }

    static Face of(Family family, boolean bold, boolean italic) {
        // Four styles per family, in the order regular, bold, italic, bold italic.
        return values()[family.ordinal() * 4 + (bold ? 1 : 0) + (italic ? 2 : 0)];
    }

    Family family() {
        return Family.values()[ordinal() / 4];
    }
}
