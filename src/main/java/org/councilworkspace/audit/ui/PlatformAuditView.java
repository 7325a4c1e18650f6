package org.councilworkspace.audit.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.audit.ChainVerification;

/** Platform events (sign-ins, accounts, council creation) for the administrator. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
public class PlatformAuditView extends VerticalLayout implements HasDynamicTitle {

    public PlatformAuditView(AuditService audit) {
        addClassName("cw-page");
        setSizeFull();
        add(new H1(getTranslation("audit.platform-title")), new AuditTrail(
                new AuditTrail.Source() {
                    @Override
                    public List<AuditEntry> page(Set<String> actions, int offset, int limit) {
                        return audit.platformEvents(actions, offset, limit);
                    }

                    @Override
                    public int count(Set<String> actions) {
                        return audit.countPlatformEvents(actions);
                    }

                    @Override
                    public List<String> actions() {
                        return audit.platformActions();
                    }

                    @Override
                    public ChainVerification verify() {
                        return audit.verify(null);
                    }
                }, null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.platform-title") + " · " + getTranslation("app.name");
    }
}
