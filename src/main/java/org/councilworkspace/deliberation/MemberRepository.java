package org.councilworkspace.deliberation;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.SECTION_LEAD;
import static org.councilworkspace.db.Tables.THREAD_COMMENT;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilworkspace.base.CurrentMembership;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Who is who around a section: the council's current members, found by name for mentions and their suggestions or
 * by id for notices, the section's lead drafters, and who wrote in a thread.
 */
@Repository
class MemberRepository {

    private final DSLContext db;

    MemberRepository(DSLContext db) {
        this.db = db;
    }

    boolean isLead(long sectionId, long userId) {
        return db.fetchExists(SECTION_LEAD, SECTION_LEAD.SECTION_ID.eq(sectionId).and(SECTION_LEAD.USER_ID.eq(userId))
                .and(SECTION_LEAD.ENDED_AT.isNull()));
    }

    List<Long> leads(long sectionId) {
        // Ended lead drafters stay on record but no longer lead.
        return db.select(SECTION_LEAD.USER_ID).from(SECTION_LEAD)
                .where(SECTION_LEAD.SECTION_ID.eq(sectionId).and(SECTION_LEAD.ENDED_AT.isNull()))
                .fetch(SECTION_LEAD.USER_ID);
    }

    /** Current members of a council whose user name or display name starts with (or, by name, contains) the text. */
    List<MentionCandidate> members(long councilId, LocalDate today, String text, Set<String> roles, int limit) {
        String like = org.councilworkspace.base.SearchText.containsPattern(text);
        return db.selectDistinct(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME).from(MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
                .where(current(councilId, today).and(MEMBERSHIP.ROLE.in(roles)).and(APP_USER.ACTIVE.isTrue())
                        .and(APP_USER.USERNAME.likeIgnoreCase(like, org.councilworkspace.base.SearchText.ESCAPE)
                                .or(APP_USER.DISPLAY_NAME.likeIgnoreCase(like, org.councilworkspace.base.SearchText.ESCAPE))))
                .orderBy(APP_USER.USERNAME).limit(limit)
                .fetch(r -> new MentionCandidate(r.value1(), r.value2(), r.value3()));
    }

    /** The current members among these user names, by name, limited to the given roles. */
    Map<String, Long> membersNamed(long councilId, LocalDate today, Collection<String> usernames, Set<String> roles) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return db.selectDistinct(APP_USER.USERNAME, APP_USER.ID).from(MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
                .where(current(councilId, today).and(MEMBERSHIP.ROLE.in(roles)).and(APP_USER.ACTIVE.isTrue())
                        .and(APP_USER.USERNAME.in(usernames)))
                .fetchMap(APP_USER.USERNAME, APP_USER.ID);
    }

    Set<Long> currentMembers(long councilId, LocalDate today, Collection<Long> userIds, Set<String> roles) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return db.selectDistinct(MEMBERSHIP.USER_ID).from(MEMBERSHIP)
                .where(current(councilId, today).and(MEMBERSHIP.ROLE.in(roles)).and(MEMBERSHIP.USER_ID.in(userIds)))
                .fetchSet(MEMBERSHIP.USER_ID);
    }

    /** Who wrote in a thread (its starter included). */
    Set<Long> participants(long threadId) {
        return db.selectDistinct(THREAD_COMMENT.AUTHOR_ID).from(THREAD_COMMENT)
                .where(THREAD_COMMENT.THREAD_ID.eq(threadId)).fetchSet(THREAD_COMMENT.AUTHOR_ID);
    }

    private static Condition current(long councilId, LocalDate today) {
        return MEMBERSHIP.COUNCIL_ID.eq(councilId).and(CurrentMembership.on(today));
    }
}
