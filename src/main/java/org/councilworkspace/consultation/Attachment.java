package org.councilworkspace.consultation;

/** A submission's PDF, for the secretariat only. */
public record Attachment(String fileName, byte[] content) {
}
