package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.implementation.Agency;
import org.councilworkspace.implementation.Goal;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.Measure;
import org.councilworkspace.implementation.MeasureFilter;
import org.councilworkspace.implementation.MeasureStatus;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.ui.PlanPaths;

/**
 * A plan's measures, loaded page by page, narrowed by status, lead agency and goal; each opens its section or itself.
 */
class MeasuresGrid extends VerticalLayout {

    private final Grid<Measure> grid = new Grid<>();
    private final Select<MeasureStatus> status = new Select<>();
    private final Select<Agency> agency = new Select<>();
    private final ComboBox<Goal> goal = new ComboBox<>();
    private Long sectionId;

    MeasuresGrid(ImplementationService register, long planId, List<Agency> agencies, Map<Long, OutlineNode> sections,
                 List<Goal> goals) {
        setPadding(false);
        goal.setId("measure-filter-goal");
        goal.setLabel(getTranslation("implementation.alignment.goal"));
        goal.setItems(goals);
        goal.setItemLabelGenerator(g -> g.label(getLocale()));
        goal.setClearButtonVisible(true);
        goal.setPlaceholder(getTranslation("implementation.any"));
        goal.setVisible(!goals.isEmpty());
        status.setId("measure-filter-status");
        status.setLabel(getTranslation("implementation.status"));
        status.setItems(MeasureStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("implementation.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("implementation.any") : Translations.label(s));
        agency.setId("measure-filter-agency");
        agency.setLabel(getTranslation("implementation.lead-agency"));
        agency.setItems(agencies);
        agency.setEmptySelectionAllowed(true);
        agency.setEmptySelectionCaption(getTranslation("implementation.any"));
        agency.setItemLabelGenerator(a -> a == null ? getTranslation("implementation.any") : a.name());
        grid.setId("measures-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("implementation.measures"));
        grid.addComponentColumn(m -> Optional.ofNullable(sections.get(m.sectionId()))
                        .<com.vaadin.flow.component.Component>map(n -> new Anchor(PlanPaths.section(planId,
                                n.sectionId()), n.numberedTitle())).orElseGet(() -> new Span(m.sectionTitle())))
                .setHeader(getTranslation("implementation.section")).setFlexGrow(2);
        grid.addComponentColumn(m -> new Anchor(ImplementationPaths.measure(m.id()), m.title()))
                .setHeader(getTranslation("implementation.measure")).setFlexGrow(3);
        grid.addColumn(Measure::leadAgencyName).setHeader(getTranslation("implementation.lead-agency"))
                .setFlexGrow(2);
        grid.addColumn(m -> Translations.label(m.status())).setHeader(getTranslation("implementation.status"))
                .setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.startsOn()) + " – " + Formats.date(m.endsOn()))
                .setHeader(getTranslation("implementation.period")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("implementation.no-measures"));
        grid.setItems(query -> register.measures(planId, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> register.countMeasures(planId, filter()));
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        agency.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        goal.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(status, agency, goal);
        filters.setWrap(true);
        add(filters, grid);
    }

    void show(MeasureFilter filter) {
        sectionId = filter.sectionId();
        status.setValue(filter.status());
        agency.setValue(filter.agencyId() == null ? null : agency.getListDataView().getItems()
                .filter(a -> a.id() == filter.agencyId()).findFirst().orElse(null));
        goal.setValue(filter.goalId() == null ? null : goal.getListDataView().getItems()
                .filter(g -> g.id() == filter.goalId()).findFirst().orElse(null));
        grid.getDataProvider().refreshAll();
        grid.scrollIntoView();
    }

    private MeasureFilter filter() {
        return new MeasureFilter(status.getValue(), agency.getValue() == null ? null : agency.getValue().id(),
                sectionId, goal.getValue() == null ? null : goal.getValue().id());
    }
}
