package org.councilworkspace.council;

import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.CurrentMembership;
import org.councilworkspace.db.tables.records.CouncilRecord;
import org.councilworkspace.security.CouncilRole;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CouncilRepository {

    private static final org.councilworkspace.db.tables.Council PARENT = COUNCIL.as("parent");

    private final DSLContext db;

    CouncilRepository(DSLContext db) {
        this.db = db;
    }

    long insert(CouncilSettings s, OffsetDateTime now) {
        return db.insertInto(COUNCIL)
                .set(COUNCIL.NAME, s.name())
                .set(COUNCIL.KIND, s.kind().name())
                .set(COUNCIL.MANDATE, s.mandate())
                .set(COUNCIL.PARENT_ID, s.parentId())
                .set(COUNCIL.TERM_START, s.termStart())
                .set(COUNCIL.TERM_END, s.termEnd())
                .set(COUNCIL.CONSENSUS_RULE, s.consensusRule().name())
                .set(COUNCIL.MAJORITY_PERCENT, s.majorityPercent())
                .set(COUNCIL.QUORUM_PERCENT, s.quorumPercent())
                .set(COUNCIL.MEMBERS_MAY_EDIT, s.membersMayEdit())
                .set(COUNCIL.DOCUMENT_LANGUAGE, s.documentLanguage())
                .set(COUNCIL.CALENDAR_SYSTEM, s.calendar().name())
                .set(COUNCIL.CREATED_AT, now)
                .returningResult(COUNCIL.ID)
                .fetchOne(COUNCIL.ID);
    }

    boolean update(long id, CouncilSettings s, int expectedVersion) {
        return db.update(COUNCIL)
                .set(COUNCIL.NAME, s.name())
                .set(COUNCIL.MANDATE, s.mandate())
                .set(COUNCIL.PARENT_ID, s.parentId())
                .set(COUNCIL.TERM_START, s.termStart())
                .set(COUNCIL.TERM_END, s.termEnd())
                .set(COUNCIL.CONSENSUS_RULE, s.consensusRule().name())
                .set(COUNCIL.MAJORITY_PERCENT, s.majorityPercent())
                .set(COUNCIL.QUORUM_PERCENT, s.quorumPercent())
                .set(COUNCIL.MEMBERS_MAY_EDIT, s.membersMayEdit())
                .set(COUNCIL.DOCUMENT_LANGUAGE, s.documentLanguage())
                .set(COUNCIL.CALENDAR_SYSTEM, s.calendar().name())
                .set(COUNCIL.VERSION, COUNCIL.VERSION.plus(1))
                .where(COUNCIL.ID.eq(id).and(COUNCIL.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    Optional<CouncilLanguage> language(long id) {
        return db.select(COUNCIL.DOCUMENT_LANGUAGE, COUNCIL.CALENDAR_SYSTEM)
                .from(COUNCIL)
                .where(COUNCIL.ID.eq(id))
                .fetchOptional(r -> new CouncilLanguage(r.value1(), CalendarSystem.valueOf(r.value2())));
    }

    boolean nameTaken(String name, Long exceptId) {
        var condition = DSL.lower(COUNCIL.NAME).eq(name.toLowerCase());
        if (exceptId != null) {
            condition = condition.and(COUNCIL.ID.ne(exceptId));
        }
        return db.fetchExists(COUNCIL, condition);
    }

    boolean exists(long id) {
        return db.fetchExists(COUNCIL, COUNCIL.ID.eq(id));
    }

    Optional<Council> find(long id) {
        return db.select(COUNCIL.asterisk(), PARENT.NAME)
                .from(COUNCIL)
                .leftJoin(PARENT).on(PARENT.ID.eq(COUNCIL.PARENT_ID))
                .where(COUNCIL.ID.eq(id))
                .fetchOptional(CouncilRepository::toCouncil);
    }

    List<Council> page(int offset, int limit) {
        return db.select(COUNCIL.asterisk(), PARENT.NAME)
                .from(COUNCIL)
                .leftJoin(PARENT).on(PARENT.ID.eq(COUNCIL.PARENT_ID))
                .orderBy(COUNCIL.NAME, COUNCIL.ID)
                .offset(offset)
                .limit(limit)
                .fetch(CouncilRepository::toCouncil);
    }

    int count() {
        return db.fetchCount(COUNCIL);
    }

    /** Every council; for picking a parent body (councils number in the tens, not thousands). */
    List<Council> all() {
        return page(0, Integer.MAX_VALUE);
    }

    List<MyCouncil> ofUser(long userId, LocalDate today) {
        return db.select(COUNCIL.ID, COUNCIL.NAME, COUNCIL.KIND, COUNCIL.PARENT_ID, COUNCIL.TERM_START, COUNCIL.TERM_END,
                        MEMBERSHIP.ROLE)
                .from(MEMBERSHIP)
                .join(COUNCIL).on(COUNCIL.ID.eq(MEMBERSHIP.COUNCIL_ID))
                .where(MEMBERSHIP.USER_ID.eq(userId).and(CurrentMembership.on(today)))
                .orderBy(COUNCIL.NAME)
                .fetch(r -> new MyCouncil(r.value1(), r.value2(), CouncilKind.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), CouncilRole.valueOf(r.value7())));
    }

    private static Council toCouncil(Record r) {
        CouncilRecord c = r.into(COUNCIL);
        return new Council(c.getId(), c.getName(), CouncilKind.valueOf(c.getKind()), c.getMandate(), c.getParentId(),
                r.get(PARENT.NAME), c.getTermStart(), c.getTermEnd(), ConsensusRule.valueOf(c.getConsensusRule()),
                c.getMajorityPercent(), c.getQuorumPercent(), c.getMembersMayEdit(), c.getNoticePeriodDays(),
                c.getVersion(), c.getDocumentLanguage(), CalendarSystem.valueOf(c.getCalendarSystem()));
    }
}
