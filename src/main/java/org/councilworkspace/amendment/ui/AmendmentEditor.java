package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.councilworkspace.amendment.Amendment;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.UpdateDraft;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Typing;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.text.WordDiff;

/**
 * Proposing an amendment, or the proposer updating one: the text starts as the section's current text
 * (or the proposal), with a preview of the changes, and the rationale.
 */
class AmendmentEditor extends Dialog {

    private final TextArea text = new TextArea();
    private final TextArea rationale = new TextArea();
    private final Div preview = new Div();
    private final String startText;

    /** A new amendment on the section's current text. */
    static AmendmentEditor propose(AmendmentService amendments, SectionDraft draft, LongConsumer onSaved) {
        AmendmentEditor editor = new AmendmentEditor(draft.text(), draft.text(), "", "amendment.propose-title");
        editor.onSave(() -> {
            long id = amendments.propose(draft.section().sectionId(), draft.revisionId(), editor.text.getValue(),
                    editor.rationale.getValue());
            Notifications.success(editor.getTranslation("amendment.proposed"));
            onSaved.accept(id);
        });
        return editor;
    }

    /** The proposer's new text for their amendment, on the section's newest text. */
    static AmendmentEditor update(AmendmentService amendments, Amendment a, LongConsumer onSaved) {
        UpdateDraft draft = amendments.updateDraft(a.id());
        AmendmentEditor editor = new AmendmentEditor(draft.currentText(), draft.text(), a.rationale(),
                "amendment.update-title");
        if (draft.marked()) {
            editor.text.setHelperText(editor.getTranslation("amendment.markers-help"));
        }
        editor.onSave(() -> {
            amendments.update(a.id(), a.version(), draft.baseRevisionId(), editor.text.getValue(),
                    editor.rationale.getValue());
            Notifications.success(editor.getTranslation("amendment.updated"));
            onSaved.accept(a.id());
        });
        return editor;
    }

    private AmendmentEditor(String currentText, String proposed, String why, String titleKey) {
        this.startText = currentText;
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(60rem, 96vw)");
        setId("amendment-editor");
        Paragraph help = new Paragraph(getTranslation("amendment.editor-help"));
        help.addClassName("cw-muted");
        text.setLabel(getTranslation("amendment.text"));
        text.setId("amendment-text");
        text.setWidthFull();
        text.setMinHeight("14rem");
        text.setMaxHeight("24rem");
        text.setMaxLength(AmendmentService.MAX_TEXT);
        text.setValue(proposed);
        text.setRequired(true);
        text.addValueChangeListener(e -> showPreview(e.getValue()));
        Typing.afterPause(text, 400, this::showPreview);
        rationale.setLabel(getTranslation("amendment.rationale"));
        rationale.setId("amendment-rationale");
        rationale.setHelperText(getTranslation("amendment.rationale-help"));
        rationale.setWidthFull();
        rationale.setRequired(true);
        rationale.setMaxLength(AmendmentService.MAX_RATIONALE);
        rationale.setValue(why);
        preview.setId("amendment-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        add(help, text, preview, rationale);
        showPreview(proposed);
    }

    private void onSave(Runnable save) {
        FieldErrors errors = new FieldErrors().bind("text", text).bind("rationale", rationale);
        Button submit = new Button(getTranslation("amendment.submit"), e -> {
            try {
                if (errors.run(save)) {
                    close();
                }
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("amendment.changed-meanwhile"));
            }
        });
        submit.setId("submit-amendment");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, submit);
    }

    private void showPreview(String shown) {
        preview.removeAll();
        preview.add(new AmendmentDiff(WordDiff.diff(startText, shown, Locale.ROOT)));
    }
}
