package org.councilworkspace.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with throttling checked first, so a flood of guesses costs no Argon2 work, and every
 * outcome published for the audit trail.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_USERNAME_LENGTH = 64;

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle,
                                     ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName());
        if (username.length() > MAX_USERNAME_LENGTH) {
            username = username.substring(0, MAX_USERNAME_LENGTH);
        }
        String address = clientAddress(authentication);
        if (throttle.isBlocked(username, address)) {
            events.publishEvent(new SignInAttempted(null, username, SignInAttempted.THROTTLED, address));
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
            events.publishEvent(new SignInAttempted(null, username, SignInAttempted.FAILED, address));
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
