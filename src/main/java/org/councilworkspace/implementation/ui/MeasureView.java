package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.Agency;
import org.councilworkspace.implementation.GoalAlignment;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.KpiProgress;
import org.councilworkspace.implementation.Measure;
import org.councilworkspace.implementation.MeasureDetail;
import org.councilworkspace.implementation.StatusChange;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.ui.PlanPaths;

/**
 * One measure: where it sits in the plan, who leads it, its period, the goals it is aligned with, milestones, budget,
 * status record and KPIs.
 */
@Route("measures/:measureId(\\d+)")
@PermitAll
public class MeasureView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ImplementationService register;
    private final CouncilService councils;
    private final GoalAlignment alignment;
    private String title = "";

    public MeasureView(ImplementationService register, CouncilService councils, GoalAlignment alignment) {
        this.register = register;
        this.councils = councils;
        this.alignment = alignment;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long measureId = event.getRouteParameters().getLong("measureId")
                .orElseThrow(() -> new NotFoundException("Measure"));
        show(measureId);
    }

    private void show(long measureId) {
        MeasureDetail detail = register.measure(measureId);
        Measure m = detail.measure();
        Plan plan = register.plan(m.planId());
        title = m.title();
        removeAll();
        add(new Anchor(ImplementationPaths.register(plan.councilId(), plan.id()),
                "← " + getTranslation("implementation.back", plan.title())));
        H1 heading = new H1(m.title());
        heading.setId("measure-title");
        add(heading);
        Paragraph status = new Paragraph(Translations.label(m.status())
                + (m.statusReason() == null ? "" : " — " + m.statusReason()));
        status.setId("measure-status");
        add(status, facts(detail, plan), new CarryOverLinks(register.lineage(measureId)));
        add(new Paragraph(m.description()));
        boolean maintains = register.mayMaintain(measureId);
        if (maintains) {
            Button edit = new Button(getTranslation("implementation.edit-measure"), e -> new MeasureFormDialog(
                    register, plan.councilId(), councils.language(plan.councilId()).calendar(), plan.id(), register.measure(measureId), id -> show(measureId)).open());
            edit.setId("edit-measure");
            Button change = new Button(getTranslation("implementation.change-status"),
                    e -> StatusChoice.open(register, m, () -> show(measureId)));
            change.setId("change-status");
            add(new HorizontalLayout(edit, change));
        }
        add(new AlignmentEditor("measure", alignment.ofMeasure(measureId), maintains ? alignment.goals(plan.id())
                : List.of(), maintains ? new AlignmentEditor.Actions(g -> alignment.alignMeasure(measureId, g.id()),
                g -> alignment.unalignMeasure(measureId, g.id()), () -> show(measureId)) : null));
        add(milestonesAndBudget(detail), new H2(getTranslation("implementation.status-record")), history(detail));
        add(new H2(getTranslation("implementation.kpis")));
        boolean reports = register.mayReport(measureId);
        var kpis = register.kpis(measureId);
        if (kpis.isEmpty()) {
            add(new Paragraph(getTranslation("implementation.no-kpis")));
        }
        for (KpiProgress progress : kpis) {
            add(new KpiSection(register, progress, reports, () -> show(measureId)));
        }
        if (maintains) {
            Button addKpi = new Button(getTranslation("implementation.new-kpi"), e -> new KpiFormDialog(register,
                    measureId, m.startsOn().getYear(), () -> show(measureId)).open());
            addKpi.setId("new-kpi");
            add(addKpi);
        }
    }

    private UnorderedList facts(MeasureDetail detail, Plan plan) {
        Measure m = detail.measure();
        UnorderedList facts = new UnorderedList();
        facts.setId("measure-facts");
        ListItem section = new ListItem(getTranslation("implementation.section") + ": ");
        section.add(new Anchor(PlanPaths.section(plan.id(), m.sectionId()), m.sectionTitle()));
        facts.add(section,
                new ListItem(getTranslation("implementation.lead-agency") + ": " + m.leadAgencyName()),
                new ListItem(getTranslation("implementation.co-agencies") + ": " + (detail.coAgencies().isEmpty()
                        ? "—" : detail.coAgencies().stream().map(Agency::name).collect(Collectors.joining(", ")))),
                new ListItem(getTranslation("implementation.period") + ": " + Formats.date(m.startsOn()) + " – "
                        + Formats.date(m.endsOn())));
        return facts;
    }

    private VerticalLayout milestonesAndBudget(MeasureDetail detail) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        UnorderedList milestones = new UnorderedList();
        milestones.setId("measure-milestones");
        detail.milestones().forEach(ms -> milestones.add(new ListItem(Formats.date(ms.dueOn()) + " · " + ms.title())));
        UnorderedList budget = new UnorderedList();
        budget.setId("measure-budget");
        detail.budget().forEach(b -> budget.add(new ListItem(b.year() + ": " + Numbers.money(b.amount(),
                b.currency()))));
        box.add(new H2(getTranslation("implementation.milestones")), detail.milestones().isEmpty()
                ? new Paragraph("—") : milestones, new H2(getTranslation("implementation.budget")),
                detail.budget().isEmpty() ? new Paragraph("—") : budget);
        return box;
    }

    private Grid<StatusChange> history(MeasureDetail detail) {
        Grid<StatusChange> grid = new Grid<>();
        grid.setId("status-history");
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("implementation.status-record"));
        grid.addColumn(c -> Formats.dateTime(c.changedAt())).setHeader(getTranslation("implementation.when"))
                .setAutoWidth(true);
        grid.addColumn(c -> Translations.label(c.status())).setHeader(getTranslation("implementation.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader(getTranslation("implementation.reason"))
                .setFlexGrow(3);
        grid.addColumn(StatusChange::changedBy).setHeader(getTranslation("implementation.by")).setAutoWidth(true);
        grid.setItems(detail.history());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
