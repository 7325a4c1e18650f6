package org.councilworkspace.account;

/** What the administrator enters to create an account. */
public record NewUser(String username, String displayName, String email, String locale, boolean platformAdmin) {
}
