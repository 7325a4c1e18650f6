package org.councilworkspace.meeting.ui;

import java.util.Optional;
import org.councilworkspace.council.ui.CouncilTab;
import org.councilworkspace.council.ui.CouncilTabContributor;
import org.councilworkspace.security.CouncilRole;
import org.springframework.stereotype.Component;

/** The meetings tab, open to every member of a council (what each may see is decided by the services). */
@Component
class MeetingsTabContributor implements CouncilTabContributor {

    @Override
    public Optional<CouncilTab> tab(long councilId, CouncilRole role) {
        return Optional.of(new CouncilTab(MeetingPaths.meetings(councilId), "meeting.tab", 20));
    }
}
