package org.councilworkspace.consultation;

import java.time.OffsetDateTime;
import org.councilworkspace.council.OrganizationType;

/** An invited organization of a round; the token is shown once, when the link is created, and never stored. */
public record Invitation(long id, long roundId, String organizationName, OrganizationType organizationType,
                         String email, OffsetDateTime expiresAt, int submissions) {
}
