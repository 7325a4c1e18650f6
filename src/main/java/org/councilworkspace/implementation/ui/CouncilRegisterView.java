package org.councilworkspace.implementation.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.ui.CouncilRoutes;
import org.councilworkspace.council.ui.CouncilTabs;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.Goal;
import org.councilworkspace.implementation.GoalAlignment;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.ProgressTracker;
import org.councilworkspace.implementation.PlanKpi;
import org.councilworkspace.implementation.RegisterRights;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.Plan;

/**
 * A plan's implementation dashboard: measures by status, by agency and by goal, KPIs by computed status and each
 * KPI's trajectory, the measures themselves, the plan's goal frameworks, and for the plan's managers the agencies
 * and the tolerance.
 */
@Route("councils/:councilId(\\d+)/implementation")
@PermitAll
public class CouncilRegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ImplementationService register;
    private final CouncilTabs tabs;
    private final ProgressTracker tracker;
    private final CouncilService councils;
    private final GoalAlignment alignment;
    private final Clock clock;

    public CouncilRegisterView(ImplementationService register, CouncilTabs tabs, ProgressTracker tracker,
                               CouncilService councils, GoalAlignment alignment, Clock clock) {
        this.register = register;
        this.alignment = alignment;
        this.tabs = tabs;
        this.tracker = tracker;
        this.councils = councils;
        this.clock = clock;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long councilId = CouncilRoutes.councilId(event);
        List<Plan> plans = register.plans(councilId);
        Long wanted = event.getLocation().getQueryParameters().getSingleParameter("plan").filter(s -> s.matches("\\d+"))
                .map(Long::valueOf).orElse(null);
        // Without a choice, the plan of the latest cycle: the one being implemented (an imported earlier plan is not).
        Plan plan = plans.stream().filter(p -> wanted == null || p.id() == wanted)
                .max(Comparator.comparingInt(Plan::cycleStart).thenComparingLong(Plan::id)).orElse(null);
        removeAll();
        add(tabs.create(councilId, ImplementationPaths.register(councilId)),
                new H1(getTranslation("implementation.tab")));
        if (plan == null) {
            add(new Paragraph(getTranslation("implementation.no-plans")));
            return;
        }
        Select<Plan> choice = new Select<>();
        choice.setId("register-plan");
        choice.setLabel(getTranslation("implementation.plan"));
        choice.setItems(plans);
        choice.setItemLabelGenerator(p -> p.title() + " · " + p.cycle());
        choice.setValue(plan);
        choice.addValueChangeListener(e -> open(councilId, e.getValue().id()));
        add(choice);
        show(councilId, plan);
    }

    private void show(long councilId, Plan plan) {
        RegisterRights rights = register.rights(plan.id());
        boolean addsMeasures = !register.maintainableSections(plan.id()).isEmpty();
        Map<Long, OutlineNode> sections = register.sections(plan.id()).stream()
                .collect(Collectors.toMap(OutlineNode::sectionId, Function.identity()));
        List<Goal> goals = alignment.goals(plan.id());
        MeasuresGrid measures = new MeasuresGrid(register, plan.id(), register.agencies(councilId), sections, goals);
        add(new DashboardSummary(register.dashboard(plan.id()), measures::show));
        if (!goals.isEmpty()) {
            add(new GoalSummary(alignment.measuresByGoal(plan.id()), measures::show));
        }
        add(workbook(plan), pdf(plan),
                new ProgressPanel(tracker, plan, calendar(councilId), clock,
                        () -> open(councilId, plan.id())));
        add(new H2(getTranslation("implementation.measures")));
        if (addsMeasures) {
            Button create = new Button(getTranslation("implementation.new-measure"), VaadinIcon.PLUS.create(),
                    e -> new MeasureFormDialog(register, councilId, calendar(councilId), plan.id(), null,
                            id -> UI.getCurrent().navigate(ImplementationPaths.measure(id))).open());
            create.setId("new-measure");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importing = new Button(getTranslation("implementation.import.open"), VaadinIcon.UPLOAD.create(),
                    e -> new RegisterImportDialog(register, plan.id(), () -> open(councilId, plan.id())).open());
            importing.setId("import-measures");
            add(new HorizontalLayout(create, importing));
        }
        add(measures, new H2(getTranslation("implementation.kpis")), kpis(plan.id()),
                new ReportingPanel(register, councilId, plan.id(), calendar(councilId), rights.manages(),
                        () -> open(councilId, plan.id())));
        register.previousCycle(plan.id()).ifPresent(evaluation -> add(new PreviousCycle(evaluation)));
        add(new GoalFrameworksPanel(alignment, plan.id(), () -> open(councilId, plan.id())));
        if (rights.manages()) {
            add(new RegisterSettings(register, councilId,
                    () -> open(councilId, plan.id())));
        }
    }

    private CalendarSystem calendar(long councilId) {
        return councils.language(councilId).calendar();
    }

    private Anchor workbook(Plan plan) {
        Locale locale = UI.getCurrent().getLocale();
        StreamResource file = new StreamResource("register-" + plan.id() + ".xlsx", (out, session) ->
                register.writeXlsx(plan.id(), locale, out));
        file.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Anchor anchor = new Anchor(file, getTranslation("implementation.export.xlsx"));
        anchor.getElement().setAttribute("download", true);
        anchor.setId("register-xlsx");
        return anchor;
    }

    /** The dashboard as PDF, in the council's language; the zone is captured now, the file is made on download. */
    private Anchor pdf(Plan plan) {
        ZoneId zone = UserZone.zone();
        StreamResource file = new StreamResource("register-" + plan.id() + ".pdf",
                () -> new ByteArrayInputStream(register.registerPdf(plan.id(), zone)));
        file.setContentType("application/pdf");
        Anchor anchor = new Anchor(file, getTranslation("implementation.export.pdf"));
        anchor.getElement().setAttribute("download", true);
        anchor.setId("register-pdf");
        return anchor;
    }

    private static void open(long councilId, long planId) {
        UI.getCurrent().navigate(ImplementationPaths.register(councilId),
                QueryParameters.of("plan", Long.toString(planId)));
    }

    /** Every KPI of the plan, a page at a time; a row opens to its trajectory chart and table. */
    private Grid<PlanKpi> kpis(long planId) {
        Grid<PlanKpi> grid = new Grid<>();
        grid.setId("kpis-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("implementation.kpis"));
        grid.addColumn(k -> k.progress().kpi().name()).setHeader(getTranslation("implementation.kpi"))
                .setFlexGrow(3);
        grid.addComponentColumn(k -> new Anchor(ImplementationPaths.measure(k.measureId()), k.measureTitle()))
                .setHeader(getTranslation("implementation.measure")).setFlexGrow(3);
        grid.addColumn(k -> k.progress().assessment().latest() == null ? ""
                        : Numbers.of(k.progress().assessment().latest().value()) + " " + k.progress().kpi().unit())
                .setHeader(getTranslation("implementation.latest")).setAutoWidth(true);
        grid.addColumn(k -> Translations.label(k.progress().assessment().status()))
                .setHeader(getTranslation("implementation.kpi-status")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(k -> new KpiTrajectory(k.progress())));
        grid.setItems(query -> register.planKpis(planId, query.getOffset(), query.getLimit()).stream(),
                query -> register.countPlanKpis(planId));
        grid.setEmptyStateText(getTranslation("implementation.no-kpis"));
        grid.setHeight("24rem");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("implementation.tab") + " · " + getTranslation("app.name");
    }
}
