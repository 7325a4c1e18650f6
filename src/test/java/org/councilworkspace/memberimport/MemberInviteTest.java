package org.councilworkspace.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.TestPropertySource;

/** One member invited by e-mail from the members screen's service, against an in-process SMTP server. */
@ServiceTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "council.mail.sweep=PT1H"})
class MemberInviteTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired PlanFixtures planFixtures;
    @Autowired MemberImportService imports;
    @Autowired CouncilService councils;
    @Autowired AccountService accounts;
    @Autowired List<AuthenticationProvider> signIn;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void the_invited_person_gets_an_expiring_link_sets_a_password_and_signs_in() throws Exception {
        PlanWorld w = planFixtures.world();
        String address = "malee." + System.nanoTime() + "@example.org";
        ImportResult result = AsUser.call(w.secretariat(), () -> imports.inviteMember(w.councilId(), new NewInvitee(
                "Malee Srisuk", address, "Thai Automotive Institute", StakeholderGroup.EXPERT, CouncilRole.MEMBER, "th")));
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.emailed()).isEqualTo(1);
        Member malee = AsUser.call(w.secretariat(), () -> councils.currentMembers(w.councilId())).stream()
                .filter(m -> m.displayName().equals("Malee Srisuk")).findFirst().orElseThrow();
        assertThat(malee.role()).isEqualTo(CouncilRole.MEMBER);
        assertThat(malee.group()).isEqualTo(StakeholderGroup.EXPERT);

        MimeMessage mail = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> to(address), list -> !list.isEmpty()).get(0);
        String body = decoded(mail);
        assertThat(body).startsWith("เรียน Malee Srisuk").contains("ลิงก์ใช้ได้ครั้งเดียว");
        Matcher link = Pattern.compile("/set-password/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as("the mail carries the set-password link").isTrue();
        String token = link.group(1);
        assertThat(accounts.invitationFor(token)).isPresent();
        accounts.setPasswordWithInvitation(token, "a fresh password for Malee 2027");
        assertThat(accounts.invitationFor(token)).as("the link works once").isEmpty();
        String username = malee.username();
        assertThat(body).as("the mail names the username to sign in with").contains(username);
        var signedIn = signIn.stream().filter(p -> p.supports(UsernamePasswordAuthenticationToken.class)).findFirst()
                .orElseThrow().authenticate(new UsernamePasswordAuthenticationToken(username,
                        "a fresh password for Malee 2027"));
        assertThat(signedIn.isAuthenticated()).isTrue();
    }

    @Test
    void a_secretariat_cannot_invite_a_chair_and_bad_input_is_refused_at_its_field() {
        PlanWorld w = planFixtures.world();
        for (CouncilRole chairs : List.of(CouncilRole.CHAIR, CouncilRole.VICE_CHAIR)) {
            assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> imports.inviteMember(w.councilId(),
                    new NewInvitee("Somchai", "somchai." + System.nanoTime() + "@example.org", "Ministry of Industry",
                            StakeholderGroup.MINISTRY, chairs, "th")))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> imports.inviteMember(w.councilId(),
                new NewInvitee("Somchai", "not an address", "Ministry of Industry", StakeholderGroup.MINISTRY,
                        CouncilRole.MEMBER, "th")))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> imports.inviteMember(w.councilId(),
                new NewInvitee("Somchai", "s." + System.nanoTime() + "@example.org", " ", StakeholderGroup.MINISTRY,
                        CouncilRole.MEMBER, "th")))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("affiliation"));
        for (TestUser refused : List.of(w.member(), w.observer(), w.outsider())) {
            assertThatThrownBy(() -> AsUser.run(refused, () -> imports.inviteMember(w.councilId(), new NewInvitee(
                    "Somchai", "x." + System.nanoTime() + "@example.org", "Ministry", StakeholderGroup.MINISTRY,
                    CouncilRole.MEMBER, "en")))).isInstanceOf(AccessDeniedException.class);
        }
        PlanWorld other = planFixtures.world();
        assertThatThrownBy(() -> AsUser.run(other.secretariat(), () -> imports.inviteMember(w.councilId(),
                new NewInvitee("Somchai", "y." + System.nanoTime() + "@example.org", "Ministry", StakeholderGroup.MINISTRY,
                        CouncilRole.MEMBER, "en")))).as("another council's secretariat")
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String decoded(MimeMessage mail) throws Exception {
        String body = GreenMailUtil.getBody(mail);
        return new String(jakarta.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(
                body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), mail.getEncoding()).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
