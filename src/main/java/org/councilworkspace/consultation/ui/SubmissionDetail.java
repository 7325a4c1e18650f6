package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.AnswerTemplate;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundSection;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionStatus;

/**
 * One submission beside the grid: who sent it, the frozen text of the section it refers to, the comment, the
 * attachment, moderation and the answer, with "next unanswered" to go on without returning to the list.
 */
class SubmissionDetail extends Div {

    /** What the workspace does when the secretariat moves on from this submission. */
    interface Host {
        void saved(Submission s, boolean goToNext);

        void next(Submission after);

        void changed();

        void close();

        void filterBySection(long sectionId);

        void filterByGroup(long groupId);
    }

    SubmissionDetail(Submission s, RoundSection section, List<AnswerTemplate> templates, ReviewService review,
                     CalendarDates dates, Host host) {
        setId("submission-detail");
        addClassName("cw-submission-detail");
        setHeightFull();
        getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto").set("box-sizing", "border-box");
        H2 title = new H2(getTranslation("consultation.submission.title", s.receiptNo()));
        title.setId("submission-detail-title");
        Button close = new Button(getTranslation("action.close"), e -> host.close());
        close.setId("submission-detail-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new HorizontalLayout(title, close), line("consultation.submission.name", s.submitterName()));
        if (s.organizationName() != null) {
            add(line("consultation.form.organization", s.organizationName()));
        }
        add(line("consultation.form.organization-type", Translations.label(s.organizationType())),
                line("consultation.form.email", s.email()),
                line("consultation.submission.received", dates.dateTime(s.receivedAt())),
                line("consultation.submission.consent",
                        getTranslation(s.consentToPublishName() ? "consultation.yes" : "consultation.no")));
        if (s.groupId() != null) {
            Button only = filterButton("consultation.filter.this-group", () -> host.filterByGroup(s.groupId()));
            only.setId("submission-filter-group");
            add(line("consultation.submission.group", s.groupLabel(), only));
        }
        if (s.status() == SubmissionStatus.HIDDEN) {
            Paragraph hidden = new Paragraph(getTranslation("consultation.submission.hidden-because", s.hiddenReason()));
            hidden.setId("submission-hidden-reason");
            add(hidden);
        }
        add(new H3(getTranslation("consultation.column.text")), box(UserText.multiline(s.text()), "submission-full-text"));
        if (s.hasAttachment()) {
            add(attachment(s, review));
        }
        H3 sectionHeading = new H3(section == null ? getTranslation("consultation.results.whole-plan")
                : getTranslation("consultation.submission.section-text", section.numberedTitle()));
        add(sectionHeading);
        if (section != null) {
            Button only = filterButton("consultation.filter.this-section", () -> host.filterBySection(section.sectionId()));
            only.setId("submission-filter-section");
            Div text = box(UserText.multiline(section.body()), "submission-section-text");
            text.getStyle().set("max-height", "14rem").set("overflow", "auto");
            // A box that scrolls is reached and scrolled by keyboard too, and named by the heading above it.
            sectionHeading.setId("submission-section-heading");
            text.getElement().setAttribute("tabindex", "0");
            text.getElement().setAttribute("role", "region");
            text.getElement().setAttribute("aria-labelledby", "submission-section-heading");
            add(only, text);
        }
        review.response(s.id()).ifPresent(r -> add(line("consultation.response.current",
                Labels.of(r.disposition()) + " · " + r.reasoning())));
        AnswerForm form = new AnswerForm(s.roundId(), s.sectionId(), review.response(s.id()), templates, review);
        add(new H3(getTranslation("consultation.response.respond")), form);
        Button save = new Button(getTranslation("consultation.response.save"), e -> {
            if (form.save((d, reason, rev) -> review.respond(s.id(), d, reason, rev))) {
                Notifications.success(getTranslation("consultation.response.saved", s.receiptNo()));
                host.saved(s, false);
            }
        });
        save.setId("answer-save");
        Button saveNext = new Button(getTranslation("consultation.response.save-next"), e -> {
            if (form.save((d, reason, rev) -> review.respond(s.id(), d, reason, rev))) {
                Notifications.success(getTranslation("consultation.response.saved", s.receiptNo()));
                host.saved(s, true);
            }
        });
        saveNext.setId("answer-save-next");
        saveNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button next = new Button(getTranslation("consultation.next-unanswered"), e -> host.next(s));
        next.setId("answer-next");
        Button moderate = s.status() == SubmissionStatus.VISIBLE
                ? new Button(getTranslation("consultation.submission.hide"), e -> hideDialog(s, review, host))
                : new Button(getTranslation("consultation.submission.show"), e -> {
                    review.show(s.id(), s.version());
                    host.changed();
                });
        moderate.setId("submission-moderate");
        HorizontalLayout buttons = new HorizontalLayout(saveNext, save, next, moderate);
        buttons.getStyle().set("flex-wrap", "wrap").set("padding-bottom", "var(--lumo-space-m)");
        add(buttons);
    }

    private void hideDialog(Submission s, ReviewService review, Host host) {
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
            host.changed();
        }));
        hide.setId("hide-confirm");
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), hide);
        dialog.open();
    }

    private Anchor attachment(Submission s, ReviewService review) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> review.attachment(s.id())
                .map(a -> new DownloadResponse(new ByteArrayInputStream(a.content()), a.fileName(), "application/pdf",
                        a.content().length))
                .orElse(DownloadResponse.error(404))), getTranslation("consultation.submission.attachment"));
        pdf.setId("submission-attachment-download");
        pdf.getElement().setAttribute("download", true);
        return pdf;
    }

    private Button filterButton(String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    private static Div box(Div content, String id) {
        content.setId(id);
        content.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-s)")
                .set("margin", "var(--lumo-space-s) 0");
        return content;
    }

    private Div line(String labelKey, String value, Component... after) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        Div line = new Div(label, new Span(value));
        line.add(after);
        return line;
    }
}
