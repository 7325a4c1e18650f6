package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.plan.text.MergePart;

/**
 * A save that collided with someone else's, resolved by a person rather than by markers: what merged cleanly is
 * shown as such, and each conflicting passage offers both wordings and a wording to save. Nothing is saved until
 * every passage is resolved; nothing of mine is lost if the dialog is closed, since the editor still holds it.
 */
class ConflictDialog extends Dialog {

    private final List<MergePart> parts;
    private final List<ConflictPassage> passages = new ArrayList<>();
    private final Paragraph progress = new Paragraph();

    ConflictDialog(SaveOutcome.Conflict conflict, Consumer<String> saveResolution, Runnable keepEditing) {
        this.parts = conflict.parts();
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(80rem, 98vw)");
        setCloseOnOutsideClick(false);
        add(new Paragraph(getTranslation("conflict.intro", conflict.theirs().authorName(),
                conflict.theirs().revisionNo(), conflict.conflicts())));
        progress.setId("conflict-progress");
        // Announced as passages are resolved.
        progress.getElement().setAttribute("aria-live", "polite");
        add(progress);
        int clean = 0;
        for (MergePart part : parts) {
            if (part.conflict()) {
                ConflictPassage passage = new ConflictPassage(part, passages.size() + 1, conflict.conflicts(),
                        conflict.theirs().authorName(), this::showProgress);
                passages.add(passage);
                add(passage);
            } else if (!part.shownText().isBlank()) {
                add(cleanPart(part, ++clean));
            }
        }
        showProgress();
        Button save = new Button(getTranslation("conflict.save"), e -> save(saveResolution));
        save.setId("conflict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("conflict.back"), e -> {
            close();
            keepEditing.run();
        });
        back.setId("conflict-back");
        getFooter().add(back, save);
    }

    private void save(Consumer<String> saveResolution) {
        List<ConflictPassage> open = passages.stream().filter(p -> !p.resolved()).toList();
        if (!open.isEmpty()) {
            Notifications.error(getTranslation("conflict.unresolved-left", open.size()));
            open.get(0).focusWording();
            return;
        }
        saveResolution.accept(MergePart.resolve(parts, passages.stream().map(ConflictPassage::wording).toList()));
    }

    private void showProgress() {
        long done = passages.stream().filter(ConflictPassage::resolved).count();
        progress.setText(getTranslation("conflict.progress", done, passages.size()));
    }

    private Details cleanPart(MergePart part, int number) {
        String text = part.shownText();
        Pre body = new Pre(text);
        body.setId("conflict-clean-" + number);
        body.getElement().setAttribute("tabindex", "0");
        body.getElement().setAttribute("role", "region");
        body.getElement().setAttribute("aria-label", getTranslation("conflict.clean"));
        body.addClassName("cw-conflict-clean");
        Details details = new Details(getTranslation("conflict.clean-summary", text.split("\n", -1).length), body);
        details.addClassName("cw-conflict-clean-part");
        return details;
    }
}
