package org.councilworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Through the real sign-in provider and audit trail: a flood of failures is one summary, a success is recorded. */
@ServiceTest
class SignInAuditTest {

    @Autowired AuthenticationProvider signIn;
    @Autowired SignInFailureLog failures;
    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;

    @Test
    void a_hundred_failed_and_throttled_sign_ins_become_one_audit_entry_with_their_counts() {
        TestUser admin = fixtures.admin();
        TestUser target = fixtures.user("target");
        int before = AsUser.call(admin, () -> audit.countPlatformEvents());
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> attempt(target.username(), "wrong guess", "203.0.113.77"))
                    .isInstanceOf(AuthenticationException.class);
        }
        int during = AsUser.call(admin, () -> audit.countPlatformEvents());
        assertThat(during - before).as("nothing is written per attempt (a scheduled flush may write one)").isLessThanOrEqualTo(1);

        failures.flush();

        List<AuditEntry> entries = AsUser.call(admin, () -> audit.platformEvents(0, 50)).stream()
                .filter(e -> e.action().equals(SignInFailures.ACTION) && target.username().equals(e.objectId()))
                .toList();
        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(e -> assertThat(e.summary()).contains("from 203.0.113.77"));
        assertThat(entries.stream().mapToInt(e -> counted(e.summary())).sum())
                .as("10 failures, then 90 refused by the throttle").isEqualTo(100);
        assertThat(entries.get(0).summary()).containsPattern("\\d+ failed, \\d+ refused by throttling");
        assertThat(AsUser.call(admin, () -> audit.verifyChain()).intact()).isTrue();
    }

    @Test
    void a_successful_sign_in_is_recorded_at_once() {
        TestUser admin = fixtures.admin();
        TestUser person = fixtures.user("arrives");
        attempt(person.username(), Fixtures.PASSWORD, "192.0.2.44");
        AuditEntry latest = AsUser.call(admin, () -> audit.platformEvents(0, 1)).get(0);
        assertThat(latest.action()).isEqualTo(SignInAttempted.SUCCEEDED);
        assertThat(latest.objectId()).isEqualTo(person.username());
    }

    private void attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        signIn.authenticate(token);
    }

    private static int counted(String summary) {
        String[] words = summary.split(" ");
        return Integer.parseInt(words[0]) + Integer.parseInt(words[2]);
    }
}
