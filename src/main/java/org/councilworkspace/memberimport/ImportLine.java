package org.councilworkspace.memberimport;

import java.util.List;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;

/**
 * One line of a member file as the preview shows it: what was read (group and role null when unreadable), whether
 * the address already has an account, and what is wrong with the line (empty when it can be imported).
 */
public record ImportLine(int line, String name, String email, String affiliation, StakeholderGroup group,
                         CouncilRole role, String language, boolean existingAccount, List<LineProblem> problems) {

    public boolean importable() {
        return problems.isEmpty();
    }
}
