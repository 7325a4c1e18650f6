package org.councilworkspace.plan.ui;

import java.util.Optional;
import org.councilworkspace.council.ui.CouncilTab;
import org.councilworkspace.council.ui.CouncilTabContributor;
import org.councilworkspace.security.CouncilRole;
import org.springframework.stereotype.Component;

/** The master plans tab, open to every member of a council. */
@Component
class PlansTabContributor implements CouncilTabContributor {

    @Override
    public Optional<CouncilTab> tab(long councilId, CouncilRole role) {
        return Optional.of(new CouncilTab(PlanPaths.plans(councilId), "plans.title", 5));
    }
}
