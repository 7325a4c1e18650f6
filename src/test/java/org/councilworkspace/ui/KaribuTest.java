package org.councilworkspace.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.councilworkspace.security.SignedInUser;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Browserless UI tests: real views and services in a mocked Vaadin environment. Public for features' own UI tests. */
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.councilworkspace");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        AsUser.signOut();
    }

    /** Signs in as sign-in would, including what Vaadin's view access check reads from the request. */
    protected void signIn(TestUser user) {
        AsUser.signIn(user);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        List<String> roles = user.admin() ? List.of("ADMIN", "USER") : List.of("USER");
        request.setUserInRole((principal, role) -> roles.contains(role));
        SignedInUser principal = (SignedInUser) authentication.getPrincipal();
        assert principal.id() == user.id();
    }

    protected void navigate(String path) {
        UI.getCurrent().navigate(path);
    }
}
