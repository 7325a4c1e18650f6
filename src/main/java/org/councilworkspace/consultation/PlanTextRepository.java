package org.councilworkspace.consultation;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.PLAN_VERSION;
import static org.councilworkspace.db.Tables.PLAN_VERSION_SECTION;
import static org.councilworkspace.db.Tables.SECTION_REVISION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The plan text a round shows to people without an account. It reads frozen versions and revisions itself
 * because the plan feature's services admit council members only; the consultation services decide when
 * a text may be shown (the round's own version while it is open or published, nothing else).
 */
@Repository
class PlanTextRepository {

    /** A revision and the text before it, for the diff of a change made in answer to a comment. */
    record RevisionChange(long revisionId, long sectionId, long planId, int revisionNo, String before, String after,
                          String authorName, OffsetDateTime createdAt, String note) {
    }

    /** A revision offered when answering: recent saves of a section. */
    record RevisionChoice(long id, int revisionNo, String authorName, OffsetDateTime createdAt, String note) {
    }

    private final DSLContext db;

    PlanTextRepository(DSLContext db) {
        this.db = db;
    }

    List<RoundSection> versionSections(long versionId) {
        return db.select(PLAN_VERSION_SECTION.SECTION_ID, PLAN_VERSION_SECTION.DEPTH, PLAN_VERSION_SECTION.NUMBER,
                        PLAN_VERSION_SECTION.TITLE, SECTION_REVISION.BODY)
                .from(PLAN_VERSION_SECTION)
                .leftJoin(SECTION_REVISION).on(SECTION_REVISION.ID.eq(PLAN_VERSION_SECTION.REVISION_ID))
                .where(PLAN_VERSION_SECTION.VERSION_ID.eq(versionId))
                .orderBy(PLAN_VERSION_SECTION.ORDINAL)
                .fetch(r -> new RoundSection(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? "" : r.value5()));
    }

    Optional<RevisionChange> change(long revisionId) {
        var previous = SECTION_REVISION.as("previous");
        return db.select(SECTION_REVISION.ID, SECTION_REVISION.SECTION_ID, PLAN_SECTION.PLAN_ID,
                        SECTION_REVISION.REVISION_NO, previous.BODY, SECTION_REVISION.BODY, APP_USER.DISPLAY_NAME,
                        SECTION_REVISION.CREATED_AT, SECTION_REVISION.CHANGE_NOTE)
                .from(SECTION_REVISION)
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(SECTION_REVISION.SECTION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SECTION_REVISION.AUTHOR_ID))
                .leftJoin(previous).on(previous.SECTION_ID.eq(SECTION_REVISION.SECTION_ID)
                        .and(previous.REVISION_NO.eq(SECTION_REVISION.REVISION_NO.minus(1))))
                .where(SECTION_REVISION.ID.eq(revisionId))
                .fetchOptional(r -> new RevisionChange(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? "" : r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    List<RevisionChoice> revisions(long sectionId, int limit) {
        return db.select(SECTION_REVISION.ID, SECTION_REVISION.REVISION_NO, APP_USER.DISPLAY_NAME,
                        SECTION_REVISION.CREATED_AT, SECTION_REVISION.CHANGE_NOTE)
                .from(SECTION_REVISION).join(APP_USER).on(APP_USER.ID.eq(SECTION_REVISION.AUTHOR_ID))
                .where(SECTION_REVISION.SECTION_ID.eq(sectionId))
                .orderBy(SECTION_REVISION.REVISION_NO.desc()).limit(limit)
                .fetch(r -> new RevisionChoice(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    Optional<String> versionLabel(long versionId) {
        return db.select(PLAN_VERSION.LABEL).from(PLAN_VERSION).where(PLAN_VERSION.ID.eq(versionId))
                .fetchOptional(PLAN_VERSION.LABEL);
    }

    /**
     * The first published version whose frozen copy of the section is this revision or a later one (revision ids
     * only grow), so that version's text carries the change; empty while no published version does.
     */
    Optional<Long> firstPublishedVersionCarrying(long sectionId, long revisionId) {
        return db.select(PLAN_VERSION.ID).from(PLAN_VERSION_SECTION)
                .join(PLAN_VERSION).on(PLAN_VERSION.ID.eq(PLAN_VERSION_SECTION.VERSION_ID))
                .where(PLAN_VERSION_SECTION.SECTION_ID.eq(sectionId)
                        .and(PLAN_VERSION_SECTION.REVISION_ID.ge(revisionId))
                        .and(PLAN_VERSION.PUBLISHED_AT.isNotNull()))
                .orderBy(PLAN_VERSION.CREATED_AT, PLAN_VERSION.ID)
                .limit(1)
                .fetchOptional(PLAN_VERSION.ID);
    }

    Optional<Long> planOfSection(long sectionId) {
        return db.select(PLAN_SECTION.PLAN_ID).from(PLAN_SECTION).where(PLAN_SECTION.ID.eq(sectionId))
                .fetchOptional(PLAN_SECTION.PLAN_ID);
    }
}
