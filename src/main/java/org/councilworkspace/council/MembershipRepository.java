package org.councilworkspace.council;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.base.CurrentMembership;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.base.SearchText;
import org.councilworkspace.security.AccessMemo;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class MembershipRepository {

    private final DSLContext db;

    MembershipRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long councilId, NewMembership m, String organizationName, LocalDate from, OffsetDateTime now) {
        AccessMemo.forget();
        return db.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.COUNCIL_ID, councilId)
                .set(MEMBERSHIP.USER_ID, m.userId())
                .set(MEMBERSHIP.ROLE, m.role().name())
                .set(MEMBERSHIP.STAKEHOLDER_GROUP, m.group().name())
                .set(MEMBERSHIP.ORGANIZATION_NAME, organizationName)
                .set(MEMBERSHIP.ORGANIZATION_TYPE, m.organizationType().name())
                .set(MEMBERSHIP.ACTIVE_FROM, from)
                .set(MEMBERSHIP.CREATED_AT, now)
                .returningResult(MEMBERSHIP.ID)
                .fetchOne(MEMBERSHIP.ID);
    }

    Optional<Member> find(long councilId, long membershipId) {
        return select().where(MEMBERSHIP.ID.eq(membershipId).and(MEMBERSHIP.COUNCIL_ID.eq(councilId)))
                .fetchOptional(MembershipRepository::toMember);
    }

    boolean isCurrentMember(long councilId, long userId, LocalDate today) {
        return db.fetchExists(MEMBERSHIP, MEMBERSHIP.COUNCIL_ID.eq(councilId)
                .and(MEMBERSHIP.USER_ID.eq(userId)).and(CurrentMembership.on(today)));
    }

    /** Current members in stable order, for the council home (a council has tens of members, not thousands). */
    List<Member> current(long councilId, LocalDate today) {
        return select().where(MEMBERSHIP.COUNCIL_ID.eq(councilId).and(CurrentMembership.on(today)))
                .orderBy(MEMBERSHIP.STAKEHOLDER_GROUP, APP_USER.DISPLAY_NAME)
                .fetch(MembershipRepository::toMember);
    }

    List<Member> page(long councilId, boolean includeEnded, LocalDate today, int offset, int limit) {
        return select().where(scope(councilId, includeEnded, today))
                .orderBy(MEMBERSHIP.ACTIVE_TO.isNull().desc(), APP_USER.DISPLAY_NAME, MEMBERSHIP.ID)
                .offset(offset)
                .limit(limit)
                .fetch(MembershipRepository::toMember);
    }

    int count(long councilId, boolean includeEnded, LocalDate today) {
        return db.fetchCount(MEMBERSHIP, scope(councilId, includeEnded, today));
    }

    /** Current members holding one of the managing roles, other than the given membership. */
    int otherManagers(long councilId, long exceptMembershipId, LocalDate today) {
        return db.fetchCount(MEMBERSHIP, MEMBERSHIP.COUNCIL_ID.eq(councilId)
                .and(MEMBERSHIP.ID.ne(exceptMembershipId))
                .and(MEMBERSHIP.ROLE.in(CouncilRole.CHAIR.name(), CouncilRole.SECRETARIAT.name()))
                .and(CurrentMembership.on(today)));
    }

    /** Current chairs of the council other than the given membership. */
    int otherChairs(long councilId, long exceptMembershipId, LocalDate today) {
        return db.fetchCount(MEMBERSHIP, MEMBERSHIP.COUNCIL_ID.eq(councilId)
                .and(MEMBERSHIP.ID.ne(exceptMembershipId))
                .and(MEMBERSHIP.ROLE.eq(CouncilRole.CHAIR.name()))
                .and(CurrentMembership.on(today)));
    }

    boolean changeRole(long membershipId, CouncilRole role, int expectedVersion) {
        AccessMemo.forget();
        return db.update(MEMBERSHIP)
                .set(MEMBERSHIP.ROLE, role.name())
                .set(MEMBERSHIP.VERSION, MEMBERSHIP.VERSION.plus(1))
                .where(MEMBERSHIP.ID.eq(membershipId).and(MEMBERSHIP.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean end(long membershipId, LocalDate day, int expectedVersion) {
        AccessMemo.forget();
        return db.update(MEMBERSHIP)
                .set(MEMBERSHIP.ACTIVE_TO, day)
                .set(MEMBERSHIP.VERSION, MEMBERSHIP.VERSION.plus(1))
                .where(MEMBERSHIP.ID.eq(membershipId).and(MEMBERSHIP.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Active accounts that are not current members of the council, matching the filter. */
    List<Candidate> candidates(long councilId, String filter, LocalDate today, int offset, int limit) {
        var alreadyIn = DSL.select(MEMBERSHIP.USER_ID).from(MEMBERSHIP)
                .where(MEMBERSHIP.COUNCIL_ID.eq(councilId).and(CurrentMembership.on(today)));
        Condition where = APP_USER.ACTIVE.isTrue().and(APP_USER.ID.notIn(alreadyIn));
        if (filter != null && !filter.isBlank()) {
            String pattern = SearchText.containsPattern(filter);
            where = where.and(DSL.lower(APP_USER.USERNAME).like(pattern, SearchText.ESCAPE)
                    .or(DSL.lower(APP_USER.DISPLAY_NAME).like(pattern, SearchText.ESCAPE)));
        }
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(where)
                .orderBy(APP_USER.DISPLAY_NAME)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new Candidate(r.value1(), r.value2(), r.value3()));
    }

    boolean isActiveUser(long userId) {
        return db.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(APP_USER.ACTIVE.isTrue()));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(MEMBERSHIP.asterisk(), APP_USER.USERNAME, APP_USER.DISPLAY_NAME)
                .from(MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID));
    }

    private static Condition scope(long councilId, boolean includeEnded, LocalDate today) {
        Condition c = MEMBERSHIP.COUNCIL_ID.eq(councilId);
        return includeEnded ? c : c.and(CurrentMembership.on(today));
    }

    private static Member toMember(Record r) {
        var m = r.into(MEMBERSHIP);
        return new Member(m.getId(), m.getUserId(), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                CouncilRole.valueOf(m.getRole()), StakeholderGroup.valueOf(m.getStakeholderGroup()),
                m.getOrganizationName(), OrganizationType.valueOf(m.getOrganizationType()), m.getActiveFrom(),
                m.getActiveTo(), m.getVersion());
    }
}
