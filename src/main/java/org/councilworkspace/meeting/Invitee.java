package org.councilworkspace.meeting;

import java.time.OffsetDateTime;

/** An invited member, their answer and (once recorded) whether they attended. */
public record Invitee(long userId, String displayName, String organization, InvitationResponse response,
                      String representative, OffsetDateTime respondedAt, Boolean attended) {
}
