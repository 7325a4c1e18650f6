package org.councilworkspace.council;

/** The side of public-private coordination a member speaks for. */
public enum StakeholderGroup {
    MINISTRY, BUSINESS, EXPERT, CIVIL_SOCIETY
}
