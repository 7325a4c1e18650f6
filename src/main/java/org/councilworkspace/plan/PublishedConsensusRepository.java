package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.PLAN_VERSION;
import static org.councilworkspace.db.Tables.PUBLISHED_DECLARATION;
import static org.councilworkspace.db.Tables.PUBLISHED_MINORITY_OPINION;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;

/** The consensus record copied onto a version when it is published; written once, never updated. */
@Repository
class PublishedConsensusRepository {

    private final DSLContext db;

    PublishedConsensusRepository(DSLContext db) {
        this.db = db;
    }

    void keep(long versionId, List<PlanDeclaration> declarations, List<AnnexEntry> opinions) {
        // One round trip for the whole record: a large plan's annex has hundreds of entries.
        List<Query> inserts = new ArrayList<>();
        for (int i = 0; i < declarations.size(); i++) {
            PlanDeclaration d = declarations.get(i);
            inserts.add(db.insertInto(PUBLISHED_DECLARATION)
                    .set(PUBLISHED_DECLARATION.VERSION_ID, versionId)
                    .set(PUBLISHED_DECLARATION.POSITION, i)
                    .set(PUBLISHED_DECLARATION.SECTION_ID, d.sectionId())
                    .set(PUBLISHED_DECLARATION.SUBJECT, d.subject())
                    .set(PUBLISHED_DECLARATION.SUMMARY, d.summary())
                    .set(PUBLISHED_DECLARATION.DECLARED_BY, d.declaredBy())
                    .set(PUBLISHED_DECLARATION.DECLARED_AT, d.declaredAt())
                    .set(PUBLISHED_DECLARATION.OVER_OBJECTIONS, d.overObjections()));
        }
        for (int i = 0; i < opinions.size(); i++) {
            AnnexEntry e = opinions.get(i);
            inserts.add(db.insertInto(PUBLISHED_MINORITY_OPINION)
                    .set(PUBLISHED_MINORITY_OPINION.VERSION_ID, versionId)
                    .set(PUBLISHED_MINORITY_OPINION.POSITION, i)
                    .set(PUBLISHED_MINORITY_OPINION.SECTION_ID, e.sectionId())
                    .set(PUBLISHED_MINORITY_OPINION.SUBJECT, e.subject())
                    .set(PUBLISHED_MINORITY_OPINION.MEMBER_NAME, e.member())
                    .set(PUBLISHED_MINORITY_OPINION.ORGANIZATION, e.organization())
                    .set(PUBLISHED_MINORITY_OPINION.STANCE, e.kind())
                    .set(PUBLISHED_MINORITY_OPINION.TEXT, e.text())
                    .set(PUBLISHED_MINORITY_OPINION.RECORDED_AT, e.recordedAt())
                    .set(PUBLISHED_MINORITY_OPINION.CONFIRMED, e.confirmedByMember()));
        }
        if (!inserts.isEmpty()) {
            db.batch(inserts).execute();
        }
        db.update(PLAN_VERSION).set(PLAN_VERSION.CONSENSUS_KEPT, true).where(PLAN_VERSION.ID.eq(versionId)).execute();
    }

    PublishedConsensus of(long versionId) {
        boolean kept = Boolean.TRUE.equals(db.select(PLAN_VERSION.CONSENSUS_KEPT).from(PLAN_VERSION)
                .where(PLAN_VERSION.ID.eq(versionId)).fetchOne(PLAN_VERSION.CONSENSUS_KEPT));
        List<PlanDeclaration> declarations = db.selectFrom(PUBLISHED_DECLARATION)
                .where(PUBLISHED_DECLARATION.VERSION_ID.eq(versionId)).orderBy(PUBLISHED_DECLARATION.POSITION)
                .fetch(r -> new PlanDeclaration(r.getSubject(), r.getSummary(), r.getDeclaredBy(), r.getOverObjections(),
                        r.getSectionId(), r.getDeclaredAt()));
        List<AnnexEntry> opinions = db.selectFrom(PUBLISHED_MINORITY_OPINION)
                .where(PUBLISHED_MINORITY_OPINION.VERSION_ID.eq(versionId)).orderBy(PUBLISHED_MINORITY_OPINION.POSITION)
                .fetch(r -> new AnnexEntry(r.getSubject(), r.getMemberName(), r.getOrganization(), r.getStance(),
                        r.getText(), r.getConfirmed(), r.getSectionId(), r.getRecordedAt()));
        return new PublishedConsensus(kept, declarations, opinions);
    }
}
