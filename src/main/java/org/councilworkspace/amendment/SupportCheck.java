package org.councilworkspace.amendment;

import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.council.StakeholderGroup;

/** A council's support rule against an amendment's current supporters, as a pure function. */
final class SupportCheck {

    private SupportCheck() {
    }

    /**
     * What the amendment still needs, each part of the rule on its own; empty when the rule is met.
     *
     * @param proposerGroup   the proposer's stakeholder group in the council (null if they are no longer a member)
     * @param supporterGroups the group of each current supporter who is a current member, one entry per supporter
     */
    static List<MissingSupport> missing(SupportRule rule, StakeholderGroup proposerGroup,
                                        List<StakeholderGroup> supporterGroups) {
        List<MissingSupport> missing = new ArrayList<>();
        if (supporterGroups.size() < rule.minSupporters()) {
            missing.add(new MissingSupport(MissingSupport.Kind.SUPPORTERS,
                    rule.minSupporters() - supporterGroups.size(), null));
        }
        if (rule.otherGroup() && proposerGroup == null) {
            // A proposer who has left the council has no group: any supporter is from another one.
            if (supporterGroups.isEmpty() && missing.isEmpty()) {
                missing.add(new MissingSupport(MissingSupport.Kind.SUPPORTERS, 1, null));
            }
        } else if (rule.otherGroup() && supporterGroups.stream().allMatch(g -> g == proposerGroup)) {
            missing.add(new MissingSupport(MissingSupport.Kind.OTHER_GROUP, 1, proposerGroup));
        }
        for (StakeholderGroup group : StakeholderGroup.values()) {
            if (rule.groups().contains(group) && !supporterGroups.contains(group)) {
                missing.add(new MissingSupport(MissingSupport.Kind.GROUP, 1, group));
            }
        }
        return List.copyOf(missing);
    }
}
