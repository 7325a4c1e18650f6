package org.councilworkspace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail delivery against an in-process SMTP server: immediate, daily summary, none, and nothing sent twice. */
@ServiceTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "council.public-url=https://council.example.org", "council.mail.sweep=PT1H"})
class EmailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired Fixtures fixtures;
    @Autowired NotificationService notifications;
    @Autowired EmailDelivery delivery;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    void notify(TestUser to, String section) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> notifications.notify(List.of(to.id()),
                "COMMENT_MENTION", "deliberation.notify.mention", List.of("Ito\r\nBcc: evil@example.org", section),
                "plans/1/sections/2?thread=3"));
    }

    @Test
    void immediateMailGoesOutOnceInTheRecipientsLanguageWithALinkAndNoForgedHeaders() throws Exception {
        TestUser ann = fixtures.user("ann");
        assertThat(AsUser.call(ann, notifications::emailAvailable)).isTrue();
        assertThat(AsUser.call(ann, notifications::emailMode)).isEqualTo(EmailMode.IMMEDIATE);
        notify(ann, "<b>Vision</b>");
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(ann.username() + "@example.org");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getSubject()).contains("mentioned you").contains("<b>Vision</b>").doesNotContain("\n");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("https://council.example.org/plans/1/sections/2?thread=3");
        assertThat(delivery.sendImmediate()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aDailySummaryCollectsTheDayAndNoneSendsNothing() throws Exception {
        TestUser ben = fixtures.user("ben");
        TestUser cat = fixtures.user("cat");
        AsUser.run(ben, () -> notifications.setEmailMode(EmailMode.DAILY));
        AsUser.run(cat, () -> notifications.setEmailMode(EmailMode.NONE));
        notify(ben, "Vision");
        notify(ben, "Skills");
        notify(cat, "Vision");
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(delivery.sendDigests()).isEqualTo(1);
        MimeMessage digest = smtp.getReceivedMessages()[0];
        assertThat(digest.getSubject()).contains("2 new notifications");
        assertThat(GreenMailUtil.getBody(digest)).contains("Vision").contains("Skills");
        // Nothing new and less than a day since the last one: no second summary.
        notify(ben, "Standards");
        assertThat(delivery.sendDigests()).isZero();
        clock.advance(Duration.ofHours(25));
        assertThat(delivery.sendDigests()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(delivery.sendImmediate()).isZero();
    }
}
