package org.councilworkspace.meeting;

import java.time.OffsetDateTime;

/** A decision taken under an agenda item, optionally linked to a section or amendment. */
public record Decision(long id, long agendaItemId, String text, AgendaLink link, String linkTitle,
                       String recordedByName, OffsetDateTime recordedAt) {
}
