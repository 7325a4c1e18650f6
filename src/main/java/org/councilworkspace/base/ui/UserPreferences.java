package org.councilworkspace.base.ui;

import java.util.Locale;
import java.util.Optional;

/** The signed-in person's remembered language, implemented by the accounts feature. */
public interface UserPreferences {

    /** Empty when nobody is signed in. */
    Optional<Locale> savedLocale();

    void saveLocale(Locale locale);

    /** The name shown in the user menu. */
    Optional<String> displayName();
}
