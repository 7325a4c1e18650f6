package org.councilworkspace.security;

import static org.councilworkspace.db.Tables.APP_USER;

import java.util.Locale;
import org.jooq.DSLContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads accounts for sign-in. Not a bean on purpose: only the throttling provider may use it. */
class AccountUserDetails implements UserDetailsService {

    private final DSLContext db;

    AccountUserDetails(DSLContext db) {
        this.db = db;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return db.selectFrom(APP_USER)
                .where(APP_USER.USERNAME.eq(name))
                .fetchOptional()
                .map(u -> new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getPasswordHash(),
                        u.getPlatformAdmin(), u.getActive(), u.getLocale()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
