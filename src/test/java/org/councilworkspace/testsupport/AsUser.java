package org.councilworkspace.testsupport;

import java.util.function.Supplier;
import org.councilworkspace.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a person in the security context, as sign-in would, for calling services directly. */
public final class AsUser {

    private AsUser() {
    }

    public static void signIn(TestUser user) {
        SignedInUser principal = new SignedInUser(user.id(), user.username(), user.username(), null, user.admin(), true, "en");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static <T> T call(TestUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        signIn(user);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(TestUser user, Runnable action) {
        call(user, () -> {
            action.run();
            return null;
        });
    }

    /** Runs with no one signed in, as the scheduler's jobs do; whoever was signed in is back afterwards. */
    public static void asNobody(Runnable action) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
