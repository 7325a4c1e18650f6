package org.councilworkspace.plan;

/** Someone with a section open: viewing it or editing it. */
public record Presence(String key, long userId, String displayName, boolean editing) {
}
