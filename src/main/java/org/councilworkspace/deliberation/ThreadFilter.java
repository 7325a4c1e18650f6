package org.councilworkspace.deliberation;

import org.councilworkspace.council.StakeholderGroup;

/**
 * Which threads of a section to list. Null status: open and resolved; mine: threads I started or wrote in;
 * mentioningMe: threads where someone mentioned me; group: threads started by members of that stakeholder group.
 */
public record ThreadFilter(ThreadStatus status, boolean mine, boolean mentioningMe, StakeholderGroup group) {

    public static final ThreadFilter OPEN = new ThreadFilter(ThreadStatus.OPEN, false, false, null);
    public static final ThreadFilter ALL = new ThreadFilter(null, false, false, null);
}
