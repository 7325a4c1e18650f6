package org.councilworkspace.council;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.councilworkspace.base.CurrentMembership;
import org.councilworkspace.security.CouncilRole;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PublicCouncilRepository {

    private static final org.councilworkspace.db.tables.Council PARENT = COUNCIL.as("parent");

    private final DSLContext db;

    PublicCouncilRepository(DSLContext db) {
        this.db = db;
    }

    List<PublicCouncil> profiles(Collection<Long> ids) {
        return db.select(COUNCIL.ID, COUNCIL.NAME, COUNCIL.KIND, COUNCIL.MANDATE, PARENT.NAME, COUNCIL.TERM_START,
                        COUNCIL.TERM_END, COUNCIL.MEMBERS_PUBLIC)
                .from(COUNCIL)
                .leftJoin(PARENT).on(PARENT.ID.eq(COUNCIL.PARENT_ID))
                .where(COUNCIL.ID.in(ids))
                .orderBy(COUNCIL.NAME, COUNCIL.ID)
                .fetch(r -> new PublicCouncil(r.value1(), r.value2(), CouncilKind.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8()));
    }

    boolean setMembersPublic(long councilId, boolean membersPublic) {
        return db.update(COUNCIL).set(COUNCIL.MEMBERS_PUBLIC, membersPublic)
                .where(COUNCIL.ID.eq(councilId).and(COUNCIL.MEMBERS_PUBLIC.ne(membersPublic)))
                .execute() == 1;
    }

    /** Current members of a council whose member list is public, in role order then by name. */
    List<PublicMember> publicMembers(long councilId, LocalDate today) {
        return db.select(APP_USER.DISPLAY_NAME, MEMBERSHIP.ROLE, MEMBERSHIP.STAKEHOLDER_GROUP, MEMBERSHIP.ORGANIZATION_NAME)
                .from(MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
                .join(COUNCIL).on(COUNCIL.ID.eq(MEMBERSHIP.COUNCIL_ID))
                .where(MEMBERSHIP.COUNCIL_ID.eq(councilId).and(COUNCIL.MEMBERS_PUBLIC.isTrue())
                        .and(CurrentMembership.on(today)))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new PublicMember(r.value1(), CouncilRole.valueOf(r.value2()),
                        StakeholderGroup.valueOf(r.value3()), r.value4()));
    }
}
