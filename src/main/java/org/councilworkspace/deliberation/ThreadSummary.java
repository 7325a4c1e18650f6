package org.councilworkspace.deliberation;

import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.council.StakeholderGroup;

/**
 * A thread as listed beside the text: its passage (as first quoted), who started it,
 * and its first comment and latest reply (the whole thread loads when opened; commentCount says how many).
 */
public record ThreadSummary(long id, long sectionId, Visibility visibility, ThreadStatus status, AnchorState anchorState,
                            String quote, long authorId, String authorName,
                            StakeholderGroup authorGroup, OffsetDateTime createdAt, OffsetDateTime lastActivityAt,
                            String resolvedByName, int commentCount, List<CommentItem> comments,
                            boolean mayResolve) {

    public boolean open() {
        return status == ThreadStatus.OPEN;
    }
}
