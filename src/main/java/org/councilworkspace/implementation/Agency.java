package org.councilworkspace.implementation;

/**
 * A body that carries out measures. Members whose affiliation equals {@code affiliation} report for it.
 */
public record Agency(long id, long councilId, String name, String affiliation, int version) {
}
