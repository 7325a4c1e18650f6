package org.councilworkspace.amendment;

import static org.councilworkspace.db.Tables.AMENDMENT;

import java.time.OffsetDateTime;
import org.councilworkspace.plan.NewSinceLook;
import org.councilworkspace.security.CouncilRole;
import org.jooq.DSLContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Changed since you last looked": the amendments others proposed to the section since (every reader sees them). */
@Component
@Order(2)
class NewAmendments implements NewSinceLook {

    private final DSLContext db;

    NewAmendments(DSLContext db) {
        this.db = db;
    }

    @Override
    public NewThings since(long sectionId, long readerId, CouncilRole role, OffsetDateTime since) {
        int count = db.fetchCount(AMENDMENT, AMENDMENT.SECTION_ID.eq(sectionId)
                .and(AMENDMENT.CREATED_AT.gt(since))
                .and(AMENDMENT.PROPOSER_ID.ne(readerId)));
        return new NewThings("lastlook.amendments", count);
    }
}
