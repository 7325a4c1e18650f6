package org.councilworkspace.demo;

import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;

/** A fictional demo member: who they are and where they sit. */
record DemoPerson(String username, String displayName, String locale, CouncilRole role, StakeholderGroup group,
                  String organization, OrganizationType organizationType) {
}
