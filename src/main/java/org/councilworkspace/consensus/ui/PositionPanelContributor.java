package org.councilworkspace.consensus.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.ui.SectionPanelContributor;
import org.councilworkspace.security.AccessGuard;

/** Under a section's text, a voting member records their position on it. */
@org.springframework.stereotype.Component
class PositionPanelContributor implements SectionPanelContributor {

    private final ConsensusService consensus;
    private final AccessGuard guard;

    PositionPanelContributor(ConsensusService consensus, AccessGuard guard) {
        this.consensus = consensus;
        this.guard = guard;
    }

    @Override
    public Optional<Component> panel(SectionDraft draft) {
        if (draft.current() == null || draft.plan().status().textLocked()) {
            return Optional.empty();
        }
        return guard.membership(draft.plan().councilId())
                .filter(m -> m.role().isVoting())
                .map(m -> new PositionForm(consensus, draft.plan().id(), draft.section().sectionId(), m.actor().id()));
    }
}
