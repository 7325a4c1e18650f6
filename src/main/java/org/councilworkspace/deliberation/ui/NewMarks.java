package org.councilworkspace.deliberation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.OffsetDateTime;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.deliberation.CommentItem;
import org.councilworkspace.deliberation.ThreadSummary;
import org.councilworkspace.plan.ui.SectionSeen;

/**
 * Which threads in the list are new to the reader since they last looked at the section: a thread others started
 * since, or one with a reply from someone else since, labelled so in words. Nothing is marked on a first visit
 * (everything is new), and nothing once the reader marks the section's changes as seen.
 */
final class NewMarks {

    private final long me;
    private OffsetDateTime since;
    private Registration seen;

    NewMarks(long me) {
        this.me = me;
    }

    void since(OffsetDateTime lastLooked) {
        since = lastLooked;
    }

    /** The label the thread carries in the list, or empty. */
    String label(ThreadSummary thread) {
        if (since == null) {
            return "";
        }
        if (thread.authorId() != me && thread.createdAt().isAfter(since)) {
            return t("lastlook.new-thread");
        }
        CommentItem latest = thread.comments().isEmpty() ? null : thread.comments().get(thread.comments().size() - 1);
        return latest != null && latest.authorId() != me && latest.createdAt().isAfter(since)
                ? t("lastlook.new-reply") : "";
    }

    /** While the list is on the page: marking the section as seen clears the labels and re-reads the list. */
    void listen(UI ui, long sectionId, Runnable refresh) {
        stop();
        seen = SectionSeen.listen(ui, sectionId, () -> {
            since = null;
            refresh.run();
        });
    }

    void stop() {
        if (seen != null) {
            seen.remove();
            seen = null;
        }
    }

    private static String t(String key) {
        UI ui = UI.getCurrent();
        return ui == null ? Translations.t(key) : ui.getTranslation(key);
    }
}
