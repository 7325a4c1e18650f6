package org.councilworkspace.demo;

import java.util.List;
import java.util.function.Supplier;
import org.councilworkspace.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs seeding steps as a given person, so demo data goes through the same permission checks as users do. */
final class RunAs {

    private RunAs() {
    }

    static <T> T user(long id, String username, boolean admin, Supplier<T> action) {
        SignedInUser principal = new SignedInUser(id, username, username, null, admin, true, "en");
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void user(long id, String username, boolean admin, Runnable action) {
        user(id, username, admin, () -> {
            action.run();
            return List.of();
        });
    }
}
