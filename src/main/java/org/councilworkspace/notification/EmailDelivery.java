package org.councilworkspace.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.councilworkspace.base.Messages;
import org.councilworkspace.base.SupportedLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends notifications by e-mail when SMTP is configured ({@code spring.mail.host}); without it there is no mail
 * sender and this does nothing, so the app works in-app only without errors. People who want each notification
 * at once get it right after the action commits (in the background, so nobody waits for the mail server); people
 * who want a daily summary get one a day. Each notification is claimed before sending, so two app nodes never
 * send the same one; a failed send is released and tried again by the next sweep.
 */
@Component
public class EmailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(EmailDelivery.class);
    private static final int BATCH = 200;

    private final ObjectProvider<JavaMailSender> mail;
    private final EmailRepository repository;
    private final Clock clock;
    private final String publicUrl;
    private final String from;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notification-mail");
        t.setDaemon(true);
        return t;
    });

    EmailDelivery(ObjectProvider<JavaMailSender> mail, EmailRepository repository, Clock clock,
                  @Value("${council.public-url:http://localhost:8080}") String publicUrl,
                  @Value("${council.mail.from:Council Workspace <no-reply@localhost>}") String from) {
        this.mail = mail;
        this.repository = repository;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        this.from = from;
    }

    public boolean available() {
        return mail.getIfAvailable() != null;
    }

    /**
     * Sends one plain-text mail to an address that is no user's (a copy of what a person submitted), in the
     * background: the caller never waits for the mail server, and a failure is logged, never thrown. Returns whether
     * it was handed over for sending (false when no SMTP server is configured).
     */
    public boolean sendCopy(String to, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            return false;
        }
        background.submit(() -> send(sender, to, subject, body));
        return true;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onNotified(NotificationsChanged event) {
        if (available()) {
            background.submit(this::sendImmediateSafely);
        }
    }

    /** The safety net: anything a failed or interrupted send left behind, and the daily summaries. */
    @Scheduled(fixedDelayString = "${council.mail.sweep:PT1M}", initialDelayString = "${council.mail.sweep:PT1M}")
    void sweep() {
        if (available()) {
            sendImmediateSafely();
            sendDigests();
        }
    }

    private void sendImmediateSafely() {
        try {
            sendImmediate();
        } catch (RuntimeException e) {
            LOG.warn("Sending notification e-mail failed; the next sweep tries again", e);
        }
    }

    /** Sends waiting notifications of people who want them at once (from the last two days). */
    int sendImmediate() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (EmailRepository.Pending p : repository.immediate(now().minusDays(2), BATCH)) {
            if (!repository.claim(p.id(), now())) {
                continue;
            }
            Locale locale = SupportedLocales.of(p.locale());
            String text = message(p, locale);
            String body = Messages.get("notification.email.greeting", locale, p.displayName()) + "\n\n" + text
                    + link(p) + "\n\n" + Messages.get("notification.email.footer", locale);
            if (send(sender, p.email(), Messages.get("notification.email.subject", locale, text), body)) {
                sent++;
            } else {
                repository.release(p.id());
            }
        }
        return sent;
    }

    /** One summary per person who wants it daily and is due; returns how many summaries went out. */
    int sendDigests() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (long userId : repository.digestDue(now().minusDays(1))) {
            List<EmailRepository.Pending> items = repository.forDigest(userId, now().minusDays(2), BATCH).stream()
                    .filter(p -> repository.claim(p.id(), now())).toList();
            if (items.isEmpty()) {
                continue;
            }
            EmailRepository.Pending first = items.get(0);
            Locale locale = SupportedLocales.of(first.locale());
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(ZoneOffset.UTC);
            StringBuilder body = new StringBuilder(Messages.get("notification.email.greeting", locale,
                    first.displayName())).append("\n\n");
            for (EmailRepository.Pending p : items) {
                body.append("• ").append(time.format(p.createdAt())).append(" UTC\n  ").append(message(p, locale))
                        .append(link(p).replace("\n", "\n  ")).append("\n\n");
            }
            body.append(Messages.get("notification.email.footer", locale));
            if (send(sender, first.email(), Messages.get("notification.email.digest-subject", locale, items.size()),
                    body.toString())) {
                repository.digestSent(userId, now());
                sent++;
            } else {
                items.forEach(p -> repository.release(p.id()));
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, String to, String subject, String body) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(oneLine(subject));
            // Plain text only: names and titles written by users cannot become markup in a mail program.
            helper.setText(body, false);
            sender.send(message);
            return true;
        } catch (Exception e) {
            LOG.warn("Could not send a notification e-mail to user address {}", to.replaceAll("(?<=.).(?=[^@]*@)", "*"), e);
            return false;
        }
    }

    private static String message(EmailRepository.Pending p, Locale locale) {
        return Messages.get(p.messageKey(), locale, NotificationArgs.decode(p.argsJson()).toArray());
    }

    private String link(EmailRepository.Pending p) {
        return p.link() == null ? "" : "\n" + publicUrl + p.link();
    }

    /** No line breaks or other controls in a subject: they could forge headers. */
    static String oneLine(String s) {
        String clean = s.codePoints().map(cp -> Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return clean.length() > 200 ? clean.substring(0, clean.offsetByCodePoints(0, 197)) + "…" : clean;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
