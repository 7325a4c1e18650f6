package org.councilworkspace.memberimport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Selects;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.council.ui.CouncilPaths;
import org.councilworkspace.council.ui.CouncilRoutes;
import org.councilworkspace.council.ui.CouncilTabs;
import org.councilworkspace.memberimport.ImportResult;
import org.councilworkspace.memberimport.MemberImportService;
import org.councilworkspace.memberimport.NewInvitee;
import org.councilworkspace.security.CouncilRole;

/**
 * Inviting one person by e-mail from the members screen: name, address, affiliation, group, role and language.
 * The roles offered are those the signed-in person may give (never chair or vice-chair for a secretariat); the
 * service checks the same ceiling and sends the e-mail with the expiring set-password link.
 */
@Route("councils/:councilId(\\d+)/members/invite")
@PermitAll
public class MemberInviteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberImportService imports;
    private final CouncilService councils;
    private final CouncilTabs tabs;
    private final Div outcome = new Div();
    private long councilId;

    public MemberInviteView(MemberImportService imports, CouncilService councils, CouncilTabs tabs) {
        this.imports = imports;
        this.councils = councils;
        this.tabs = tabs;
        addClassName("cw-page");
        outcome.setId("invite-outcome");
        outcome.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = CouncilRoutes.councilId(event);
        // Asking for the roles one may give is the service's check that this person manages the members.
        List<CouncilRole> grantable = councils.grantableRoles(councilId).stream().sorted().toList();
        removeAll();
        outcome.removeAll();
        TextField name = new TextField(getTranslation("members.invite.name"));
        name.setId("invite-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField(getTranslation("members.invite.email"));
        email.setId("invite-email");
        email.setRequiredIndicatorVisible(true);
        TextField affiliation = new TextField(getTranslation("members.organization"));
        affiliation.setId("invite-affiliation");
        affiliation.setMaxLength(200);
        affiliation.setRequiredIndicatorVisible(true);
        Select<StakeholderGroup> group = new Select<>();
        group.setId("invite-group");
        group.setLabel(getTranslation("members.group"));
        group.setItems(StakeholderGroup.values());
        group.setItemLabelGenerator(Translations::label);
        group.setValue(StakeholderGroup.MINISTRY);
        Selects.labelled(group);
        Select<CouncilRole> role = new Select<>();
        role.setId("invite-role");
        role.setLabel(getTranslation("members.role"));
        role.setItems(grantable);
        role.setItemLabelGenerator(Translations::label);
        role.setValue(grantable.contains(CouncilRole.MEMBER) ? CouncilRole.MEMBER : grantable.get(0));
        role.setHelperText(getTranslation("members.invite.ceiling"));
        Selects.labelled(role);
        Select<Locale> language = new Select<>();
        language.setId("invite-language");
        language.setLabel(getTranslation("shell.language"));
        language.setItems(SupportedLocales.ALL);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(SupportedLocales.of(Translations.locale().getLanguage()));
        Selects.labelled(language);
        FieldErrors errors = new FieldErrors().bind("name", name).bind("email", email).bind("affiliation", affiliation)
                .bind("group", group).bind("role", role).bind("language", language);
        Button send = new Button(getTranslation("members.invite.send"), e -> errors.run(() -> {
            ImportResult result = imports.inviteMember(councilId, new NewInvitee(name.getValue(), email.getValue(),
                    affiliation.getValue(), group.getValue(), role.getValue(), language.getValue().toLanguageTag()));
            show(name.getValue(), email.getValue(), result);
            name.clear();
            email.clear();
            affiliation.clear();
        }));
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(tabs.create(councilId, CouncilPaths.members(councilId)),
                new Anchor(CouncilPaths.members(councilId), "← " + getTranslation("members.import.back")),
                new H1(getTranslation("members.invite.title")), new Paragraph(getTranslation("members.invite.help")),
                new FormLayout(name, email, affiliation, group, role, language), send, outcome);
    }

    private void show(String name, String email, ImportResult result) {
        outcome.removeAll();
        Paragraph done = new Paragraph("✔ " + (result.newAccounts() == 0
                ? getTranslation("members.invite.added-existing", name)
                : result.emailed() > 0 ? getTranslation("members.invite.sent", name, email)
                : getTranslation("members.invite.created", name)));
        done.setId("invite-result");
        done.getElement().setAttribute("role", "status");
        outcome.add(done);
        for (ImportResult.HandOver h : result.toHandOver()) {
            TextField link = new TextField(getTranslation("members.import.link-of", h.name(), h.email(),
                    Formats.dateTime(h.invitation().expiresAt())));
            link.setId("invite-link");
            link.setReadOnly(true);
            link.setWidth("min(48rem, 90vw)");
            link.setValue(ImportOutcome.baseUrl() + h.invitation().path());
            outcome.add(new Paragraph(getTranslation("members.import.hand-over")), link);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.invite.title") + " · " + getTranslation("app.name");
    }
}
