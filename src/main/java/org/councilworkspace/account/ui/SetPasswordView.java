package org.councilworkspace.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.security.PasswordPolicy;

/** Where an invited person chooses their password through the one-time link. */
@Route(value = "set-password/:token", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final Section card = new Section();

    public SetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("cw-login");
        card.addClassName("cw-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        card.add(new H1(getTranslation("set-password.title")));
        accounts.invitationFor(token).ifPresentOrElse(username -> form(token, username), () -> card.add(
                new Paragraph(getTranslation("account.invitation-invalid")),
                new Anchor("login", getTranslation("set-password.to-login"))));
    }

    private void form(String token, String username) {
        PasswordField password = new PasswordField(getTranslation("set-password.password"));
        password.setId("set-password-password");
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("set-password.repeat"));
        repeat.setId("set-password-repeat");
        repeat.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("password", password).bind("repeat", repeat);
        Button save = new Button(getTranslation("set-password.save"), e -> {
            errors.clear();
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            if (errors.run(() -> accounts.setPasswordWithInvitation(token, password.getValue()))) {
                card.removeAll();
                card.add(new H1(getTranslation("set-password.done.title")),
                        new Paragraph(getTranslation("set-password.done.text", username)),
                        new Anchor("login", getTranslation("set-password.to-login")));
            }
        });
        save.setId("set-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new Paragraph(getTranslation("set-password.intro", username)), password, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("set-password.title") + " · " + getTranslation("app.name");
    }
}
