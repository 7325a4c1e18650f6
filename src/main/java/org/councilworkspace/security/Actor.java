package org.councilworkspace.security;

/** Who is acting, as re-read from the database for this call (not as remembered by the session). */
public record Actor(long id, String username, String displayName, boolean platformAdmin) {
}
