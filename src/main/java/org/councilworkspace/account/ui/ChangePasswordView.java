package org.councilworkspace.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.security.PasswordPolicy;

@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public ChangePasswordView(AccountService accounts) {
        addClassName("cw-page");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("set-password.repeat"));
        repeat.setId("repeat-password");
        FieldErrors errors = new FieldErrors().bind("currentPassword", current).bind("newPassword", next);
        Button save = new Button(getTranslation("shell.change-password"), e -> {
            errors.clear();
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            if (errors.run(() -> accounts.changePassword(current.getValue(), next.getValue()))) {
                current.clear();
                next.clear();
                repeat.clear();
                Notifications.success(getTranslation("password.changed"));
            }
        });
        save.setId("change-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("32rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("shell.change-password")), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.change-password") + " · " + getTranslation("app.name");
    }
}
