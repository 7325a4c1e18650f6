package org.councilworkspace.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.councilworkspace.base.NotFoundException;

/** A council, member or other object that a service could not find. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class MissingObjectView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorViews.fill(this, "error.not-found.title", "error.not-found.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
