package org.councilworkspace.meeting;

/** A meeting document's bytes with the name and type to send them under. */
public record DocumentFile(String fileName, String mediaType, byte[] content) {
}
