package org.councilworkspace.base;

import static org.councilworkspace.db.Tables.MEMBERSHIP;

import org.jooq.Field;
import org.jooq.impl.DSL;

/** A writer's stakeholder group in a council, for the texts the search index reads (its group filter). */
public final class MemberGroups {

    private MemberGroups() {
    }

    /**
     * The group of the person's newest membership of the council, or null when they never were a member (the
     * public, a platform administrator).
     */
    public static Field<String> groupOf(Field<Long> councilId, Field<Long> userId) {
        return DSL.field(DSL.select(MEMBERSHIP.STAKEHOLDER_GROUP).from(MEMBERSHIP)
                .where(MEMBERSHIP.COUNCIL_ID.eq(councilId).and(MEMBERSHIP.USER_ID.eq(userId)))
                .orderBy(MEMBERSHIP.ID.desc()).limit(1)).as("member_group");
    }
}
