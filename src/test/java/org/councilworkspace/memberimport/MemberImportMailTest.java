package org.councilworkspace.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The invitations of an import, against an in-process SMTP server. */
@ServiceTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "council.mail.sweep=PT1H"})
class MemberImportMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired PlanFixtures planFixtures;
    @Autowired MemberImportService imports;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void each_new_member_gets_the_set_password_link_by_mail_in_their_own_language() throws Exception {
        PlanWorld w = planFixtures.world();
        String nok = "nok." + System.nanoTime() + "@example.org";
        String yuki = "yuki." + System.nanoTime() + "@example.org";
        byte[] file = MemberFiles.csv("Nok Prasert," + nok + ",Thai NGO Network,CIVIL_SOCIETY,MEMBER,th",
                "Sato Yuki," + yuki + ",METI,MINISTRY,OBSERVER,ja");
        ImportResult result = AsUser.call(w.secretariat(), () -> imports.importMembers(w.councilId(), "m.csv", file,
                false));
        assertThat(result.emailed()).isEqualTo(2);
        assertThat(result.toHandOver()).as("nothing to hand over when mail goes out").isEmpty();

        MimeMessage thai = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> to(nok), list -> !list.isEmpty()).get(0);
        assertThat(thai.getSubject()).startsWith("คำเชิญเข้าร่วม ");
        String body = decoded(thai);
        assertThat(body).startsWith("เรียน Nok Prasert").contains("/set-password/", "ลิงก์ใช้ได้ครั้งเดียว");
        MimeMessage japanese = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> to(yuki), list -> !list.isEmpty()).get(0);
        assertThat(japanese.getSubject()).endsWith("への招待");
        assertThat(decoded(japanese)).startsWith("Sato Yuki 様");
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
