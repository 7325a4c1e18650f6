package org.councilworkspace.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else: logged for the operators, a friendly page for the user, never a stack trace. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Error while opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        ErrorViews.fill(this, "error.unexpected.title", "error.unexpected");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
