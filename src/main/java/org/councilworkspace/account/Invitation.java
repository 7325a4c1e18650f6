package org.councilworkspace.account;

import java.time.OffsetDateTime;

/** A one-time set-password link: the token is shown once to the administrator and only its hash is stored. */
public record Invitation(long userId, String username, String token, OffsetDateTime expiresAt) {

    public String path() {
        return "set-password/" + token;
    }
}
