package org.councilworkspace.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.councilworkspace.base.NotAMemberException;

/** Something in a council the person is not a member of: shown exactly as a missing page, with the same status. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class OutsiderView extends VerticalLayout implements HasErrorParameter<NotAMemberException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotAMemberException> parameter) {
        ErrorViews.fill(this, "error.not-found.title", "error.not-found.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
