package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.function.Function;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.NewSubmission;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.Receipt;
import org.councilworkspace.consultation.RoundSection;
import org.councilworkspace.consultation.Invitation;
import org.councilworkspace.council.OrganizationType;

/**
 * The comment form of a round. Every field has a visible label; the service checks everything again and
 * its messages appear at the field concerned. On success the form is replaced by the receipt.
 */
class SubmissionForm extends Div {

    private static final int MAX_MB = 10;

    private final TextField name = new TextField();
    private final TextField organization = new TextField();
    // Radio buttons, not a select: the select's value button takes an aria-required that its role does not allow.
    private final RadioButtonGroup<OrganizationType> type = new RadioButtonGroup<>();
    private final EmailField email = new EmailField();
    private final ComboBox<RoundSection> section = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final Checkbox consent = new Checkbox();
    private final TextField website = new TextField();
    private final Upload upload;
    private final Span attachmentStatus = new Span();
    private volatile String attachmentName;
    private volatile byte[] attachment;

    SubmissionForm(List<RoundSection> sections, Invitation invitation, Function<NewSubmission, Receipt> submit) {
        setId("submission-form");
        add(new H2(getTranslation("consultation.form.title")));
        name.setLabel(getTranslation("consultation.form.name"));
        name.setId("submission-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        organization.setLabel(getTranslation("consultation.form.organization"));
        organization.setId("submission-organization");
        organization.setMaxLength(300);
        type.setLabel(getTranslation("consultation.form.organization-type"));
        type.setId("submission-type");
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(Translations::label);
        type.setRequiredIndicatorVisible(true);
        if (invitation != null) {
            organization.setValue(invitation.organizationName());
            organization.setReadOnly(true);
            type.setValue(invitation.organizationType());
            type.setReadOnly(true);
        }
        email.setLabel(getTranslation("consultation.form.email"));
        email.setId("submission-email");
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("consultation.form.email-help"));
        section.setLabel(getTranslation("consultation.form.section"));
        section.setId("submission-section");
        section.setItems(sections);
        section.setItemLabelGenerator(RoundSection::numberedTitle);
        section.setClearButtonVisible(true);
        section.setHelperText(getTranslation("consultation.form.section-help"));
        text.setLabel(getTranslation("consultation.form.text"));
        text.setId("submission-text");
        text.setRequiredIndicatorVisible(true);
        text.setMaxLength(PublicConsultation.MAX_TEXT);
        text.setMinHeight("12rem");
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        text.setHelperText(getTranslation("consultation.form.text-help", 0, PublicConsultation.MAX_TEXT));
        text.addValueChangeListener(e -> text.setHelperText(getTranslation("consultation.form.text-help",
                e.getValue().codePointCount(0, e.getValue().length()), PublicConsultation.MAX_TEXT)));
        consent.setLabel(getTranslation("consultation.form.consent"));
        consent.setId("submission-consent");
        upload = attachmentUpload();
        // The honeypot: off screen and out of the tab order, so people never fill it in; robots do.
        website.setLabel(getTranslation("consultation.form.website"));
        website.setId("submission-website");
        website.setTabIndex(-1);
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("autocomplete", "off");
        website.getStyle().set("position", "absolute").set("left", "-10000px").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden");
        for (var field : List.of(name, organization, email, text)) {
            field.setWidthFull();
        }
        type.setWidthFull();
        section.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("name", name).bind("organization", organization)
                .bind("organizationType", type).bind("email", email).bind("section", section).bind("text", text);
        Paragraph formError = new Paragraph();
        formError.setId("submission-error");
        formError.getElement().setAttribute("role", "alert");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        Button send = new Button(getTranslation("consultation.form.submit"));
        send.setId("submission-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            formError.setText("");
            attachmentStatus.getStyle().remove("color");
            NewSubmission input = new NewSubmission(name.getValue(), organization.getValue(), type.getValue(),
                    email.getValue(), section.getValue() == null ? null : section.getValue().sectionId(), text.getValue(),
                    consent.getValue(), website.getValue(), attachmentName, attachment);
            errors.clear();
            try {
                showReceipt(submit.apply(input));
            } catch (InvalidInputException ex) {
                if (ex.field().equals("form") || ex.field().equals("attachment")) {
                    formError.setText(Translations.message(ex));
                } else {
                    errors.show(ex);
                }
            } catch (NotFoundException ex) {
                formError.setText(getTranslation("consultation.form.closed"));
            }
        });
        add(name, organization, type, email, section, text, consent, uploadBlock(), website, formError, send);
    }

    private Upload attachmentUpload() {
        UI ui = UI.getCurrent();
        Upload u = new Upload(new CappedPdfUpload(MAX_MB * 1024L * 1024L, received -> ui.access(() -> {
            switch (received.outcome()) {
                case ACCEPTED -> {
                    attachmentName = received.fileName();
                    attachment = received.content();
                    attachmentStatus.setText(getTranslation("consultation.form.attached", received.fileName()));
                    attachmentStatus.getStyle().remove("color");
                }
                case TOO_LARGE -> refuseAttachment(getTranslation("consultation.attachment.too-large", MAX_MB));
                case NOT_PDF -> refuseAttachment(getTranslation("consultation.attachment.not-pdf"));
            }
        })));
        u.setId("submission-attachment");
        u.setMaxFiles(1);
        u.setMaxFileSize(MAX_MB * 1024 * 1024);
        // A hint for the file chooser only; the upload handler and the service check the content itself.
        u.setAcceptedFileTypes("application/pdf", ".pdf");
        u.getElement().setAttribute("aria-label", getTranslation("consultation.form.attachment"));
        // The browser refuses a file by its size or its name before sending it; say which.
        u.addFileRejectedListener(e -> refuseAttachment(e.getFileName() != null
                && !e.getFileName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                ? getTranslation("consultation.attachment.not-pdf")
                : getTranslation("consultation.attachment.too-large", MAX_MB)));
        u.addFileRemovedListener(e -> {
            attachment = null;
            attachmentName = null;
            attachmentStatus.setText("");
        });
        return u;
    }

    private void refuseAttachment(String message) {
        attachment = null;
        attachmentName = null;
        attachmentStatus.setText(message);
        attachmentStatus.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private Div uploadBlock() {
        Span label = new Span(getTranslation("consultation.form.attachment"));
        label.getStyle().set("font-weight", "500").set("font-size", "var(--lumo-font-size-s)");
        Span help = new Span(getTranslation("consultation.form.attachment-help", MAX_MB));
        help.addClassName("cw-muted");
        attachmentStatus.setId("submission-attachment-status");
        attachmentStatus.getElement().setAttribute("aria-live", "polite");
        Div block = new Div(label, help, upload, attachmentStatus);
        block.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("margin", "var(--lumo-space-m) 0");
        return block;
    }

    private void showReceipt(Receipt receipt) {
        removeAll();
        Paragraph number = new Paragraph(getTranslation("consultation.receipt.number", receipt.receiptNo()));
        number.setId("submission-receipt");
        add(new H2(getTranslation("consultation.receipt.title")), number,
                new Paragraph(getTranslation("consultation.receipt.text", receipt.roundTitle(),
                        Formats.dateTime(receipt.receivedAt()))));
        getElement().setAttribute("role", "status");
    }

    /** The client's address as the servlet container sees it (the proxy's, unless forwarded headers are trusted). */
    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
