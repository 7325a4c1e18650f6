package org.councilworkspace.account;

import java.time.OffsetDateTime;

/** An account as the administrator and the profile page see it (never the password hash). */
public record UserAccount(long id, String username, String displayName, String email, String locale,
                          boolean platformAdmin, boolean active, boolean passwordSet, OffsetDateTime createdAt,
                          int version) {
}
