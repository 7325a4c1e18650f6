package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.AGENCY;
import static org.councilworkspace.db.Tables.IMPLEMENTATION_SETTINGS;
import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** A council's agencies, its tolerance for KPI status, and the affiliations that make a member a reporter. */
@Repository
class AgencyRepository {

    static final int DEFAULT_TOLERANCE = 10;

    private final DSLContext db;

    AgencyRepository(DSLContext db) {
        this.db = db;
    }

    List<Agency> ofCouncil(long councilId) {
        return db.selectFrom(AGENCY).where(AGENCY.COUNCIL_ID.eq(councilId)).orderBy(AGENCY.NAME)
                .fetch(AgencyRepository::agency);
    }

    Optional<Agency> find(long agencyId) {
        return db.selectFrom(AGENCY).where(AGENCY.ID.eq(agencyId)).fetchOptional(AgencyRepository::agency);
    }

    boolean nameTaken(long councilId, String name, long exceptId) {
        return db.fetchExists(AGENCY, AGENCY.COUNCIL_ID.eq(councilId)
                .and(DSL.lower(AGENCY.NAME).eq(name.toLowerCase(java.util.Locale.ROOT))).and(AGENCY.ID.ne(exceptId)));
    }

    long insert(long councilId, String name, String affiliation, OffsetDateTime now) {
        return db.insertInto(AGENCY).set(AGENCY.COUNCIL_ID, councilId).set(AGENCY.NAME, name)
                .set(AGENCY.AFFILIATION, affiliation).set(AGENCY.CREATED_AT, now)
                .returningResult(AGENCY.ID).fetchOne(AGENCY.ID);
    }

    boolean update(long agencyId, String name, String affiliation, int expectedVersion) {
        return db.update(AGENCY).set(AGENCY.NAME, name).set(AGENCY.AFFILIATION, affiliation)
                .set(AGENCY.VERSION, AGENCY.VERSION.plus(1))
                .where(AGENCY.ID.eq(agencyId).and(AGENCY.VERSION.eq(expectedVersion))).execute() == 1;
    }

    /** The organization a membership is affiliated with, as the membership records it. */
    Optional<String> affiliation(long membershipId) {
        return db.select(MEMBERSHIP.ORGANIZATION_NAME).from(MEMBERSHIP).where(MEMBERSHIP.ID.eq(membershipId))
                .fetchOptional(MEMBERSHIP.ORGANIZATION_NAME);
    }

    /** The distinct affiliations of the council's members, offered when an agency is set up. */
    List<String> memberAffiliations(long councilId) {
        return db.selectDistinct(MEMBERSHIP.ORGANIZATION_NAME).from(MEMBERSHIP)
                .where(MEMBERSHIP.COUNCIL_ID.eq(councilId).and(MEMBERSHIP.ACTIVE_TO.isNull()))
                .orderBy(MEMBERSHIP.ORGANIZATION_NAME).fetch(MEMBERSHIP.ORGANIZATION_NAME);
    }

    int tolerance(long councilId) {
        return db.select(IMPLEMENTATION_SETTINGS.TOLERANCE_PERCENT).from(IMPLEMENTATION_SETTINGS)
                .where(IMPLEMENTATION_SETTINGS.COUNCIL_ID.eq(councilId))
                .fetchOptional(IMPLEMENTATION_SETTINGS.TOLERANCE_PERCENT).orElse(DEFAULT_TOLERANCE);
    }

    void setTolerance(long councilId, int percent) {
        int updated = db.update(IMPLEMENTATION_SETTINGS).set(IMPLEMENTATION_SETTINGS.TOLERANCE_PERCENT, percent)
                .set(IMPLEMENTATION_SETTINGS.VERSION, IMPLEMENTATION_SETTINGS.VERSION.plus(1))
                .where(IMPLEMENTATION_SETTINGS.COUNCIL_ID.eq(councilId)).execute();
        if (updated == 0) {
            db.insertInto(IMPLEMENTATION_SETTINGS).set(IMPLEMENTATION_SETTINGS.COUNCIL_ID, councilId)
                    .set(IMPLEMENTATION_SETTINGS.TOLERANCE_PERCENT, percent).execute();
        }
    }

    static Agency agency(Record r) {
        return new Agency(r.get(AGENCY.ID), r.get(AGENCY.COUNCIL_ID), r.get(AGENCY.NAME), r.get(AGENCY.AFFILIATION),
                r.get(AGENCY.VERSION));
    }
}
