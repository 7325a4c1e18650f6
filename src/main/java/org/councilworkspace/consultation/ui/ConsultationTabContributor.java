package org.councilworkspace.consultation.ui;

import java.util.Optional;
import org.councilworkspace.council.ui.CouncilTab;
import org.councilworkspace.council.ui.CouncilTabContributor;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilRole;
import org.springframework.stereotype.Component;

/** The consultations tab, for those who run consultation rounds (chair, vice-chair, secretariat). */
@Component
class ConsultationTabContributor implements CouncilTabContributor {

    @Override
    public Optional<CouncilTab> tab(long councilId, CouncilRole role) {
        return role.may(CouncilAction.MANAGE_CONSULTATION)
                ? Optional.of(new CouncilTab(PublicPaths.councilRounds(councilId), "consultation.tab", 40))
                : Optional.empty();
    }
}
