package org.councilworkspace.plan;

/**
 * A picture kept with a plan, with what a reader needs to show it: its format, its description (the alt text), and
 * the SHA-256 of its bytes, which is also the tag a browser revalidates its copy with.
 */
public record PlanImage(long id, long planId, String fileName, ImageType type, String sha256, String altText,
                        byte[] content) {

    public String contentType() {
        return type.contentType();
    }

    /** The Markdown that shows the picture in a section's text. */
    public static String markdown(String escapedAlt, String reference) {
        return "![" + escapedAlt + "](" + PlanImages.SCHEME + reference + ")";
    }
}
