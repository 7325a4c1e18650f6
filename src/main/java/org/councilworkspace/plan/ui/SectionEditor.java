package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.Revision;
import org.councilworkspace.plan.RevisionKind;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.plan.SectionDraft;

/**
 * Markdown editing with a toolbar and a live preview. Remembers the revision the text was started from,
 * so a save after someone else's is merged, or shows the conflict instead of overwriting. A save that changes the
 * meaning says first how many members' positions it makes stale; a small fix can be marked editorial instead.
 */
class SectionEditor extends Div {

    private final DraftingService drafting;
    private final long sectionId;
    private final Consumer<Revision> onSaved;
    private final TextArea text = new TextArea();
    private final TextField note = new TextField();
    private final Checkbox editorial = new Checkbox();
    private final RenderedMarkdown preview = new RenderedMarkdown();
    private Long baseRevisionId;
    private String savedText;

    SectionEditor(DraftingService drafting, SectionDraft draft, Consumer<Revision> onSaved, Runnable onCancel) {
        this.drafting = drafting;
        this.sectionId = draft.section().sectionId();
        this.onSaved = onSaved;
        this.baseRevisionId = draft.revisionId();
        this.savedText = draft.text();
        addClassName("cw-editor");
        text.setId("section-text");
        text.setLabel(getTranslation("editor.text"));
        text.setValue(draft.text());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(350);
        text.addValueChangeListener(e -> {
            preview.show(e.getValue());
            markDirty();
        });
        text.addClassName("cw-editor-text");
        preview.show(draft.text());
        preview.setId("section-preview");
        Div previewBox = new Div(new H3(getTranslation("editor.preview")), preview);
        previewBox.addClassName("cw-editor-preview");
        Div panes = new Div(new Div(new MarkdownToolbar(text), text), previewBox);
        panes.addClassName("cw-editor-panes");

        note.setId("change-note");
        note.setLabel(getTranslation("editor.note"));
        note.setMaxLength(500);
        note.setPlaceholder(getTranslation("editor.note-placeholder"));
        note.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-section");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Within the editor only: Ctrl+S in a comment written beside it must not save the section.
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
        Button cancel = new Button(getTranslation("action.cancel"), e -> onCancel.run());
        cancel.setId("cancel-edit");
        editorial.setId("editorial-change");
        editorial.setLabel(getTranslation("editor.editorial"));
        editorial.setHelperText(getTranslation("editor.editorial-help"));
        // A first text has nothing to fix editorially.
        editorial.setVisible(baseRevisionId != null);
        HorizontalLayout actions = new HorizontalLayout(note, editorial, cancel, save);
        actions.setWidthFull();
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.expand(note);
        add(panes, actions);
    }

    boolean isDirty() {
        return !text.getValue().equals(savedText);
    }

    Long baseRevisionId() {
        return baseRevisionId;
    }

    /**
     * Reads the text from the browser before saving: the field reports typing only after a pause, and a
     * save (click or Ctrl+S) right after typing must not miss the last words.
     */
    private void save() {
        text.getElement().executeJs("return this.value").then(String.class, value -> {
            if (!value.equals(text.getValue())) {
                text.setValue(value);
            }
            saveNow();
        });
    }

    private void saveNow() {
        FieldErrors errors = new FieldErrors().bind("body", text).bind("note", note);
        try {
            errors.clear();
            if (editorial.getValue() && baseRevisionId != null) {
                handle(drafting.saveEditorial(sectionId, baseRevisionId, text.getValue(), note.getValue()));
                return;
            }
            int atStake = text.getValue().equals(savedText) ? 0 : drafting.positionsAtStake(sectionId);
            if (atStake == 0) {
                handle(drafting.save(sectionId, baseRevisionId, text.getValue(), note.getValue()));
                return;
            }
            FinalAction.ask(getTranslation("editor.stale-title"), getTranslation("editor.stale-confirm"))
                    .consequence(getTranslation("editor.stale-warning", atStake))
                    .open(ignored -> saveOrdinary(errors));
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    private boolean saveOrdinary(FieldErrors errors) {
        try {
            handle(drafting.save(sectionId, baseRevisionId, text.getValue(), note.getValue()));
        } catch (InvalidInputException e) {
            errors.show(e);
        }
        return true;
    }

    private void handle(SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            Notifications.success(getTranslation(saved.revision().kind() == RevisionKind.EDITORIAL
                    ? "editor.saved-editorial" : "editor.saved", saved.revision().revisionNo()));
            done(saved.revision());
        } else if (outcome instanceof SaveOutcome.Merged merged) {
            Notifications.success(getTranslation("editor.merged", merged.theirs().authorName(),
                    merged.revision().revisionNo()));
            done(merged.revision());
        } else if (outcome instanceof SaveOutcome.Unchanged unchanged) {
            Notifications.success(getTranslation("editor.unchanged"));
            done(unchanged.current());
        } else if (outcome instanceof SaveOutcome.Conflict conflict) {
            showConflict(conflict);
        }
    }

    private void showConflict(SaveOutcome.Conflict conflict) {
        ConflictDialog[] dialog = new ConflictDialog[1];
        dialog[0] = new ConflictDialog(conflict, resolution -> {
            try {
                SaveOutcome outcome = drafting.saveResolution(sectionId, conflict.theirs().id(), resolution, note.getValue());
                dialog[0].close();
                handle(outcome);
            } catch (InvalidInputException e) {
                Notifications.error(org.councilworkspace.base.ui.Translations.message(e));
            }
        }, () -> { });
        dialog[0].open();
    }

    private void done(Revision revision) {
        baseRevisionId = revision.id();
        savedText = revision.body();
        text.setValue(revision.body());
        note.clear();
        editorial.clear();
        editorial.setVisible(true);
        markDirty();
        onSaved.accept(revision);
    }

    /** Tells the browser to ask before the tab is closed while there is unsaved text. */
    private void markDirty() {
        String js = "window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; }) : null;";
        // On the page, not on this element: after a save the editor leaves the page in the same round trip, and a
        // call on a detached element never runs, which left the browser asking about text that had been saved.
        getUI().ifPresentOrElse(ui -> ui.getPage().executeJs(js, isDirty()), () -> getElement().executeJs(js, isDirty()));
    }
}
