package org.councilworkspace.testsupport;

/** A person created for a test. */
public record TestUser(long id, String username, boolean admin) {
}
