package org.councilworkspace.portal;

import org.councilworkspace.consultation.PublicConsultation.OpenRound;
import org.councilworkspace.consultation.Receipt;
import org.councilworkspace.notification.EmailDelivery;
import org.springframework.stereotype.Component;

/**
 * The copy of a comment sent to the address its author gave, when they asked for one: the receipt number and exactly
 * what they sent, in the page's language, as plain text. It is sent after the comment is stored and in the
 * background, so the receipt page never waits for the mail server and a failed mail loses nothing.
 */
@Component
class ReceiptMail {

    private final EmailDelivery delivery;

    ReceiptMail(EmailDelivery delivery) {
        this.delivery = delivery;
    }

    boolean available() {
        return delivery.available();
    }

    /** Whether the copy was handed over for sending (false when this site sends no e-mail). */
    boolean send(Texts t, OpenRound open, CommentForm form, Receipt receipt, String sectionTitle) {
        String organization = open.invitation() != null ? open.invitation().organizationName()
                : form.organizationName() == null || form.organizationName().isBlank() ? t.of(form.type())
                : form.organizationName() + " (" + t.of(form.type()) + ")";
        String body = t.get("portal.mail.intro", receipt.roundTitle(), t.dateTime(receipt.receivedAt())) + "\n\n"
                + t.get("portal.receipt.number") + ": " + receipt.receiptNo() + "\n"
                + t.get("consultation.form.name") + ": " + form.name() + "\n"
                + t.get("consultation.form.organization") + ": " + organization + "\n"
                + t.get("consultation.form.section") + ": " + sectionTitle + "\n"
                + (form.consented() ? t.get("portal.receipt.name-published") : t.get("portal.receipt.name-withheld"))
                + "\n\n" + t.get("consultation.form.text") + ":\n" + form.text() + "\n\n" + t.get("portal.mail.footer");
        return delivery.sendCopy(form.email(), t.get("portal.mail.subject", receipt.receiptNo(), receipt.roundTitle()),
                body);
    }
}
