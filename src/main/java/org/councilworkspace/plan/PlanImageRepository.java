package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.PLAN_ATTACHMENT;
import static org.councilworkspace.db.Tables.PLAN_VERSION;
import static org.councilworkspace.db.Tables.PLAN_VERSION_SECTION;
import static org.councilworkspace.db.Tables.SECTION_REVISION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class PlanImageRepository {

    /** A stored picture and the council its plan belongs to, which decides who may see it. */
    record Stored(PlanImage image, long councilId) {
    }

    private final DSLContext db;

    PlanImageRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long planId, String fileName, ImageType type, String sha256, String altText, byte[] content,
                long createdBy, OffsetDateTime now) {
        return db.insertInto(PLAN_ATTACHMENT)
                .set(PLAN_ATTACHMENT.PLAN_ID, planId)
                .set(PLAN_ATTACHMENT.FILE_NAME, fileName)
                .set(PLAN_ATTACHMENT.CONTENT_TYPE, type.contentType())
                .set(PLAN_ATTACHMENT.SIZE_BYTES, content.length)
                .set(PLAN_ATTACHMENT.SHA256, sha256)
                .set(PLAN_ATTACHMENT.ALT_TEXT, altText)
                .set(PLAN_ATTACHMENT.CONTENT, content)
                .set(PLAN_ATTACHMENT.CREATED_BY, createdBy)
                .set(PLAN_ATTACHMENT.CREATED_AT, now)
                .returningResult(PLAN_ATTACHMENT.ID)
                .fetchOne(PLAN_ATTACHMENT.ID);
    }

    Optional<Stored> find(long id) {
        return db.select(PLAN_ATTACHMENT.fields()).select(MASTER_PLAN.COUNCIL_ID)
                .from(PLAN_ATTACHMENT).join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_ATTACHMENT.PLAN_ID))
                .where(PLAN_ATTACHMENT.ID.eq(id))
                .fetchOptional(r -> new Stored(image(r), r.get(MASTER_PLAN.COUNCIL_ID)));
    }

    /** Those of the ids that belong to a plan of the council: a text cannot pull in another council's pictures. */
    Map<Long, PlanImage> ofCouncil(long councilId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.select(PLAN_ATTACHMENT.fields())
                .from(PLAN_ATTACHMENT).join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_ATTACHMENT.PLAN_ID))
                .where(PLAN_ATTACHMENT.ID.in(ids).and(MASTER_PLAN.COUNCIL_ID.eq(councilId)))
                .fetch(PlanImageRepository::image).stream()
                .collect(Collectors.toMap(PlanImage::id, Function.identity()));
    }

    /** Whether the text of a published version of one of the council's plans shows the picture. */
    boolean shownByPublishedVersion(long id, long councilId) {
        return db.fetchExists(DSL.selectOne()
                .from(PLAN_VERSION)
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_VERSION.PLAN_ID))
                .join(PLAN_VERSION_SECTION).on(PLAN_VERSION_SECTION.VERSION_ID.eq(PLAN_VERSION.ID))
                .join(SECTION_REVISION).on(SECTION_REVISION.ID.eq(PLAN_VERSION_SECTION.REVISION_ID))
                .where(MASTER_PLAN.COUNCIL_ID.eq(councilId)
                        .and(PLAN_VERSION.PUBLISHED_AT.isNotNull())
                        .and(SECTION_REVISION.BODY.like("%(" + PlanImages.SCHEME + id + ")%"))));
    }

    private static PlanImage image(Record r) {
        return new PlanImage(r.get(PLAN_ATTACHMENT.ID), r.get(PLAN_ATTACHMENT.PLAN_ID), r.get(PLAN_ATTACHMENT.FILE_NAME),
                ImageType.ofContentType(r.get(PLAN_ATTACHMENT.CONTENT_TYPE)), r.get(PLAN_ATTACHMENT.SHA256),
                r.get(PLAN_ATTACHMENT.ALT_TEXT), r.get(PLAN_ATTACHMENT.CONTENT));
    }
}
