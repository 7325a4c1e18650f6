package org.councilworkspace.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person signed in on this request thread, if any. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public long requireId() {
        return get().map(SignedInUser::id).orElseThrow(() -> new NotSignedInException());
    }

    /** Thrown when a service that needs a person is called without one. */
    public static class NotSignedInException extends org.springframework.security.access.AccessDeniedException {
        public NotSignedInException() {
            super("Not signed in");
        }
    }
}
