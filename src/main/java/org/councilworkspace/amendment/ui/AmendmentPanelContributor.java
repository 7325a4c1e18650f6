package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.councilworkspace.amendment.AmendmentActivity;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.ui.SectionPanelContributor;

/** Amendments have their panel under every section's text; everyone who may read the section sees it. */
@org.springframework.stereotype.Component
class AmendmentPanelContributor implements SectionPanelContributor {

    private final AmendmentService amendments;
    private final AmendmentActivity activity;

    AmendmentPanelContributor(AmendmentService amendments, AmendmentActivity activity) {
        this.amendments = amendments;
        this.activity = activity;
    }

    @Override
    public Optional<Component> panel(SectionDraft draft) {
        return Optional.of(new AmendmentPanel(amendments, activity, draft));
    }
}
