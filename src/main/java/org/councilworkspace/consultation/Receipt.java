package org.councilworkspace.consultation;

import java.time.OffsetDateTime;

/** What a submitter gets back: the receipt number to quote, and when the comment was received. */
public record Receipt(String receiptNo, String roundTitle, OffsetDateTime receivedAt) {
}
