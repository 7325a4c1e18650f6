package org.councilworkspace.testsupport;

import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.Council;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.CouncilSettings;

/** Sets a council's document language and calendar as its manager would in the settings dialog. */
public final class CouncilLanguages {

    private CouncilLanguages() {
    }

    public static void set(CouncilService councils, TestUser manager, long councilId, String language,
                           CalendarSystem calendar) {
        AsUser.run(manager, () -> {
            Council c = councils.councilForEditing(councilId);
            councils.updateCouncil(councilId, new CouncilSettings(c.name(), c.kind(), c.mandate(), c.parentId(),
                    c.termStart(), c.termEnd(), c.consensusRule(), c.majorityPercent(), c.quorumPercent(),
                    c.membersMayEdit(), language, calendar), c.version());
        });
    }
}
