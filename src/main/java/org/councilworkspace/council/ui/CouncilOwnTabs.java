package org.councilworkspace.council.ui;

import java.util.List;
import org.councilworkspace.security.CouncilRole;
import org.springframework.stereotype.Component;

/** The council feature's own pages: overview and members, open to every member. */
@Component
class CouncilOwnTabs {

    List<CouncilTab> tabs(long councilId, CouncilRole role) {
        return List.of(new CouncilTab(CouncilPaths.home(councilId), "council.overview", 0),
                new CouncilTab(CouncilPaths.members(councilId), "members.title", 10));
    }
}
