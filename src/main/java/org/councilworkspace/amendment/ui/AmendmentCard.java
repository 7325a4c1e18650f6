package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.councilworkspace.amendment.Amendment;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentState;
import org.councilworkspace.amendment.ProposedChange;
import org.councilworkspace.amendment.SectionRights;
import org.councilworkspace.base.ui.Formats;

/** One undecided amendment under the section's text: who proposes what and why, the changes, support, actions. */
class AmendmentCard extends Div {

    AmendmentCard(AmendmentService amendments, ProposedChange change, SectionRights rights,
                  java.util.List<org.councilworkspace.amendment.MissingSupport> missing, AmendmentActions.Done done) {
        Amendment a = change.amendment();
        addClassName("cw-card");
        addClassName("cw-amendment");
        setId("amendment-" + a.id());
        setWidthFull();
        getStyle().set("box-sizing", "border-box");
        H4 title = new H4(getTranslation("amendment.number", a.id()));
        title.getStyle().set("margin", "0");
        Span by = new Span(getTranslation("amendment.proposed-by", a.proposerName(), Formats.dateTime(a.createdAt())));
        by.addClassName("cw-muted");
        Div head = new Div(title, AmendmentBadges.state(a.state()), by, AmendmentBadges.support(a));
        head.addClassName("cw-meta-row");
        add(head);
        if (a.state() == AmendmentState.CONFLICTING) {
            Div conflict = new Div(getTranslation(a.proposerId() == rights.myId() ? "amendment.conflicting-mine"
                    : "amendment.conflicting-help"));
            conflict.addClassName("cw-notice");
            conflict.getElement().setAttribute("role", "status");
            add(conflict);
        }
        Paragraph rationale = new Paragraph();
        rationale.addClassName("cw-amendment-rationale");
        Span label = new Span(getTranslation("amendment.rationale") + ": ");
        label.getStyle().set("font-weight", "600");
        rationale.add(label, new Span(a.rationale()));
        rationale.getStyle().set("white-space", "pre-wrap");
        AmendmentDiff diff = new AmendmentDiff(change.diff());
        // Long sections scroll inside the card rather than pushing the next amendment far down the page.
        diff.getStyle().set("max-height", "22rem").set("overflow", "auto").set("width", "100%");
        add(rationale, diff);
        Anchor details = new Anchor(AmendmentService.link(a.planId(), a.id()), getTranslation("amendment.details"));
        details.getElement().setAttribute("aria-label", getTranslation("amendment.details") + ": "
                + getTranslation("amendment.number", a.id()));
        Div actions = new AmendmentActions(amendments, a, rights, missing, done);
        actions.add(details);
        add(actions);
    }
}
