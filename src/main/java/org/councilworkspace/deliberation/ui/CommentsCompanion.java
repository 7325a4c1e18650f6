package org.councilworkspace.deliberation.ui;

import java.util.Optional;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.DeliberationActivity;
import org.councilworkspace.deliberation.ThreadQueries;
import org.councilworkspace.plan.LastLookService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.ui.SectionTextCompanion;
import org.councilworkspace.security.CurrentUser;

/** Puts the comment threads beside every section's text. */
@org.springframework.stereotype.Component
class CommentsCompanion implements SectionTextCompanion {

    private final ThreadQueries queries;
    private final CommentService comments;
    private final DeliberationActivity activity;
    private final CurrentUser currentUser;
    private final LastLookService looks;

    CommentsCompanion(ThreadQueries queries, CommentService comments, DeliberationActivity activity,
                      CurrentUser currentUser, LastLookService looks) {
        this.looks = looks;
        this.queries = queries;
        this.comments = comments;
        this.activity = activity;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> companion(SectionDraft draft, ShownText text) {
        CommentsPanel panel = new CommentsPanel(queries, comments, activity, currentUser.requireId(), draft, text);
        // Read before the section page records this visit as a look.
        looks.lastLooked(draft.section().sectionId()).ifPresent(panel.newMarks::since);
        return Optional.of(panel);
    }
}
