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
}
