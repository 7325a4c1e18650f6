package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.councilworkspace.implementation.GoalCount;
import org.councilworkspace.implementation.MeasureFilter;

/**
 * On the dashboard, the plan's measures grouped by the goals they serve (a measure aligned with a target counts for
 * its goal); each goal opens the matching measures.
 */
class GoalSummary extends VerticalLayout {

    GoalSummary(List<GoalCount> counts, Consumer<MeasureFilter> drillDown) {
        setPadding(false);
        setId("measures-by-goal-box");
        add(new H2(getTranslation("implementation.alignment.by-goal")));
        Grid<GoalCount> grid = new Grid<>();
        grid.setId("measures-by-goal");
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("implementation.alignment.by-goal"));
        grid.addComponentColumn(c -> {
            Button open = new Button(c.goal().label(getLocale()), e -> drillDown.accept(new MeasureFilter(null, null,
                    null, c.goal().id())));
            open.setId("goal-count-" + c.goal().code());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.getStyle().set("white-space", "normal").set("text-align", "start").set("height", "auto");
            return open;
        }).setHeader(getTranslation("implementation.alignment.goal")).setKey("goal").setFlexGrow(4);
        grid.addColumn(GoalCount::measures).setHeader(getTranslation("implementation.measures")).setAutoWidth(true);
        grid.setItems(counts);
        grid.setEmptyStateText(getTranslation("implementation.alignment.none-aligned"));
        add(grid);
    }
}
