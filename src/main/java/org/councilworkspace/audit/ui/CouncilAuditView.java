package org.councilworkspace.audit.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.audit.ChainVerification;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.ui.CouncilTabs;

/** A council's audit log, for its chair and secretariat. */
@Route("councils/:councilId(\\d+)/audit")
@PermitAll
public class CouncilAuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditService audit;
    private final CouncilTabs tabs;
    private final CouncilService councils;

    public CouncilAuditView(AuditService audit, CouncilTabs tabs, CouncilService councils) {
        this.audit = audit;
        this.tabs = tabs;
        this.councils = councils;
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
                new AuditTrail.Source() {
                    @Override
                    public List<AuditEntry> page(Set<String> actions, int offset, int limit) {
                        return audit.councilEvents(councilId, actions, offset, limit);
                    }

                    @Override
                    public int count(Set<String> actions) {
                        return audit.countCouncilEvents(councilId, actions);
                    }

                    @Override
                    public List<String> actions() {
                        return audit.councilActions(councilId);
                    }

                    @Override
                    public ChainVerification verify() {
                        return audit.verify(councilId);
                    }
                }, councils.language(councilId).calendar()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
