package org.councilworkspace.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the security context after sign-in. */
public record SignedInUser(long id, String username, String displayName, String passwordHash,
                           boolean platformAdmin, boolean active, String locale) implements UserDetails {

    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return platformAdmin ? List.of(new SimpleGrantedAuthority(ADMIN_AUTHORITY), new SimpleGrantedAuthority("ROLE_USER"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active && passwordHash != null;
    }

    /** Never let the hash travel further than the sign-in itself. */
    @Override
    public String toString() {
        return "SignedInUser[" + id + ", " + username + "]";
    }
}
