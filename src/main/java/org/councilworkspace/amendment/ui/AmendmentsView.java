package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilworkspace.amendment.Amendment;
import org.councilworkspace.amendment.AmendmentActivity;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentState;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.UiBatcher;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.ui.PlanHeader;
import org.councilworkspace.plan.ui.PlanPaths;

/** A plan's amendments, newest first, filtered by state, loaded a page at a time. */
@Route("plans/:planId(\\d+)/amendments")
@PermitAll
public class AmendmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AmendmentService amendments;
    private final PlanService plans;
    private final OutlineService outline;
    private final AmendmentActivity activity;
    private final Grid<Amendment> grid = new Grid<>(Amendment.class, false);
    private final Select<AmendmentState> filter = new Select<>();
    private final Paragraph summary = new Paragraph();
    private Plan plan;
    private Map<Long, String> sections = Map.of();
    private Runnable unsubscribe;

    public AmendmentsView(AmendmentService amendments, PlanService plans, OutlineService outline,
                          AmendmentActivity activity) {
        this.activity = activity;
        this.amendments = amendments;
        this.plans = plans;
        this.outline = outline;
        addClassName("cw-page");
        filter.setLabel(getTranslation("amendment.filter"));
        filter.setId("amendment-filter");
        filter.setItems(AmendmentState.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("amendment.filter.all"));
        filter.setItemLabelGenerator(s -> s == null ? getTranslation("amendment.filter.all")
                : AmendmentBadges.stateText(s));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        summary.setId("amendments-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElseThrow(() -> new NotFoundException("Plan"));
        plan = plans.plan(planId);
        sections = outline.outline(planId, true).stream()
                .collect(Collectors.toMap(OutlineNode::sectionId, OutlineNode::numberedTitle));
        event.getLocation().getQueryParameters().getSingleParameter("state").ifPresent(s -> {
            try {
                filter.setValue(AmendmentState.valueOf(s));
            } catch (IllegalArgumentException ignored) {
                filter.clear();
            }
        });
        removeAll();
        Div empty = new Div(getTranslation("amendment.none"));
        empty.addClassName("cw-muted");
        grid.setEmptyStateComponent(empty);
        add(PlanHeader.create(plan, PlanHeader.Page.AMENDMENTS), summary, filter, grid);
        refresh();
        // The same view can move on to another plan's list: listen to that plan from now on.
        if (unsubscribe != null) {
            getUI().ifPresent(this::listen);
        }
    }

    /** New amendments and decisions by others appear in the list as they happen. */
    @Override
    protected void onAttach(AttachEvent event) {
        listen(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening();
    }

    private void listen(UI ui) {
        stopListening();
        UiBatcher batcher = new UiBatcher(ui, 400, this::refresh);
        unsubscribe = activity.subscribePlan(plan.id(), batcher::request);
    }

    private void stopListening() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void refresh() {
        Map<AmendmentState, Integer> counts = amendments.countsByState(plan.id());
        summary.setText(counts.isEmpty() ? getTranslation("amendment.none") : Stream.of(AmendmentState.values())
                .filter(counts::containsKey)
                .map(s -> getTranslation("amendment.count", counts.get(s), AmendmentBadges.stateText(s)))
                .collect(Collectors.joining(" · ")));
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        grid.setId("amendments-grid");
        grid.setAllRowsVisible(false);
        grid.setHeight("36rem");
        grid.addComponentColumn(a -> {
            Anchor open = new Anchor(AmendmentService.link(a.planId(), a.id()), getTranslation("amendment.number", a.id()));
            open.setId("open-amendment-" + a.id());
            return open;
        }).setHeader(getTranslation("amendment.column.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> {
            Anchor link = new Anchor(PlanPaths.section(a.planId(), a.sectionId()),
                    sections.getOrDefault(a.sectionId(), a.sectionTitle()));
            Div cell = new Div(link);
            cell.addClassName("cw-outline-title");
            return cell;
        }).setHeader(getTranslation("amendment.column.section")).setFlexGrow(3).setWidth("14rem");
        grid.addColumn(Amendment::proposerName).setHeader(getTranslation("amendment.column.proposer")).setFlexGrow(1)
                .setWidth("10rem").setTooltipGenerator(Amendment::proposerName);
        grid.addComponentColumn(a -> AmendmentBadges.state(a.state())).setHeader(getTranslation("amendment.column.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(AmendmentBadges::compactSupport).setHeader(getTranslation("amendment.column.support"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Formats.dateTime(a.createdAt())).setHeader(getTranslation("amendment.column.proposed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.decidedAt() == null ? "" : getTranslation("amendment.decided-by", a.decidedByName(),
                Formats.dateTime(a.decidedAt()))).setHeader(getTranslation("amendment.column.decision")).setFlexGrow(1).setWidth("12rem");
        grid.setItems(q -> amendments.list(plan.id(), states(), q.getOffset(), q.getLimit()).stream(),
                q -> amendments.count(plan.id(), states()));
    }

    private Set<AmendmentState> states() {
        return filter.getValue() == null ? Set.of() : EnumSet.of(filter.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.amendments") + (plan == null ? "" : " · " + plan.title()) + " · "
                + getTranslation("app.name");
    }
}
