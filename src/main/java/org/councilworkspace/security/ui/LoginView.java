package org.councilworkspace.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.security.LoginThrottle;
import org.councilworkspace.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** Sign-in, in the browser's language or the one chosen here. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph ended = new Paragraph();
    private final LoginThrottle throttle;

    public LoginView(LoginThrottle throttle) {
        this.throttle = throttle;
        addClassName("cw-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.getElement().setAttribute("aria-label", getTranslation("login.title"));

        Select<Locale> language = new Select<>();
        language.setId("login-language");
        language.setLabel(getTranslation("shell.language"));
        language.setItems(SupportedLocales.ALL);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(SupportedLocales.ALL.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().getSession().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        H1 title = new H1(getTranslation("app.name"));
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("cw-login-intro");
        // Where an ended session lands (a password change elsewhere, or the administrator ended it).
        ended.setId("login-session-ended");
        ended.getElement().setAttribute("role", "status");
        ended.setVisible(false);
        // The public portal is a plain page outside the workspace: a full page load, in the language chosen here.
        String portalLanguage = SupportedLocales.isSupported(getLocale().getLanguage()) ? getLocale().getLanguage() : "en";
        com.vaadin.flow.component.html.Anchor portal = new com.vaadin.flow.component.html.Anchor(
                "/public/" + portalLanguage, getTranslation("login.portal"));
        portal.setId("login-portal");
        portal.setRouterIgnore(true);
        var card = new com.vaadin.flow.component.html.Section(title, intro, ended, form, language,
                new Paragraph(portal));
        card.addClassName("cw-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        ended.setText(getTranslation("login.session-ended"));
        ended.setVisible(parameters.containsKey("ended") && !failed);
        form.setI18n(i18n(failed && lastFailureWasThrottling()));
        form.setError(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.failed.title"));
        error.setMessage(throttled ? getTranslation("login.throttled.text", throttle.window().toMinutes())
                : getTranslation("login.failed.text"));
        error.setUsername(getTranslation("validation.required"));
        error.setPassword(getTranslation("validation.required"));
        return i18n;
    }

    /** Spring Security leaves the reason for the last failure in the HTTP session. */
    private static boolean lastFailureWasThrottling() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return error instanceof LoginThrottledException;
    }
}
