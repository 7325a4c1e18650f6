package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.SectionRevised;

/**
 * What a section's page says about someone else's save, with a button that shows the changes. The same words go to
 * a polite live region that is always on the page (one that appears with its words is not reliably read out), so
 * the notice itself is only seen.
 */
final class RevisionNotice {

    private final DraftingService drafting;
    private final Div notice = new Div();
    private final Span announcement = new Span();

    RevisionNotice(DraftingService drafting) {
        this.drafting = drafting;
        notice.setId("revision-notice");
        notice.addClassName("cw-notice");
        notice.setVisible(false);
        announcement.setId("revision-announcement");
        announcement.addClassName("cw-visually-hidden");
        announcement.getElement().setAttribute("role", "status");
        announcement.getElement().setAttribute("aria-live", "polite");
    }

    Div notice() {
        return notice;
    }

    Span announcement() {
        return announcement;
    }

    /** The text shown is someone else's new revision now. */
    void updated(SectionRevised event, Long before) {
        tell(notice.getTranslation("section.updated-by-other", event.authorDisplayName(), event.revisionNo()),
                event.sectionId(), before, event.revisionId());
    }

    /** Someone else saved while this person edits: their text stays in the editor and is merged when they save. */
    void savedWhileEditing(SectionRevised event, Long editorBase) {
        tell(notice.getTranslation("section.saved-by-other-editing", event.authorDisplayName(), event.revisionNo()),
                event.sectionId(), editorBase, event.revisionId());
    }

    void clear() {
        notice.setVisible(false);
        notice.removeAll();
    }

    private void tell(String words, long sectionId, Long before, long after) {
        notice.removeAll();
        Button show = new Button(notice.getTranslation("section.show-changes"),
                e -> showChanges(sectionId, before, after));
        show.setId("show-changes");
        show.addThemeVariants(ButtonVariant.LUMO_SMALL);
        notice.add(new Span(words), show);
        notice.setVisible(true);
        announcement.setText(words);
    }

    private void showChanges(long sectionId, Long fromRevisionId, long toRevisionId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(notice.getTranslation("section.changes-title"));
        dialog.setWidth("min(80rem, 98vw)");
        dialog.add(new DiffView(drafting.compare(sectionId, fromRevisionId, toRevisionId)));
        dialog.getFooter().add(new Button(notice.getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
