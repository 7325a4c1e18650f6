package org.councilworkspace.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures for this account or address. */
public class LoginThrottledException extends AuthenticationException {
    public LoginThrottledException() {
        super("Too many failed sign-ins; try again later");
    }
}
