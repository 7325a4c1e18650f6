package org.councilworkspace.plan;

import java.time.OffsetDateTime;
import org.councilworkspace.security.CouncilRole;

/**
 * What another feature adds to "changed since you last looked" on a section (new comments, new amendments), so the
 * section page can say it without the plan knowing those features. Implementations are beans, asked in their order.
 */
public interface NewSinceLook {

    /**
     * How many things of the feature on the section are new to the reader: made after {@code since} by someone else,
     * and only those the reader's role may read. One query.
     */
    NewThings since(long sectionId, long readerId, CouncilRole role, OffsetDateTime since);

    /** A count with the translation key that says it ({0} is the count). */
    record NewThings(String labelKey, int count) {
    }
}
