package org.councilworkspace.amendment.ui;

import java.util.Optional;
import org.councilworkspace.council.ui.CouncilTab;
import org.councilworkspace.council.ui.CouncilTabContributor;
import org.councilworkspace.security.CouncilRole;
import org.springframework.stereotype.Component;

/** The amendment rules tab: every member may read what support an amendment needs; managers set it there. */
@Component
class AmendmentRulesTabContributor implements CouncilTabContributor {

    static String path(long councilId) {
        return "councils/" + councilId + "/amendment-rules";
    }

    @Override
    public Optional<CouncilTab> tab(long councilId, CouncilRole role) {
        return Optional.of(new CouncilTab(path(councilId), "amendment.support.tab", 50));
    }
}
