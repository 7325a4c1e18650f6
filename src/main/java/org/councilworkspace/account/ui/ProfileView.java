package org.councilworkspace.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.notification.EmailMode;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.account.UserAccount;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;

/** My name, e-mail and language. */
@Route("account")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private UserAccount account;

    public ProfileView(AccountService accounts, NotificationService notifications) {
        this.accounts = accounts;
        this.account = accounts.myAccount();
        addClassName("cw-page");
        TextField username = new TextField(getTranslation("users.username"));
        username.setReadOnly(true);
        username.setValue(account.username());
        TextField displayName = new TextField(getTranslation("users.display-name"));
        displayName.setId("profile-display-name");
        displayName.setMaxLength(200);
        displayName.setValue(account.displayName());
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setId("profile-email");
        email.setValue(account.email());
        Select<Locale> language = new Select<>();
        language.setId("profile-language");
        language.setLabel(getTranslation("shell.language"));
        language.setItems(SupportedLocales.ALL);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(SupportedLocales.of(account.locale()));
        FieldErrors errors = new FieldErrors().bind("displayName", displayName).bind("email", email);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                if (errors.run(() -> account = accounts.updateMyProfile(displayName.getValue(), email.getValue(),
                        language.getValue().toLanguageTag(), account.version()))) {
                    Locale chosen = SupportedLocales.of(account.locale());
                    if (!chosen.equals(UI.getCurrent().getLocale())) {
                        UI.getCurrent().getSession().setLocale(chosen);
                        UI.getCurrent().getPage().reload();
                    } else {
                        Notifications.success(getTranslation("profile.saved"));
                    }
                }
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("error.concurrent-change"));
            }
        });
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, email, language);
        form.setMaxWidth("40rem");
        add(new H1(getTranslation("shell.profile")), form, save, emailChoice(notifications));
    }

    /** How notifications come by e-mail; saved as soon as it is chosen. */
    private Select<EmailMode> emailChoice(NotificationService notifications) {
        Select<EmailMode> mode = new Select<>();
        mode.setId("profile-email-mode");
        mode.setLabel(getTranslation("profile.email-mode"));
        mode.setItems(EmailMode.values());
        mode.setItemLabelGenerator(m -> Translations.label(m));
        mode.setValue(notifications.emailMode());
        mode.setHelperText(getTranslation(notifications.emailAvailable() ? "profile.email-mode-help"
                : "profile.email-unavailable"));
        mode.setWidth("24rem");
        mode.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                notifications.setEmailMode(e.getValue());
                Notifications.success(getTranslation("profile.email-mode-saved"));
            }
        });
        return mode;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.profile") + " · " + getTranslation("app.name");
    }
}
