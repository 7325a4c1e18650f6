package org.councilworkspace.implementation;

/** How many of a plan's measures an agency leads, and how many of those are delayed or done. */
public record AgencyCount(long agencyId, String agencyName, int measures, int delayed, int done) {
}
