package org.councilworkspace.meeting;

/**
 * What a link points at, as a resolver found it.
 *
 * @param title the target's title as people know it (e.g. "3.2 Electric vehicles")
 * @param path  an in-app route without a leading slash, an address outside the workspace (the public portal) with
 *              one, or null when the target has no page
 */
public record LinkTarget(String title, String path) {
}
