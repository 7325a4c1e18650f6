package org.councilworkspace.planimport;

/**
 * A picture the import will keep with the plan: the key its section's Markdown refers to it by until it is saved
 * ({@code attachment:KEY}, replaced by the stored id), its name in the document, its bytes and its description.
 */
public record ImportedImage(String key, String fileName, byte[] content, String altText) {
}
