package org.councilworkspace.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.councilworkspace.base.SupportedLocales;

/**
 * The signed-in person's menu in the header: profile, password, display language, sign out. Its choices are
 * built when it opens and dropped when it closes, like the notification bell's: every open tab keeps the
 * header, and most never open this menu.
 */
class UserMenu extends Button {

    private final UserPreferences preferences;
    private final AuthenticationContext authentication;
    /** Made on the first click: most tabs never open this menu. */
    private Popover popover;

    UserMenu(String name, UserPreferences preferences, AuthenticationContext authentication) {
        super(name, VaadinIcon.USER.create());
        this.preferences = preferences;
        this.authentication = authentication;
        setId("user-menu");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        String label = getTranslation("shell.user-menu", name);
        setAriaLabel(label);
        FirstClickPopover.install(this, () -> popover(label));
    }

    private Popover popover(String label) {
        popover = new Popover();
        popover.setId("user-menu-popover");
        popover.setAriaLabel(label);
        popover.setAutofocus(true);
        popover.addOpenedChangeListener(e -> {
            popover.removeAll();
            if (e.isOpened()) {
                popover.add(choices());
            }
        });
        return popover;
    }

    private Div choices() {
        Div list = new Div();
        list.addClassName("cw-user-menu");
        list.add(choice("user-menu-profile", getTranslation("shell.profile"), VaadinIcon.USER_CARD,
                () -> UI.getCurrent().navigate("account")));
        list.add(choice("user-menu-password", getTranslation("shell.change-password"), VaadinIcon.KEY,
                () -> UI.getCurrent().navigate("account/password")));

        Span heading = new Span(getTranslation("shell.language"));
        heading.setId("user-menu-language");
        heading.addClassName("cw-user-menu-heading");
        Div languages = new Div(heading);
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-labelledby", "user-menu-language");
        Locale current = UI.getCurrent().getLocale();
        for (Locale locale : SupportedLocales.ALL) {
            boolean chosen = locale.getLanguage().equals(current.getLanguage());
            Button language = choice("user-menu-language-" + locale.toLanguageTag(), locale.getDisplayLanguage(locale),
                    chosen ? VaadinIcon.CHECK : null, () -> {
                        preferences.saveLocale(locale);
                        UI.getCurrent().getSession().setLocale(locale);
                        UI.getCurrent().getPage().reload();
                    });
            // The chosen language is marked by a tick and said by screen readers, not by colour.
            language.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
            language.getElement().setAttribute("lang", locale.toLanguageTag());
            languages.add(language);
        }
        list.add(languages);
        list.add(choice("user-menu-sign-out", getTranslation("shell.sign-out"), VaadinIcon.SIGN_OUT,
                authentication::logout));
        return list;
    }

    private Button choice(String id, String text, VaadinIcon icon, Runnable action) {
        Button button = new Button(text, e -> {
            popover.close();
            action.run();
        });
        if (icon != null) {
            button.setIcon(icon.create());
        }
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("cw-user-menu-choice");
        return button;
    }
}
