package org.councilworkspace.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.List;
import org.councilworkspace.base.ui.NavigationContributor.Group;

/**
 * The application shell: header with what features contribute (such as notifications) and the user menu,
 * side navigation built from what each feature contributes for the signed-in person, and the view inside
 * a {@code main} landmark.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<NavigationContributor> contributors;
    private final List<HeaderContributor> headerContributors;
    private final UserPreferences preferences;
    private final AuthenticationContext authentication;
    private final Main main = new Main();
    private final Scroller navScroller = new Scroller();

    public MainLayout(List<NavigationContributor> contributors, List<HeaderContributor> headerContributors,
                      UserPreferences preferences, AuthenticationContext authentication) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(NavigationContributor::order)).toList();
        this.headerContributors = headerContributors.stream()
                .sorted(Comparator.comparingInt(HeaderContributor::order)).toList();
        this.preferences = preferences;
        this.authentication = authentication;
        main.addClassName("cw-main");
        main.setId("main-content");
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, header());
        addToDrawer(brand(), navScroller);
        super.setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Rebuilt on navigation, so a new membership or role shows without signing in again.
        navScroller.setContent(navigation());
    }

    private com.vaadin.flow.component.Component header() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        Span spacer = new Span();
        spacer.addClassName("cw-spacer");
        var header = new com.vaadin.flow.component.html.Header(toggle, spacer);
        if (authentication.isAuthenticated()) {
            headerContributors.forEach(c -> header.add(c.create()));
            header.add(new UserMenu(preferences.displayName().orElse(""), preferences, authentication));
        }
        header.addClassName("cw-header");
        return header;
    }

    private com.vaadin.flow.component.Component brand() {
        Anchor home = new Anchor("", getTranslation("app.name"));
        home.addClassName("cw-brand");
        return home;
    }

    private com.vaadin.flow.component.Component navigation() {
        var wrapper = new com.vaadin.flow.component.html.Nav();
        wrapper.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        for (Group group : Group.values()) {
            SideNav nav = new SideNav();
            nav.setLabel(getTranslation("shell.nav-group." + group.name()));
            contributors.stream().filter(c -> c.group() == group).flatMap(c -> c.items().stream()).forEach(nav::addItem);
            if (!nav.getItems().isEmpty()) {
                wrapper.add(nav);
            }
        }
        return wrapper;
    }

}
