package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.Invitation;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.council.OrganizationType;

/** Invited organizations of an INVITED round; each new link is shown once, to be sent to the organization. */
class InvitationsPanel extends Div {

    InvitationsPanel(long roundId, RoundService rounds) {
        setWidthFull();
        TextField organization = new TextField(getTranslation("consultation.form.organization"));
        organization.setId("invite-organization");
        Select<OrganizationType> type = new Select<>();
        type.setLabel(getTranslation("consultation.form.organization-type"));
        type.setId("invite-type");
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(Translations::label);
        EmailField email = new EmailField(getTranslation("consultation.form.email"));
        email.setId("invite-email");
        Grid<Invitation> grid = new Grid<>();
        grid.setId("invitations-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("consultation.invitations"));
        grid.addColumn(Invitation::organizationName).setHeader(getTranslation("consultation.form.organization"));
        grid.addColumn(i -> Translations.label(i.organizationType())).setHeader(getTranslation("consultation.form.organization-type"));
        grid.addColumn(Invitation::email).setHeader(getTranslation("consultation.form.email"));
        grid.addColumn(i -> Formats.dateTime(i.expiresAt())).setHeader(getTranslation("consultation.invitation.expires"));
        grid.addColumn(Invitation::submissions).setHeader(getTranslation("consultation.submissions"));
        grid.setAllRowsVisible(true);
        grid.setItems(rounds.invitations(roundId));
        Paragraph link = new Paragraph();
        link.setId("invitation-link");
        FieldErrors errors = new FieldErrors().bind("organization", organization).bind("organizationType", type)
                .bind("email", email);
        Button invite = new Button(getTranslation("consultation.invitation.create"), e -> errors.run(() -> {
            String token = rounds.invite(roundId, organization.getValue(), type.getValue(), email.getValue(), null);
            link.removeAll();
            link.add(new com.vaadin.flow.component.html.Span(getTranslation("consultation.invitation.link") + " "),
                    portalLink(token));
            organization.clear();
            email.clear();
            grid.setItems(rounds.invitations(roundId));
        }));
        invite.setId("invite-create");
        HorizontalLayout form = new HorizontalLayout(organization, type, email, invite);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        add(form, link, grid);
    }

    private static com.vaadin.flow.component.html.Anchor portalLink(String token) {
        var anchor = new com.vaadin.flow.component.html.Anchor(PublicPaths.invited(token),
                absolute(PublicPaths.invited(token)));
        anchor.setRouterIgnore(true);
        return anchor;
    }

    /** The full address to send, as this request reached the server. */
    private static String absolute(String path) {
        try {
            return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path(path).build().toUriString();
        } catch (IllegalStateException outsideARequest) {
            return path;
        }
    }
}
