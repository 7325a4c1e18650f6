package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionStatus;

/** One submission in full: who sent it, the text, the attachment, moderation and the answer. */
class SubmissionDialog extends Dialog {

    SubmissionDialog(Submission s, ReviewService review, Runnable onChange) {
        setHeaderTitle(getTranslation("consultation.submission.title", s.receiptNo()));
        setWidth("min(52rem, 96vw)");
        setId("submission-dialog");
        add(line("consultation.form.name", s.submitterName()),
                line("consultation.form.organization", s.organizationName() == null ? "" : s.organizationName()),
                line("consultation.form.organization-type", Translations.label(s.organizationType())),
                line("consultation.form.email", s.email()),
                line("consultation.form.section", s.sectionTitle() == null ? getTranslation("consultation.results.whole-plan") : s.sectionTitle()),
                line("consultation.submission.received", Formats.dateTime(s.receivedAt())),
                line("consultation.submission.consent", getTranslation(s.consentToPublishName() ? "consultation.yes" : "consultation.no")));
        if (s.groupLabel() != null) {
            add(line("consultation.submission.group", s.groupLabel()));
        }
        if (s.status() == SubmissionStatus.HIDDEN) {
            Paragraph hidden = new Paragraph(getTranslation("consultation.submission.hidden-because", s.hiddenReason()));
            hidden.setId("submission-hidden-reason");
            add(hidden);
        }
        Div text = UserText.multiline(s.text());
        text.setId("submission-full-text");
        text.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-s)")
                .set("margin", "var(--lumo-space-s) 0");
        add(text);
        if (s.hasAttachment()) {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> review.attachment(s.id())
                    .map(a -> new DownloadResponse(new ByteArrayInputStream(a.content()), a.fileName(), "application/pdf",
                            a.content().length))
                    .orElse(DownloadResponse.error(404))), getTranslation("consultation.submission.attachment"));
            pdf.setId("submission-attachment-download");
            pdf.getElement().setAttribute("download", true);
            add(pdf);
        }
        review.response(s.id()).ifPresent(r -> add(line("consultation.response.current",
                Labels.of(r.disposition()) + " · " + r.reasoning())));
        Button respond = new Button(getTranslation("consultation.response.respond"), e -> new ResponseDialog(
                getTranslation("consultation.response.to", s.receiptNo()), s.roundId(), s.sectionId(),
                review.response(s.id()), review, (d, reason, rev) -> review.respond(s.id(), d, reason, rev), () -> {
                    close();
                    onChange.run();
                }).open());
        respond.setId("submission-respond");
        respond.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button moderate = s.status() == SubmissionStatus.VISIBLE
                ? new Button(getTranslation("consultation.submission.hide"), e -> hideDialog(s, review, onChange))
                : new Button(getTranslation("consultation.submission.show"), e -> {
                    review.show(s.id(), s.version());
                    close();
                    onChange.run();
                });
        moderate.setId("submission-moderate");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), moderate, respond);
    }

    private void hideDialog(Submission s, ReviewService review, Runnable onChange) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.submission.hide"));
        TextArea reason = new TextArea(getTranslation("consultation.submission.hide-reason"));
        reason.setId("hide-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        dialog.add(new Paragraph(getTranslation("consultation.submission.hide-help")), reason);
        FieldErrors errors = new FieldErrors().bind("reason", reason);
        Button hide = new Button(getTranslation("consultation.submission.hide"), e -> errors.run(() -> {
            review.hide(s.id(), reason.getValue(), s.version());
            dialog.close();
            close();
            onChange.run();
        }));
        hide.setId("hide-confirm");
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), hide);
        dialog.open();
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        Span text = new Span(value);
        return new Div(label, text);
    }
}
