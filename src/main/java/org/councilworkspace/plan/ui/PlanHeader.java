package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import org.councilworkspace.plan.Plan;

/** The plan's title, cycle and status, and links to its outline and versions. */
public final class PlanHeader {

    public enum Page { OUTLINE, CONSENSUS, AMENDMENTS, VERSIONS }

    private PlanHeader() {
    }

    public static Div create(Plan plan, Page current) {
        Div header = new Div();
        header.addClassName("cw-plan-header");
        H1 title = new H1(plan.title());
        title.setId("plan-title");
        Span cycle = new Span(header.getTranslation("plan.cycle") + ": " + plan.cycle());
        cycle.addClassName("cw-muted");
        Div meta = new Div(cycle, PlanBadges.status(plan.status()));
        meta.addClassName("cw-meta-row");
        if (plan.nationalPlan() != null) {
            Span national = new Span(header.getTranslation("plan.national-plan") + ": " + plan.nationalPlan());
            national.addClassName("cw-muted");
            meta.add(national);
        }
        Nav nav = new Nav(link(header, PlanPaths.plan(plan.id()), "plan.outline", current == Page.OUTLINE),
                link(header, "plans/" + plan.id() + "/consensus", "matrix.title", current == Page.CONSENSUS),
                link(header, "plans/" + plan.id() + "/amendments", "plan.amendments", current == Page.AMENDMENTS),
                link(header, PlanPaths.versions(plan.id()), "versions.title", current == Page.VERSIONS));
        nav.addClassName("cw-council-tabs");
        nav.getElement().setAttribute("aria-label", header.getTranslation("plan.pages"));
        header.add(new Anchor(PlanPaths.plans(plan.councilId()), "← " + header.getTranslation("plans.title")), title, meta,
                nav);
        return header;
    }

    private static Anchor link(Div owner, String path, String key, boolean current) {
        Anchor link = new Anchor(path, owner.getTranslation(key));
        link.addClassName("cw-council-tab");
        if (current) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }
}
