package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.SECTION_REVISION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class RevisionRepository {

    private final DSLContext db;
    /** At most about 4 MB of text (2 million characters). */
    private final SharedBodies bodies = new SharedBodies(2_000_000);

    RevisionRepository(DSLContext db) {
        this.db = db;
    }

    /** Appends a revision with the next number for the section; the caller holds the section's row lock. */
    long insert(long sectionId, String body, long authorId, OffsetDateTime now, String note, Long baseRevisionId,
                RevisionKind kind, Long sourceRevisionId, int wordsChanged) {
        Integer last = db.select(org.jooq.impl.DSL.max(SECTION_REVISION.REVISION_NO)).from(SECTION_REVISION)
                .where(SECTION_REVISION.SECTION_ID.eq(sectionId)).fetchOne().value1();
        return db.insertInto(SECTION_REVISION)
                .set(SECTION_REVISION.SECTION_ID, sectionId)
                .set(SECTION_REVISION.REVISION_NO, last == null ? 1 : last + 1)
                .set(SECTION_REVISION.BODY, body)
                .set(SECTION_REVISION.AUTHOR_ID, authorId)
                .set(SECTION_REVISION.CREATED_AT, now)
                .set(SECTION_REVISION.CHANGE_NOTE, note)
                .set(SECTION_REVISION.BASE_REVISION_ID, baseRevisionId)
                .set(SECTION_REVISION.KIND, kind.name())
                .set(SECTION_REVISION.SOURCE_REVISION_ID, sourceRevisionId)
                .set(SECTION_REVISION.WORDS_CHANGED, wordsChanged)
                .returningResult(SECTION_REVISION.ID)
                .fetchOne(SECTION_REVISION.ID);
    }

    Optional<String> displayName(long userId) {
        return db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.DISPLAY_NAME);
    }

    Optional<Revision> find(long revisionId) {
        return select().where(SECTION_REVISION.ID.eq(revisionId)).fetchOptional(this::toRevision);
    }

    /** Newest first, a page at a time, without the texts themselves. */
    List<RevisionSummary> page(long sectionId, int offset, int limit) {
        return db.select(SECTION_REVISION.ID, SECTION_REVISION.REVISION_NO, APP_USER.DISPLAY_NAME,
                        SECTION_REVISION.CREATED_AT, SECTION_REVISION.CHANGE_NOTE, SECTION_REVISION.KIND,
                        SECTION_REVISION.WORDS_CHANGED)
                .from(SECTION_REVISION)
                .join(APP_USER).on(APP_USER.ID.eq(SECTION_REVISION.AUTHOR_ID))
                .where(SECTION_REVISION.SECTION_ID.eq(sectionId))
                .orderBy(SECTION_REVISION.REVISION_NO.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new RevisionSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        RevisionKind.valueOf(r.value6()), r.value7()));
    }

    int count(long sectionId) {
        return db.fetchCount(SECTION_REVISION, SECTION_REVISION.SECTION_ID.eq(sectionId));
    }

    List<Revision> byIds(java.util.Collection<Long> ids) {
        return select().where(SECTION_REVISION.ID.in(ids)).fetch(this::toRevision);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(SECTION_REVISION.asterisk(), APP_USER.DISPLAY_NAME)
                .from(SECTION_REVISION)
                .join(APP_USER).on(APP_USER.ID.eq(SECTION_REVISION.AUTHOR_ID));
    }

    private Revision toRevision(Record r) {
        var rev = r.into(SECTION_REVISION);
        return new Revision(rev.getId(), rev.getSectionId(), rev.getRevisionNo(),
                bodies.shared(rev.getId(), rev.getBody()), rev.getAuthorId(),
                r.get(APP_USER.DISPLAY_NAME), rev.getCreatedAt(), rev.getChangeNote(), rev.getBaseRevisionId(),
                RevisionKind.valueOf(rev.getKind()), rev.getSourceRevisionId(), rev.getWordsChanged());
    }
}
