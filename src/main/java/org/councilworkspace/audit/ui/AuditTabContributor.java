package org.councilworkspace.audit.ui;

import java.util.Optional;
import org.councilworkspace.council.ui.CouncilTab;
import org.councilworkspace.council.ui.CouncilTabContributor;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilRole;
import org.springframework.stereotype.Component;

/** The audit log tab, for the roles that may read a council's audit log. */
@Component
class AuditTabContributor implements CouncilTabContributor {

    static String path(long councilId) {
        return "councils/" + councilId + "/audit";
    }

    @Override
    public Optional<CouncilTab> tab(long councilId, CouncilRole role) {
        return role.may(CouncilAction.READ_AUDIT) ? Optional.of(new CouncilTab(path(councilId), "audit.title", 90))
                : Optional.empty();
    }
}
