package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.consultation.AnswerService;
import org.councilworkspace.consultation.AnswerTemplate;

/** The council's answer templates, one text per disposition; only the texts changed here are saved. */
class TemplatesDialog extends Dialog {

    TemplatesDialog(long councilId, AnswerService answers, Runnable onSaved) {
        setHeaderTitle(getTranslation("consultation.template.title"));
        setWidth("min(52rem, 96vw)");
        setId("templates-dialog");
        Paragraph help = new Paragraph(getTranslation("consultation.template.help"));
        help.addClassName("cw-muted");
        add(help);
        List<AnswerTemplate> templates = answers.templates(councilId);
        List<TextArea> fields = new ArrayList<>();
        FieldErrors errors = new FieldErrors();
        for (AnswerTemplate t : templates) {
            TextArea text = new TextArea(Labels.of(t.disposition()));
            text.setId("template-" + t.disposition().name());
            text.setWidthFull();
            text.setMaxLength(8000);
            text.setValue(t.text());
            text.setHelperText(getTranslation(t.builtIn() ? "consultation.template.built-in"
                    : "consultation.template.own"));
            fields.add(text);
            add(text);
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            // Every text is checked before any is saved, so a refusal never leaves half the templates saved.
            boolean blank = false;
            for (TextArea field : fields) {
                field.setInvalid(field.getValue().isBlank());
                field.setErrorMessage(getTranslation("validation.required"));
                blank |= field.getValue().isBlank();
            }
            if (blank) {
                return;
            }
            int saved = 0;
            for (int i = 0; i < templates.size(); i++) {
                AnswerTemplate t = templates.get(i);
                TextArea field = fields.get(i);
                if (field.getValue().equals(t.text())) {
                    continue;
                }
                errors.bind("text", field);
                if (!errors.run(() -> answers.saveTemplate(councilId, t.disposition(), field.getValue(), t.version()))) {
                    return;
                }
                saved++;
            }
            close();
            Notifications.success(getTranslation("consultation.template.saved", saved));
            onSaved.run();
        });
        save.setId("templates-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
