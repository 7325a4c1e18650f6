package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The copy of a comment by e-mail, against an in-process SMTP server. */
@ServiceTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "council.mail.sweep=PT1H"})
class PortalCommentCopyTest {

    private static final String TEXT = "Line one <b>bold?</b>\r\nBcc: evil@example.org\nLine three.";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired RoundService rounds;
    @Autowired FormToken tokens;
    @Autowired Clock clock;

    private String send(long round, String email, boolean copy) throws Exception {
        var request = post("/public/en/consultations/" + round).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("token", tokens.issue("round:" + round)).param("name", "Nok Prasert")
                .param("organizationType", "NGO").param("email", email).param("text", TEXT + " " + email);
        if (copy) {
            request.param("copy", "yes");
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_person_who_asks_gets_their_receipt_number_and_exactly_their_text_by_mail_and_others_get_none()
            throws Exception {
        ConsultationWorld worlds = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        long round = worlds.openPublicRound(worlds.create());
        assertThat(mvc.perform(get("/public/ja/consultations/" + round)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"copy\"", "意見の控えを電子メールで受け取る");
        String page = send(round, "nok@example.org", true);
        assertThat(page).contains("A copy is being sent to nok@example.org");
        String receipt = page.replaceAll("(?s).*id=\"receipt-number\">([^<]+)<.*", "$1");
        send(round, "quiet@example.org", false);

        List<MimeMessage> mine = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> to("nok@example.org"), list -> !list.isEmpty());
        MimeMessage mail = mine.get(0);
        assertThat(mail.getSubject()).contains(receipt).doesNotContain("\n", "\r");
        assertThat(mail.getRecipients(Message.RecipientType.BCC)).isNull();
        String body = GreenMailUtil.getBody(mail);
        String decoded = new String(jakarta.mail.internet.MimeUtility.decode(
                new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                mail.getEncoding() == null ? "7bit" : mail.getEncoding()).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(decoded).contains(receipt, "Nok Prasert", "Line one <b>bold?</b>", "Bcc: evil@example.org",
                "Line three. nok@example.org");
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(to("quiet@example.org")).as("no copy asked, none sent").isEmpty();
    }

    private static List<MimeMessage> to(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
