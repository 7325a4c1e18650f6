package org.councilworkspace.implementation.ui;

import java.util.Optional;
import org.councilworkspace.council.ui.CouncilTab;
import org.councilworkspace.council.ui.CouncilTabContributor;
import org.councilworkspace.security.CouncilRole;
import org.springframework.stereotype.Component;

/** The implementation tab, open to every member: everyone reads the register, the services decide who changes it. */
@Component
class ImplementationTabContributor implements CouncilTabContributor {

    @Override
    public Optional<CouncilTab> tab(long councilId, CouncilRole role) {
        return Optional.of(new CouncilTab(ImplementationPaths.register(councilId), "implementation.tab", 30));
    }
}
