package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** An answer in a dialog, for a group or for several selected submissions at once; optional fields above it. */
class ResponseDialog extends Dialog {

    ResponseDialog(String heading, AnswerForm form, AnswerForm.Save save, Runnable onSaved, Component... above) {
        setHeaderTitle(heading);
        setWidth("min(48rem, 96vw)");
        add(above);
        add(form);
        Button ok = new Button(getTranslation("consultation.response.save"), e -> {
            if (form.save(save)) {
                close();
                onSaved.run();
            }
        });
        ok.setId("response-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
