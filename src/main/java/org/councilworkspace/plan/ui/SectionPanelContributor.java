package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.councilworkspace.plan.SectionDraft;

/**
 * A panel another feature shows under a section's text (for example the member's position), so the
 * section page need not know those features.
 */
public interface SectionPanelContributor {

    Optional<Component> panel(SectionDraft draft);

    /**
     * A panel that follows another revision of its section itself rather than being made anew when the page shows
     * that revision in place (which now happens by itself when someone else saves): what the person is doing in it,
     * such as a position's reason half written, stays.
     */
    interface FollowsRevisions {

        void revised(SectionDraft newer);
    }
}
