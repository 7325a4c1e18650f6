package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.PLAN_VERSION;
import static org.councilworkspace.db.Tables.PLAN_VERSION_SECTION;
import static org.councilworkspace.db.Tables.SECTION_REVISION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class VersionRepository {

    private final DSLContext db;

    VersionRepository(DSLContext db) {
        this.db = db;
    }

    /** The newest major and minor numbers of a plan's versions, or 0.0 before the first. */
    int[] latestNumber(long planId) {
        return db.select(PLAN_VERSION.MAJOR_NO, PLAN_VERSION.MINOR_NO).from(PLAN_VERSION)
                .where(PLAN_VERSION.PLAN_ID.eq(planId))
                .orderBy(PLAN_VERSION.MAJOR_NO.desc(), PLAN_VERSION.MINOR_NO.desc())
                .limit(1)
                .fetchOptional(r -> new int[] {r.value1(), r.value2()})
                .orElse(new int[] {0, 0});
    }

    long insert(long planId, int major, int minor, String label, String note, long createdBy, OffsetDateTime now) {
        return db.insertInto(PLAN_VERSION)
                .set(PLAN_VERSION.PLAN_ID, planId)
                .set(PLAN_VERSION.MAJOR_NO, major)
                .set(PLAN_VERSION.MINOR_NO, minor)
                .set(PLAN_VERSION.LABEL, label)
                .set(PLAN_VERSION.NOTE, note)
                .set(PLAN_VERSION.CREATED_BY, createdBy)
                .set(PLAN_VERSION.CREATED_AT, now)
                .returningResult(PLAN_VERSION.ID)
                .fetchOne(PLAN_VERSION.ID);
    }

    void insertSection(long versionId, OutlineNode node, int ordinal) {
        db.insertInto(PLAN_VERSION_SECTION)
                .set(PLAN_VERSION_SECTION.VERSION_ID, versionId)
                .set(PLAN_VERSION_SECTION.SECTION_ID, node.sectionId())
                .set(PLAN_VERSION_SECTION.REVISION_ID, node.currentRevisionId())
                .set(PLAN_VERSION_SECTION.PARENT_SECTION_ID, node.parentId())
                .set(PLAN_VERSION_SECTION.ORDINAL, ordinal)
                .set(PLAN_VERSION_SECTION.DEPTH, node.depth())
                .set(PLAN_VERSION_SECTION.NUMBER, node.number())
                .set(PLAN_VERSION_SECTION.TITLE, node.title())
                .execute();
    }

    List<PlanVersionInfo> ofPlan(long planId) {
        var sections = DSL.selectCount().from(PLAN_VERSION_SECTION)
                .where(PLAN_VERSION_SECTION.VERSION_ID.eq(PLAN_VERSION.ID)).asField("sections");
        return db.select(PLAN_VERSION.asterisk(), APP_USER.DISPLAY_NAME, sections)
                .from(PLAN_VERSION)
                .join(APP_USER).on(APP_USER.ID.eq(PLAN_VERSION.CREATED_BY))
                .where(PLAN_VERSION.PLAN_ID.eq(planId))
                .orderBy(PLAN_VERSION.MAJOR_NO.desc(), PLAN_VERSION.MINOR_NO.desc())
                .fetch(r -> toInfo(r, r.get("sections", Integer.class)));
    }

    Optional<PlanVersionInfo> find(long versionId) {
        return db.select(PLAN_VERSION.asterisk(), APP_USER.DISPLAY_NAME)
                .from(PLAN_VERSION)
                .join(APP_USER).on(APP_USER.ID.eq(PLAN_VERSION.CREATED_BY))
                .where(PLAN_VERSION.ID.eq(versionId))
                .fetchOptional(r -> toInfo(r, 0));
    }

    /** The frozen sections of a version in outline order, with their texts, in one query. */
    List<VersionSection> sections(long versionId) {
        return db.select(PLAN_VERSION_SECTION.asterisk(), SECTION_REVISION.BODY)
                .from(PLAN_VERSION_SECTION)
                .leftJoin(SECTION_REVISION).on(SECTION_REVISION.ID.eq(PLAN_VERSION_SECTION.REVISION_ID))
                .where(PLAN_VERSION_SECTION.VERSION_ID.eq(versionId))
                .orderBy(PLAN_VERSION_SECTION.ORDINAL)
                .fetch(r -> {
                    var s = r.into(PLAN_VERSION_SECTION);
                    String body = r.get(SECTION_REVISION.BODY);
                    return new VersionSection(s.getSectionId(), s.getParentSectionId(), s.getOrdinal(), s.getDepth(),
                            s.getNumber(), s.getTitle(), s.getRevisionId(), body == null ? "" : body);
                });
    }

    private static PlanVersionInfo toInfo(Record r, int sections) {
        var v = r.into(PLAN_VERSION);
        return new PlanVersionInfo(v.getId(), v.getPlanId(), v.getMajorNo(), v.getMinorNo(), v.getLabel(), v.getNote(),
                r.get(APP_USER.DISPLAY_NAME), v.getCreatedAt(), sections);
    }
}
