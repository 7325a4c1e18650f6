package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.councilworkspace.plan.Plan;

/**
 * A tool from another feature on the plans list or a plan's outline (for example importing a document), shown only
 * to those who manage plans; the feature's own service checks again.
 */
public interface PlanToolContributor {

    /** A tool beside "New plan" on a council's plans list. */
    default Optional<Component> plansListTool(long councilId) {
        return Optional.empty();
    }

    /** A tool in the outline's toolbar while the plan's text is open to change. */
    default Optional<Component> outlineTool(Plan plan) {
        return Optional.empty();
    }
}
