package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.AGENDA_ITEM;
import static org.councilworkspace.db.Tables.AGENDA_ITEM_DOCUMENT;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Which of a meeting's documents each of its agenda items points at. */
@Repository
class ItemDocumentRepository {

    private final DSLContext db;

    ItemDocumentRepository(DSLContext db) {
        this.db = db;
    }

    /** Links the document to the item; false when it already was. */
    boolean link(long itemId, long documentId, long linkedBy, OffsetDateTime now) {
        if (db.fetchExists(AGENDA_ITEM_DOCUMENT, AGENDA_ITEM_DOCUMENT.AGENDA_ITEM_ID.eq(itemId)
                .and(AGENDA_ITEM_DOCUMENT.DOCUMENT_ID.eq(documentId)))) {
            return false;
        }
        return db.insertInto(AGENDA_ITEM_DOCUMENT)
                .set(AGENDA_ITEM_DOCUMENT.AGENDA_ITEM_ID, itemId)
                .set(AGENDA_ITEM_DOCUMENT.DOCUMENT_ID, documentId)
                .set(AGENDA_ITEM_DOCUMENT.LINKED_BY, linkedBy)
                .set(AGENDA_ITEM_DOCUMENT.LINKED_AT, now)
                .execute() == 1;
    }

    /** False when the document was not linked to the item. */
    boolean unlink(long itemId, long documentId) {
        return db.deleteFrom(AGENDA_ITEM_DOCUMENT).where(AGENDA_ITEM_DOCUMENT.AGENDA_ITEM_ID.eq(itemId)
                .and(AGENDA_ITEM_DOCUMENT.DOCUMENT_ID.eq(documentId))).execute() == 1;
    }

    /** The item ids of the meeting's items (on the agenda or not) and the document ids each points at, oldest first. */
    Map<Long, List<Long>> links(long meetingId) {
        return db.select(AGENDA_ITEM_DOCUMENT.AGENDA_ITEM_ID, AGENDA_ITEM_DOCUMENT.DOCUMENT_ID)
                .from(AGENDA_ITEM_DOCUMENT)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_DOCUMENT.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM_DOCUMENT.AGENDA_ITEM_ID, AGENDA_ITEM_DOCUMENT.DOCUMENT_ID)
                .fetchGroups(AGENDA_ITEM_DOCUMENT.AGENDA_ITEM_ID, AGENDA_ITEM_DOCUMENT.DOCUMENT_ID);
    }

    /** The documents of each of the given items, from the meeting's documents and its links. */
    static Map<Long, List<MeetingDocument>> byItem(List<AgendaItem> items, List<MeetingDocument> documents,
                                                   Map<Long, List<Long>> links) {
        Map<Long, MeetingDocument> byId = documents.stream()
                .collect(Collectors.toMap(MeetingDocument::id, Function.identity()));
        Map<Long, List<MeetingDocument>> out = new LinkedHashMap<>();
        for (AgendaItem item : items) {
            List<MeetingDocument> own = links.getOrDefault(item.id(), List.of()).stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).toList();
            if (!own.isEmpty()) {
                out.put(item.id(), own);
            }
        }
        return out;
    }
}
