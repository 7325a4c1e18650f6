package org.councilworkspace.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with throttling checked first, so a flood of guesses costs no Argon2 work. A success is
 * published for the audit trail at once; failures and throttled attempts are counted and written as summaries
 * ({@link SignInFailureLog}), so anonymous guesses cannot queue up on the audit chain's lock.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_USERNAME_LENGTH = 64;

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final SignInFailureLog failures;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle,
                                     ApplicationEventPublisher events, SignInFailureLog failures) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.failures = failures;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName());
        if (username.length() > MAX_USERNAME_LENGTH) {
            username = username.substring(0, MAX_USERNAME_LENGTH);
        }
        String address = clientAddress(authentication);
        if (throttle.isBlocked(username, address)) {
            failures.throttled(username, address);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            SignedInUser user = (SignedInUser) result.getPrincipal();
            throttle.recordSuccess(username);
            events.publishEvent(new SignInAttempted(user.id(), user.username(), SignInAttempted.SUCCEEDED, address));
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(username, address);
            failures.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
