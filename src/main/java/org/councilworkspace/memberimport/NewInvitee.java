package org.councilworkspace.memberimport;

import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;

/** One person the secretariat invites by e-mail: what a line of a member file holds, entered in a form. */
public record NewInvitee(String name, String email, String affiliation, StakeholderGroup group, CouncilRole role,
                         String language) {
}
