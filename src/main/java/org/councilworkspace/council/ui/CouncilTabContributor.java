package org.councilworkspace.council.ui;

import java.util.Optional;
import org.councilworkspace.security.CouncilRole;

/** A feature's page inside a council, offered only to roles that may open it. */
public interface CouncilTabContributor {

    Optional<CouncilTab> tab(long councilId, CouncilRole role);
}
