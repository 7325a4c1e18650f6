package org.councilworkspace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Council and membership changes land in the right audit log. */
@ServiceTest
class AuditTrailTest {

    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;

    @Test
    void membership_changes_appear_in_the_council_log_and_council_creation_in_the_platform_log() {
        TestUser admin = fixtures.admin();
        TestUser secretariat = fixtures.user("secretariat");
        long councilId = fixtures.council(admin, secretariat);
        TestUser expert = fixtures.user("expert");
        fixtures.addMember(councilId, secretariat, expert, CouncilRole.MEMBER);

        var councilLog = AsUser.call(secretariat, () -> audit.councilEvents(councilId, 0, 50));
        assertThat(councilLog).extracting(AuditEntry::action).containsExactly("MEMBER_ADDED", "MEMBER_ADDED");
        assertThat(councilLog.get(0).actorName()).isEqualTo(secretariat.username());

        var platformLog = AsUser.call(admin, () -> audit.platformEvents(0, 500));
        assertThat(platformLog).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("COUNCIL_CREATED");
            assertThat(e.objectId()).isEqualTo(Long.toString(councilId));
        });
        assertThat(AsUser.call(secretariat, () -> audit.countCouncilEvents(councilId))).isEqualTo(2);
    }
}
