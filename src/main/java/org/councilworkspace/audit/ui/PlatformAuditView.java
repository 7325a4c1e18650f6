package org.councilworkspace.audit.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.councilworkspace.audit.AuditService;

/** Platform events (sign-ins, accounts, council creation) for the administrator. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
public class PlatformAuditView extends VerticalLayout implements HasDynamicTitle {

    public PlatformAuditView(AuditService audit) {
        addClassName("cw-page");
        setSizeFull();
        add(new H1(getTranslation("audit.platform-title")), new AuditTrail(
                q -> audit.platformEvents(q.getOffset(), q.getLimit()).stream(),
                q -> audit.countPlatformEvents(),
                () -> audit.verify(null)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.platform-title") + " · " + getTranslation("app.name");
    }
}
