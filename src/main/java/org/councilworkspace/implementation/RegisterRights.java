package org.councilworkspace.implementation;

/**
 * What the signed-in member may do with a plan's register as a whole, for views that adapt to it; the service
 * still checks every call.
 *
 * @param manages chair, vice-chair or secretariat: agencies, tolerance and every measure
 * @param drafts may edit sections, so may maintain measures on sections they lead
 */
public record RegisterRights(boolean manages, boolean drafts) {
}
