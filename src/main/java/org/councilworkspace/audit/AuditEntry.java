package org.councilworkspace.audit;

import java.time.OffsetDateTime;

/** One audit event as shown in the audit views. */
public record AuditEntry(long seq, OffsetDateTime occurredAt, String actorName, Long councilId, String action,
                         String objectType, String objectId, String summary, String hash) {
}
