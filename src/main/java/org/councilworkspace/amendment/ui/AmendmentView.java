package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.councilworkspace.amendment.Amendment;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentStance;
import org.councilworkspace.amendment.AmendmentState;
import org.councilworkspace.amendment.AmendmentStep;
import org.councilworkspace.amendment.AmendmentSupportService;
import org.councilworkspace.amendment.Opinion;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.ui.PlanHeader;
import org.councilworkspace.plan.ui.PlanPaths;

/** One amendment: its changes, rationale, who supports or opposes it and why, and the record of its decisions. */
@Route("plans/:planId(\\d+)/amendments/:amendmentId(\\d+)")
@PermitAll
public class AmendmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AmendmentService amendments;
    private final PlanService plans;
    private final AmendmentSupportService support;
    private Amendment amendment;

    public AmendmentView(AmendmentService amendments, PlanService plans, AmendmentSupportService support) {
        this.amendments = amendments;
        this.support = support;
        this.plans = plans;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElseThrow(() -> new NotFoundException("Plan"));
        long id = event.getRouteParameters().getLong("amendmentId")
                .orElseThrow(() -> new NotFoundException("Amendment"));
        Amendment a = amendments.amendment(id);
        if (a.planId() != planId) {
            throw new NotFoundException("Amendment");
        }
        show(a);
    }

    private void show(Amendment a) {
        amendment = a;
        Plan plan = plans.plan(a.planId());
        removeAll();
        add(PlanHeader.create(plan, PlanHeader.Page.AMENDMENTS));
        H1 title = new H1(getTranslation("amendment.number", a.id()));
        title.setId("amendment-title");
        Anchor section = new Anchor(PlanPaths.section(a.planId(), a.sectionId()), a.sectionTitle());
        section.setId("amendment-section");
        // A link inside a sentence is underlined, not told apart by colour alone.
        section.getStyle().set("text-decoration", "underline");
        Div meta = new Div(AmendmentBadges.state(a.state()), new Span(getTranslation("amendment.proposed-by",
                a.proposerName(), Formats.dateTime(a.createdAt()))), AmendmentBadges.support(a));
        meta.addClassName("cw-meta-row");
        meta.setId("amendment-meta");
        Paragraph on = new Paragraph(getTranslation("amendment.on-section"));
        on.add(new Span(" "), section);
        if (a.baseRevisionNo() != null) {
            on.add(new Span(" " + getTranslation("amendment.on-revision", a.baseRevisionNo())));
        }
        add(title, meta, on);
        if (a.state() == AmendmentState.CONFLICTING) {
            Div conflict = new Div(getTranslation("amendment.conflicting-help"));
            conflict.addClassName("cw-notice");
            add(conflict);
        }
        add(new AmendmentActions(amendments, a, amendments.rights(a.sectionId()),
                support.missing(List.of(a.id())).getOrDefault(a.id(), List.of()), this::show));
        add(heading("amendment.rationale"), text(a.rationale(), "amendment-rationale-text"));
        add(heading("amendment.changes"), new AmendmentDiff(amendments.diff(a.id())));
        if (a.decidedAt() != null) {
            add(heading("amendment.decision"), decision(a));
        }
        add(heading("amendment.opinions"), opinions(amendments.opinions(a.id())));
        add(heading("amendment.record"), record(amendments.steps(a.id())));
    }

    private Paragraph decision(Amendment a) {
        Paragraph p = new Paragraph(AmendmentBadges.stateText(a.state()) + " · "
                + getTranslation("amendment.decided-by", a.decidedByName(), Formats.dateTime(a.decidedAt())));
        p.setId("amendment-decision");
        if (a.acceptedRevisionNo() != null) {
            p.add(new Span(" · " + getTranslation("amendment.became-revision", a.acceptedRevisionNo(), a.proposerName())));
        }
        if (a.decisionReason() != null) {
            p.add(new Div(new Span(getTranslation("amendment.reject-reason") + ": "), new Span(a.decisionReason())));
        }
        p.getStyle().set("white-space", "pre-wrap");
        return p;
    }

    private Div opinions(List<Opinion> opinions) {
        Div div = new Div();
        div.setId("amendment-opinions");
        if (opinions.isEmpty()) {
            div.add(new Paragraph(getTranslation("amendment.no-opinions")));
            return div;
        }
        UnorderedList list = new UnorderedList();
        for (Opinion o : opinions) {
            String stance = o.stance() == AmendmentStance.SUPPORT ? "▲ " + getTranslation("amendment.stance.SUPPORT")
                    : "▼ " + getTranslation("amendment.stance.OPPOSE");
            ListItem item = new ListItem(new Span(stance + " · " + o.displayName() + " · "
                    + Formats.dateTime(o.createdAt())));
            if (o.reason() != null) {
                Div reason = new Div(o.reason());
                reason.getStyle().set("white-space", "pre-wrap");
                item.add(reason);
            }
            list.add(item);
        }
        div.add(list);
        return div;
    }

    private OrderedList record(List<AmendmentStep> steps) {
        OrderedList list = new OrderedList();
        list.setId("amendment-record");
        for (AmendmentStep s : steps) {
            String who = s.actorName() == null ? getTranslation("amendment.step.automatic") : s.actorName();
            String text = Formats.dateTime(s.at()) + " · " + getTranslation("amendment.step." + s.kind().name()) + " · "
                    + who + (s.revisionNo() == null ? "" : " · " + getTranslation("amendment.revision", s.revisionNo()));
            ListItem item = new ListItem(text);
            if (s.reason() != null) {
                Div reason = new Div(s.reason());
                reason.getStyle().set("white-space", "pre-wrap");
                item.add(reason);
            }
            list.add(item);
        }
        return list;
    }

    private H2 heading(String key) {
        H2 h = new H2(getTranslation(key));
        h.getStyle().set("font-size", "var(--lumo-font-size-l)");
        return h;
    }

    private static Paragraph text(String value, String id) {
        Paragraph p = new Paragraph(value);
        p.setId(id);
        p.getStyle().set("white-space", "pre-wrap");
        return p;
    }

    @Override
    public String getPageTitle() {
        return (amendment == null ? "" : getTranslation("amendment.number", amendment.id()) + " · ")
                + getTranslation("app.name");
    }
}
