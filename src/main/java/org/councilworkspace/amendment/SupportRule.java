package org.councilworkspace.amendment;

import java.util.EnumSet;
import java.util.Set;
import org.councilworkspace.council.StakeholderGroup;

/**
 * The support a council requires before an amendment may be accepted: a minimum number of current supporters, at
 * least one supporter from a stakeholder group other than the proposer's, and at least one from each named group.
 * {@link #NONE} (every council's rule until its chair or secretariat sets one) requires nothing.
 *
 * @param version 0 for a council that never set a rule; pass it back unchanged when saving
 */
public record SupportRule(int minSupporters, boolean otherGroup, Set<StakeholderGroup> groups, int version) {

    public static final int MAX_SUPPORTERS = 50;
    public static final SupportRule NONE = new SupportRule(0, false, Set.of(), 0);

    public SupportRule {
        groups = groups == null || groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
    }

    /** Whether the rule asks for anything at all. */
    public boolean requiresNothing() {
        return minSupporters == 0 && !otherGroup && groups.isEmpty();
    }
}
