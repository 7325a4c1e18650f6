package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MEETING_DOCUMENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class DocumentRepository {

    private final DSLContext db;

    DocumentRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long meetingId, String title, String fileName, DocumentKind kind, byte[] content, boolean isPublic,
                long addedBy, OffsetDateTime now) {
        return db.insertInto(MEETING_DOCUMENT)
                .set(MEETING_DOCUMENT.MEETING_ID, meetingId)
                .set(MEETING_DOCUMENT.TITLE, title)
                .set(MEETING_DOCUMENT.FILE_NAME, fileName)
                .set(MEETING_DOCUMENT.MEDIA_TYPE, kind.mediaType)
                .set(MEETING_DOCUMENT.SIZE_BYTES, (long) content.length)
                .set(MEETING_DOCUMENT.CONTENT, content)
                .set(MEETING_DOCUMENT.PUBLIC_FILE, isPublic)
                .set(MEETING_DOCUMENT.ADDED_BY, addedBy)
                .set(MEETING_DOCUMENT.ADDED_AT, now)
                .returningResult(MEETING_DOCUMENT.ID)
                .fetchOne(MEETING_DOCUMENT.ID);
    }

    /** The documents of a meeting, oldest first; only the public ones when asked. */
    List<MeetingDocument> ofMeeting(long meetingId, boolean publicOnly) {
        Condition condition = MEETING_DOCUMENT.MEETING_ID.eq(meetingId);
        if (publicOnly) {
            condition = condition.and(MEETING_DOCUMENT.PUBLIC_FILE.isTrue());
        }
        return db.select(MEETING_DOCUMENT.ID, MEETING_DOCUMENT.MEETING_ID, MEETING_DOCUMENT.TITLE,
                        MEETING_DOCUMENT.FILE_NAME, MEETING_DOCUMENT.MEDIA_TYPE, MEETING_DOCUMENT.SIZE_BYTES,
                        MEETING_DOCUMENT.PUBLIC_FILE, APP_USER.DISPLAY_NAME, MEETING_DOCUMENT.ADDED_AT)
                .from(MEETING_DOCUMENT)
                .join(APP_USER).on(APP_USER.ID.eq(MEETING_DOCUMENT.ADDED_BY))
                .where(condition)
                .orderBy(MEETING_DOCUMENT.ID)
                .fetch(r -> new MeetingDocument(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    Optional<MeetingDocument> find(long documentId) {
        return db.select(MEETING_DOCUMENT.MEETING_ID).from(MEETING_DOCUMENT).where(MEETING_DOCUMENT.ID.eq(documentId))
                .fetchOptional(MEETING_DOCUMENT.MEETING_ID)
                .flatMap(meetingId -> ofMeeting(meetingId, false).stream().filter(d -> d.id() == documentId).findFirst());
    }

    Optional<DocumentFile> file(long documentId) {
        return db.select(MEETING_DOCUMENT.FILE_NAME, MEETING_DOCUMENT.MEDIA_TYPE, MEETING_DOCUMENT.CONTENT)
                .from(MEETING_DOCUMENT).where(MEETING_DOCUMENT.ID.eq(documentId))
                .fetchOptional(r -> new DocumentFile(r.value1(), r.value2(), r.value3()));
    }

    void delete(long documentId) {
        db.deleteFrom(MEETING_DOCUMENT).where(MEETING_DOCUMENT.ID.eq(documentId)).execute();
    }
}
