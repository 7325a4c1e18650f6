package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Year;
import java.util.List;
import org.councilworkspace.council.ui.CouncilRoutes;
import org.councilworkspace.council.ui.CouncilTabs;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;

/** A council's master plans, newest cycle first; the chair and secretariat start new ones. */
@Route("councils/:councilId(\\d+)/plans")
@PermitAll
public class CouncilPlansView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final AccessGuard guard;
    private final CouncilTabs tabs;
    private final List<PlanToolContributor> tools;

    public CouncilPlansView(PlanService plans, AccessGuard guard, CouncilTabs tabs, List<PlanToolContributor> tools) {
        this.tools = tools;
        this.plans = plans;
        this.guard = guard;
        this.tabs = tabs;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long councilId = CouncilRoutes.councilId(event);
        List<Plan> list = plans.plans(councilId);
        boolean manage = guard.may(councilId, CouncilAction.MANAGE_PLAN);
        removeAll();
        add(tabs.create(councilId, PlanPaths.plans(councilId)), new H1(getTranslation("plans.title")));
        tabs.observerNotice(councilId).ifPresent(this::add);
        if (manage) {
            int year = Year.now().getValue() + 1;
            Button create = new Button(getTranslation("plans.new"), VaadinIcon.PLUS.create(), e ->
                    new PlanFormDialog(getTranslation("plans.new"), new NewPlan("", year, year + 4, ""),
                            p -> plans.createPlan(councilId, p), this::open).open());
            create.setId("new-plan");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout bar = new HorizontalLayout(create);
            tools.forEach(t -> t.plansListTool(councilId).ifPresent(bar::add));
            add(bar);
        }
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("plans.none")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("cw-cards");
        cards.setId("plans");
        list.forEach(p -> cards.add(card(p, manage)));
        add(cards);
    }

    private Div card(Plan plan, boolean manage) {
        Div card = new Div();
        card.addClassName("cw-card");
        card.add(new H2(new Anchor(PlanPaths.plan(plan.id()), plan.title())),
                new Span(getTranslation("plan.cycle") + ": " + plan.cycle()), PlanBadges.status(plan.status()));
        if (plan.nationalPlan() != null) {
            Span national = new Span(getTranslation("plan.national-plan") + ": " + plan.nationalPlan());
            national.addClassName("cw-muted");
            card.add(national);
        }
        if (manage) {
            Button next = new Button(getTranslation("plans.next-cycle"), e -> new PlanFormDialog(
                    getTranslation("plans.next-cycle"), new NewPlan(plan.title(), plan.cycleEnd() + 1,
                    plan.cycleEnd() + 1 + (plan.cycleEnd() - plan.cycleStart()), plan.nationalPlan()),
                    p -> plans.startNextCycle(plan.id(), p), this::open).open());
            next.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            next.getElement().setAttribute("aria-label", getTranslation("plans.next-cycle") + ": " + plan.title());
            card.add(next);
        }
        return card;
    }

    private void open(long planId) {
        UI.getCurrent().navigate(PlanPaths.plan(planId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " · " + getTranslation("app.name");
    }
}
