package org.councilworkspace.council;

import org.councilworkspace.security.CouncilRole;

/** What is entered to add a person to a council. */
public record NewMembership(long userId, CouncilRole role, StakeholderGroup group, String organizationName,
                            OrganizationType organizationType) {
}
