package org.councilworkspace.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.account.NewUser;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.base.ui.FieldErrors;

/** Create an account; on success the one-time link is shown for the administrator to pass on. */
class NewUserDialog extends Dialog {

    NewUserDialog(AccountService accounts, Runnable onCreated) {
        setHeaderTitle(getTranslation("users.new"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("new-user-username");
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(64);
        username.setHelperText(getTranslation("users.username-help"));
        TextField displayName = new TextField(getTranslation("users.display-name"));
        displayName.setId("new-user-display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(200);
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setId("new-user-email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("shell.language"));
        language.setItems(SupportedLocales.ALL);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(Locale.ENGLISH);
        Checkbox admin = new Checkbox(getTranslation("users.platform-admin"));

        FormLayout form = new FormLayout(username, displayName, email, language, admin);
        add(form);
        FieldErrors errors = new FieldErrors().bind("username", username).bind("displayName", displayName)
                .bind("email", email);
        Button save = new Button(getTranslation("action.create"), e -> errors.run(() -> {
            var invitation = accounts.createUser(new NewUser(username.getValue(), displayName.getValue(),
                    email.getValue(), language.getValue().toLanguageTag(), admin.getValue()));
            close();
            onCreated.run();
            InvitationDialog.show(invitation);
        }));
        save.setId("new-user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
