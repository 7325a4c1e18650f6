package org.councilworkspace.amendment;

import org.councilworkspace.council.StakeholderGroup;

/**
 * One part of a council's support rule that an amendment does not meet yet, said as what it still needs.
 *
 * @param count how many more supporters are needed
 * @param group the proposer's group (for {@link Kind#OTHER_GROUP}) or the named group (for {@link Kind#GROUP});
 *              null for {@link Kind#SUPPORTERS}
 */
public record MissingSupport(Kind kind, int count, StakeholderGroup group) {

    public enum Kind {
        /** More supporters, from any group. */
        SUPPORTERS,
        /** A supporter from a stakeholder group other than the proposer's. */
        OTHER_GROUP,
        /** A supporter from a group the council named. */
        GROUP
    }
}
