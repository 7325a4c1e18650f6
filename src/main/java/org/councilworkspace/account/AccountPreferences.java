package org.councilworkspace.account;

import java.util.Locale;
import java.util.Optional;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.base.ui.UserPreferences;
import org.councilworkspace.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The shell's view of the signed-in person's language and name. */
@Component
class AccountPreferences implements UserPreferences {

    private final CurrentUser currentUser;
    private final UserRepository users;
    private final AccountService accounts;

    AccountPreferences(CurrentUser currentUser, UserRepository users, AccountService accounts) {
        this.currentUser = currentUser;
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> savedLocale() {
        return currentUser.get().map(u -> SupportedLocales.of(users.locale(u.id())));
    }

    @Override
    public void saveLocale(Locale locale) {
        UserAccount me = accounts.myAccount();
        accounts.updateMyProfile(me.displayName(), me.email(), locale.toLanguageTag(), me.version());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> displayName() {
        return currentUser.get().flatMap(u -> users.find(u.id())).map(UserAccount::displayName);
    }
}
