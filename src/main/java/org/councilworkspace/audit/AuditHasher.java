package org.councilworkspace.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.councilworkspace.base.Secrets;

/** The hash of one event: SHA-256 over the previous hash and the event's own fields, each length-prefixed. */
final class AuditHasher {

    static final String GENESIS = "0".repeat(64);

    private AuditHasher() {
    }

    static String hash(String prevHash, long seq, OffsetDateTime occurredAt, Long actorId, String actorName,
                       Long councilId, String action, String objectType, String objectId, String summary) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {prevHash, seq, instant(occurredAt), actorId, actorName, councilId, action,
                objectType, objectId, summary}) {
            String text = field == null ? "" : field.toString();
            // Length-prefixing keeps "ab"+"c" and "a"+"bc" from hashing alike.
            canonical.append(field == null ? -1 : text.length()).append(':').append(text).append('\n');
        }
        return Secrets.sha256Hex(canonical.toString());
    }

    private static String instant(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
