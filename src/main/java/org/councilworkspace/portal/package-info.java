/**
 * The public portal under {@code /public}: plain, stateless, server-rendered pages of what councils publish. It sits on
 * top of the features and reads only through their public services' published-only methods; it never touches a
 * repository or the database, and never creates a session.
 */
package org.councilworkspace.portal;
