package org.councilworkspace.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;
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
        // The test database is shared with other tests, whose notifications may go out too: look at ann's only.
        List<MimeMessage> mails = to(ann, 1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getSubject()).contains("mentioned you").contains("<b>Vision</b>").doesNotContain("\n");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("https://council.example.org/plans/1/sections/2?thread=3");
        delivery.sendImmediate();
        assertThat(to(ann, 1)).hasSize(1);
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
        // Mail for immediate readers goes out after commit on another thread: none may come for these two.
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> to(ben, 0).isEmpty() && to(cat, 0).isEmpty());
        delivery.sendImmediate();
        assertThat(to(ben, 0)).isEmpty();
        assertThat(to(cat, 0)).isEmpty();
        delivery.sendDigests();
        MimeMessage digest = to(ben, 1).get(0);
        assertThat(digest.getSubject()).contains("2 new notifications");
        assertThat(GreenMailUtil.getBody(digest)).contains("Vision").contains("Skills");
        // Nothing new and less than a day since the last one: no second summary.
        notify(ben, "Standards");
        delivery.sendDigests();
        assertThat(to(ben, 1)).hasSize(1);
        clock.advance(Duration.ofHours(25));
        delivery.sendDigests();
        assertThat(to(ben, 2)).hasSize(2);
        assertThat(GreenMailUtil.getBody(to(ben, 2).get(1))).contains("Standards");
        assertThat(to(cat, 0)).isEmpty();
    }

    /** The mails received for this person, waiting up to five seconds for at least {@code expected}. */
    private List<MimeMessage> to(TestUser who, int expected) throws Exception {
        String address = who.username() + "@example.org";
        try {
            return await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> received(address), mine -> mine.size() >= expected);
        } catch (ConditionTimeoutException e) {
            return received(address);
        }
    }

    private static List<MimeMessage> received(String address) throws jakarta.mail.MessagingException {
        List<MimeMessage> mine = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
                mine.add(m);
            }
        }
        return mine;
    }
}
