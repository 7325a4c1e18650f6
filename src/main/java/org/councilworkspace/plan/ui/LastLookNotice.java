package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.LastLookService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.SinceLastLook;

/**
 * "Changed since you last looked": at the top of a section a person comes back to, when, how many revisions others
 * saved since and who, and how many new comments and amendments, with the word-level changes between the revision
 * they saw and the one shown now, and a button that marks it all as seen. Opening the section records the look when
 * nothing is new; otherwise the notice stays until marked as seen.
 */
final class LastLookNotice extends Div {

    private final LastLookService looks;
    private final DraftingService drafting;
    private final SectionDraft draft;

    LastLookNotice(LastLookService looks, DraftingService drafting, SectionDraft draft) {
        this.looks = looks;
        this.drafting = drafting;
        this.draft = draft;
        setId("last-look-notice");
        addClassNames("cw-notice", "cw-last-look");
        looks.open(draft.section().sectionId()).ifPresentOrElse(this::show, () -> setVisible(false));
    }

    private void show(SinceLastLook since) {
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "last-look-title");
        Icon clock = VaadinIcon.CLOCK.create();
        clock.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(clock, new Span(getTranslation("lastlook.title",
                Formats.dateTime(since.lookedAt(), since.calendar()))));
        title.setId("last-look-title");
        title.addClassName("cw-last-look-title");
        Paragraph what = new Paragraph(String.join(getTranslation("lastlook.part-separator"), parts(since)));
        what.setId("last-look-summary");
        Div actions = new Div();
        actions.addClassName("cw-meta-row");
        if (since.revisions() > 0) {
            Button changes = new Button(getTranslation("section.show-changes"), e -> showChanges(since));
            changes.setId("last-look-show-changes");
            changes.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(changes);
        }
        Button seen = new Button(getTranslation("lastlook.mark-seen"), VaadinIcon.CHECK.create(), e -> markSeen(since));
        seen.setId("last-look-mark-seen");
        seen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(seen);
        add(title, what, actions);
    }

    /** "2 revisions by Somchai, Aiko; 3 new comments; 1 new amendment": only what there is. */
    private List<String> parts(SinceLastLook since) {
        List<String> parts = new ArrayList<>();
        if (since.revisions() > 0) {
            parts.add(getTranslation("lastlook.revisions", since.revisions(),
                    String.join(getTranslation("lastlook.name-separator"), since.authors())));
        }
        since.others().forEach(o -> parts.add(getTranslation(o.labelKey(), o.count())));
        return parts;
    }

    private void showChanges(SinceLastLook since) {
        Dialog dialog = new Dialog();
        dialog.setId("last-look-changes");
        dialog.setHeaderTitle(getTranslation("lastlook.changes-title"));
        dialog.setWidth("min(80rem, 98vw)");
        dialog.add(new DiffView(drafting.compare(draft.section().sectionId(), since.seenRevisionId(),
                since.currentRevisionId())));
        Button seen = new Button(getTranslation("lastlook.mark-seen"), e -> {
            dialog.close();
            markSeen(since);
        });
        seen.setId("last-look-dialog-mark-seen");
        seen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()), seen);
        dialog.open();
    }

    /** Seen as the page showed it when opened: what others save meanwhile stays new. */
    private void markSeen(SinceLastLook since) {
        looks.markSeen(draft.section().sectionId(), since.currentRevisionId());
        setVisible(false);
        Notifications.success(getTranslation("lastlook.marked-seen"));
        SectionSeen.fire(UI.getCurrent(), draft.section().sectionId());
    }
}
