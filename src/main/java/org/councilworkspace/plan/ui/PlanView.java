package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.RoundTripCache;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.document.ui.PdfLink;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.PlanExports;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.wordexport.ui.DocxLink;

/** A plan's outline, numbered as the tree stands, with the status path and structure tools for managers. */
@Route("plans/:planId(\\d+)")
@PermitAll
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final OutlineService outline;
    private final Grid<OutlineNode> grid = new Grid<>(OutlineNode.class, false);
    private final Checkbox showArchived = new Checkbox();
    private Plan plan;
    private boolean manage;

    private final List<OutlineColumnContributor> columns;
    private final List<PlanToolContributor> tools;
    private final PlanExports exports;

    public PlanView(PlanService plans, OutlineService outline, List<OutlineColumnContributor> columns,
                    List<PlanToolContributor> tools, PlanExports exports) {
        this.columns = columns;
        this.tools = tools;
        this.exports = exports;
        this.plans = plans;
        this.outline = outline;
        addClassName("cw-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElseThrow(() -> new NotFoundException("Plan"));
        plan = plans.plan(planId);
        manage = plans.mayManage(planId);
        removeAll();
        grid.removeAllColumns();
        add(PlanHeader.create(plan, PlanHeader.Page.OUTLINE));
        if (manage) {
            add(statusActions());
        }
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setAlignItems(Alignment.CENTER);
        if (manage && !plan.status().textLocked()) {
            OutlineActions actions = new OutlineActions(outline, planId, this::refresh);
            Button chapter = new Button(getTranslation("outline.add-chapter"), VaadinIcon.PLUS.create(),
                    e -> actions.titleDialog(getTranslation("outline.add-chapter"), "",
                            title -> outline.addSection(planId, null, title)));
            chapter.setId("add-chapter");
            toolbar.add(chapter);
            tools.forEach(t -> t.outlineTool(plan).ifPresent(toolbar::add));
        }
        showArchived.setLabel(getTranslation("outline.show-archived"));
        showArchived.addValueChangeListener(e -> refresh());
        toolbar.add(showArchived, PdfLink.create("download-draft-pdf", "plan-" + planId + "-draft.pdf",
                        getTranslation("document.download.draft-pdf"),
                        locale -> exports.draftPdf(planId, locale, new PdfRenderer.Options(false))),
                PdfLink.create("download-draft-pdf-lines", "plan-" + planId + "-draft-lines.pdf",
                        getTranslation("document.download.draft-pdf-lines"),
                        locale -> exports.draftPdf(planId, locale, new PdfRenderer.Options(true))),
                DocxLink.create("download-draft-docx", "plan-" + planId + "-draft.docx",
                        getTranslation("docx.download.draft"), locale -> exports.draft(planId, locale)));
        configureGrid();
        add(toolbar, grid);
    }

    private Component statusActions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("status-actions");
        bar.setAlignItems(Alignment.BASELINE);
        if (!plan.status().next().isEmpty()) {
            bar.add(new Span(getTranslation("plan.move-to")));
        }
        for (PlanStatus target : plan.status().next()) {
            Button move = new Button(Translations.label(target), e -> confirmStatus(target));
            move.setId("status-" + target.name().toLowerCase(java.util.Locale.ROOT));
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(move);
        }
        return bar;
    }

    /** Every status move asks first; adoption and publication say what they freeze and make final. */
    private void confirmStatus(PlanStatus target) {
        String status = Translations.label(target);
        FinalAction ask = switch (target) {
            case ADOPTED -> FinalAction.ask(getTranslation("plan.adopt-title", plan.title()), getTranslation("plan.adopt"))
                    .consequence(getTranslation("plan.adopt-freezes"))
                    .consequence(getTranslation("plan.adopt-locks"))
                    .consequence(getTranslation("plan.adopt-annex"));
            case PUBLISHED -> FinalAction.ask(getTranslation("plan.publish-title", plan.title()),
                            getTranslation("plan.publish"))
                    .consequence(getTranslation("plan.publish-final"))
                    .consequence(getTranslation("plan.publish-no-change"));
            default -> FinalAction.ask(getTranslation("plan.move-title", plan.title(), status),
                            getTranslation("plan.move-confirm"))
                    .consequence(getTranslation("plan.move-effect", Translations.label(plan.status()), status));
        };
        if (target == PlanStatus.ADOPTED && plan.previousPlanId() != null) {
            ask.consequence(getTranslation("plan.adopt-supersedes"));
        }
        ask.openAndClose(reason -> {
            try {
                plans.changeStatus(plan.id(), target, plan.version());
                Notifications.success(getTranslation("plan.status-changed", status));
            } catch (InvalidInputException ex) {
                Notifications.error(Translations.message(ex));
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("error.concurrent-change"));
            }
            getUI().ifPresent(ui -> ui.navigate(PlanPaths.plan(plan.id())));
        });
    }

    private void configureGrid() {
        grid.setId("outline-grid");
        // A title keeps room for its words on a phone; the grid then scrolls sideways inside itself, not the page.
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("outline.section")).setWidth("12rem")
                .setFlexGrow(3);
        grid.addComponentColumn(n -> PlanBadges.state(n.state())).setHeader(getTranslation("outline.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.leads().stream().map(l -> l.displayName()).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("outline.leads")).setFlexGrow(2);
        grid.addColumn(n -> n.revisionNo() == 0 ? "—" : Integer.toString(n.revisionNo()))
                .setHeader(getTranslation("outline.revision")).setAutoWidth(true).setFlexGrow(0);
        for (OutlineColumnContributor contributor : columns) {
            contributor.column(plan.id()).ifPresent(c -> grid.addComponentColumn(n -> c.cell().apply(n.sectionId()))
                    .setKey(c.key()).setHeader(c.header()).setAutoWidth(true).setFlexGrow(0));
        }
        if (manage && !plan.status().textLocked()) {
            OutlineActions actions = new OutlineActions(outline, plan.id(), this::refresh);
            grid.addComponentColumn(actions::menu).setKey("actions").setHeader(getTranslation("users.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        // Computed once per round trip for both the count and the rows, and not held per tab.
        RoundTripCache<List<OutlineNode>> nodes = new RoundTripCache<>(grid,
                () -> outline.outline(plan.id(), showArchived.getValue()));
        grid.setItems(q -> nodes.get().stream().skip(q.getOffset()).limit(q.getLimit()), q -> nodes.get().size());
    }

    private Component titleCell(OutlineNode node) {
        Anchor link = new Anchor(PlanPaths.section(plan.id(), node.sectionId()), node.numberedTitle());
        Div cell = new Div(link);
        cell.addClassName("cw-outline-title");
        cell.getStyle().set("padding-inline-start", (node.depth() - 1) * 1.5 + "em");
        if (node.depth() == 1) {
            link.addClassName("cw-chapter");
        }
        if (node.archived()) {
            Span archived = new Span(getTranslation("outline.archived"));
            archived.getElement().getThemeList().add("badge contrast");
            cell.add(archived);
        }
        return cell;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return (plan == null ? "" : plan.title() + " · ") + getTranslation("app.name");
    }
}
