package org.councilworkspace.audit.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.ui.CouncilTabs;

/** A council's audit log, for its chair and secretariat. */
@Route("councils/:councilId(\\d+)/audit")
@PermitAll
public class CouncilAuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditService audit;
    private final CouncilTabs tabs;

    public CouncilAuditView(AuditService audit, CouncilTabs tabs) {
        this.audit = audit;
        this.tabs = tabs;
        addClassName("cw-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long councilId = event.getRouteParameters().getLong("councilId").orElseThrow(() -> new NotFoundException("Council"));
        // Asks the service first, so someone without the right sees the refusal page, not an empty list.
        audit.countCouncilEvents(councilId);
        removeAll();
        add(tabs.create(councilId, AuditTabContributor.path(councilId)), new H1(getTranslation("audit.title")), new AuditTrail(
                q -> audit.councilEvents(councilId, q.getOffset(), q.getLimit()).stream(),
                q -> audit.countCouncilEvents(councilId),
                () -> audit.verify(councilId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
