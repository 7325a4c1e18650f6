package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.implementation.Goal;
import org.councilworkspace.implementation.GoalAlignment;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.ui.SectionPanelContributor;

/**
 * Under a section's text, the goals the section (as an objective or strategy) is aligned with, once the plan has a
 * goal framework; those who maintain the section's measures change it.
 */
@org.springframework.stereotype.Component
class AlignmentPanelContributor implements SectionPanelContributor {

    private final GoalAlignment alignment;
    private final ImplementationService register;

    AlignmentPanelContributor(GoalAlignment alignment, ImplementationService register) {
        this.alignment = alignment;
        this.register = register;
    }

    @Override
    public Optional<Component> panel(SectionDraft draft) {
        long planId = draft.plan().id();
        long sectionId = draft.section().sectionId();
        List<Goal> choices = alignment.goals(planId);
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        boolean maintains = !draft.section().archived() && register.mayMaintainSection(planId, sectionId);
        Div holder = new Div();
        fill(holder, sectionId, maintains ? choices : List.of(), maintains);
        return Optional.of(holder);
    }

    /** Re-drawn in place after each change, so nothing else on the section's page (an open editor) is lost. */
    private void fill(Div holder, long sectionId, List<Goal> choices, boolean maintains) {
        holder.removeAll();
        holder.add(new AlignmentEditor("section", alignment.ofSection(sectionId), choices, maintains
                ? new AlignmentEditor.Actions(g -> alignment.alignSection(sectionId, g.id()),
                g -> alignment.unalignSection(sectionId, g.id()), () -> fill(holder, sectionId, choices, true))
                : null));
    }
}
