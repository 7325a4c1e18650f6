package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import org.councilworkspace.amendment.Amendment;
import org.councilworkspace.amendment.AmendmentActivity;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentState;
import org.councilworkspace.amendment.SectionAmendments;
import org.councilworkspace.base.ui.UiBatcher;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.ui.PlanPaths;

/** Under a section's text: "Propose an amendment", and the section's undecided amendments with their changes. */
class AmendmentPanel extends Div {

    private final AmendmentService amendments;
    private final AmendmentActivity activity;
    private final SectionDraft draft;
    private final Div list = new Div();
    private Runnable unsubscribe;

    AmendmentPanel(AmendmentService amendments, AmendmentActivity activity, SectionDraft draft) {
        this.amendments = amendments;
        this.activity = activity;
        this.draft = draft;
        setId("section-amendments");
        setWidthFull();
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "section-amendments-title");
        H3 title = new H3(getTranslation("amendment.section-title"));
        title.setId("section-amendments-title");
        add(title);
        // One read of the section for the button and the list: this panel is on every section page.
        SectionAmendments shown = amendments.sectionAmendments(draft.section().sectionId());
        if (shown.rights().mayPropose()) {
            Button propose = new Button(getTranslation("amendment.propose"), VaadinIcon.FILE_TEXT_O.create(),
                    e -> AmendmentEditor.propose(amendments, draft, id -> refresh()).open());
            propose.setId("propose-amendment");
            add(propose);
        }
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        list.getStyle().set("margin-block", "var(--lumo-space-m)");
        add(list, new Anchor("plans/" + draft.plan().id() + "/amendments", getTranslation("amendment.all-of-plan")));
        show(shown);
    }

    /** Others' proposals, support and decisions on this section show up without reloading the page. */
    @Override
    protected void onAttach(AttachEvent event) {
        UiBatcher batcher = new UiBatcher(event.getUI(), 400, this::refresh);
        unsubscribe = activity.subscribeSection(draft.section().sectionId(), batcher::request);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void refresh() {
        show(amendments.sectionAmendments(draft.section().sectionId()));
    }

    private void show(SectionAmendments shown) {
        list.removeAll();
        if (shown.undecided().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("amendment.none-open"));
            none.addClassName("cw-muted");
            list.add(none);
        }
        shown.undecided().forEach(c -> list.add(new AmendmentCard(amendments, c, shown.rights(),
                shown.missing(c.amendment().id()), this::after)));
    }

    /** An accepted amendment changed the section's text: open the section again so the page shows it. */
    private void after(Amendment a) {
        if (a.state() == AmendmentState.ACCEPTED) {
            UI.getCurrent().navigate(PlanPaths.section(draft.plan().id(), draft.section().sectionId()),
                    QueryParameters.of("accepted", Long.toString(a.id())));
        } else {
            refresh();
        }
    }
}
