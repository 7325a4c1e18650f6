package org.councilworkspace.council;

import java.time.LocalDate;
import org.councilworkspace.security.CouncilRole;

/** A membership with the person's name, current or ended. */
public record Member(long membershipId, long userId, String username, String displayName, CouncilRole role,
                     StakeholderGroup group, String organizationName, OrganizationType organizationType,
                     LocalDate activeFrom, LocalDate activeTo, int version) {

    public boolean current(LocalDate today) {
        return !activeFrom.isAfter(today) && (activeTo == null || activeTo.isAfter(today));
    }
}
