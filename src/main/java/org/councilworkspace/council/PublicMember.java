package org.councilworkspace.council;

import org.councilworkspace.security.CouncilRole;

/** A current member as the public member list shows them: no account name, no e-mail, no dates. */
public record PublicMember(String displayName, CouncilRole role, StakeholderGroup group, String organizationName) {
}
