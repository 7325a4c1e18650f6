package org.councilworkspace.deliberation;

import static org.councilworkspace.db.Tables.COMMENT_THREAD;
import static org.councilworkspace.db.Tables.THREAD_COMMENT;

import java.time.OffsetDateTime;
import java.util.Arrays;
import org.councilworkspace.plan.NewSinceLook;
import org.councilworkspace.security.CouncilRole;
import org.jooq.DSLContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Changed since you last looked": the comments (first comments of new threads and replies) others wrote on the
 * section since, in the threads the reader's role may read.
 */
@Component
@Order(1)
class NewComments implements NewSinceLook {

    private final DSLContext db;

    NewComments(DSLContext db) {
        this.db = db;
    }

    @Override
    public NewThings since(long sectionId, long readerId, CouncilRole role, OffsetDateTime since) {
        var readable = Arrays.stream(Visibility.values()).filter(v -> v.readableBy(role)).map(Enum::name).toList();
        int count = db.fetchCount(db.select(THREAD_COMMENT.ID)
                .from(THREAD_COMMENT)
                .join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(THREAD_COMMENT.THREAD_ID))
                .where(COMMENT_THREAD.SECTION_ID.eq(sectionId)
                        .and(COMMENT_THREAD.VISIBILITY.in(readable))
                        .and(THREAD_COMMENT.CREATED_AT.gt(since))
                        .and(THREAD_COMMENT.AUTHOR_ID.ne(readerId))));
        return new NewThings("lastlook.comments", count);
    }
}
