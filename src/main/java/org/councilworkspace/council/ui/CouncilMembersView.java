package org.councilworkspace.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.Council;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.PublicCouncils;
import org.councilworkspace.council.Member;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilRole;

/**
 * Members of a council; its chair and secretariat add people, change roles and end memberships. The role pickers offer
 * only the roles the viewer may give (the service enforces it), and a role change or an ended membership is applied
 * only after the viewer confirms it.
 */
@Route("councils/:councilId(\\d+)/members")
@PermitAll
public class CouncilMembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilService councils;
    private final AccessGuard guard;
    private final CouncilTabs tabs;
    private final Clock clock;
    private final Grid<Member> grid = new Grid<>(Member.class, false);
    private final Checkbox showEnded = new Checkbox();
    private long councilId;
    private boolean manager;
    private Set<CouncilRole> grantable = Set.of();
    private long myUserId;
    private String title = "";

    private final PublicCouncils publicCouncils;

    public CouncilMembersView(CouncilService councils, AccessGuard guard, CouncilTabs tabs, Clock clock,
                              PublicCouncils publicCouncils) {
        this.publicCouncils = publicCouncils;
        this.councils = councils;
        this.guard = guard;
        this.tabs = tabs;
        // The service's clock decides who is a current member; the view must agree with it.
        this.clock = clock;
        addClassName("cw-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = CouncilRoutes.councilId(event);
        // The platform administrator manages the members of any council without reading what the council writes.
        boolean admin = guard.requireActor().platformAdmin();
        Council council = admin ? councils.councilForEditing(councilId) : councils.council(councilId);
        manager = admin || guard.may(councilId, CouncilAction.MANAGE_MEMBERS);
        grantable = manager ? councils.grantableRoles(councilId) : Set.of();
        myUserId = guard.requireActor().id();
        title = getTranslation("members.title") + ": " + council.name();
        removeAll();
        grid.removeAllColumns();
        showEnded.setLabel(getTranslation("members.show-ended"));
        showEnded.setId("show-ended");
        showEnded.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout toolbar = new HorizontalLayout(showEnded);
        toolbar.setAlignItems(Alignment.CENTER);
        if (manager) {
            Button add = new Button(getTranslation("members.add"), VaadinIcon.PLUS.create(),
                    e -> new AddMemberDialog(councils, councilId, grantable, () -> grid.getDataProvider().refreshAll())
                            .open());
            add.setId("add-member");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.addComponentAsFirst(add);
            com.vaadin.flow.component.html.Anchor importLink = new com.vaadin.flow.component.html.Anchor(
                    CouncilPaths.memberImport(councilId), getTranslation("members.import.link"));
            importLink.setId("import-members-link");
            com.vaadin.flow.component.html.Anchor inviteLink = new com.vaadin.flow.component.html.Anchor(
                    CouncilPaths.memberInvite(councilId), getTranslation("members.invite.link"));
            inviteLink.setId("invite-member-link");
            toolbar.add(inviteLink, importLink);
        }
        // The administrator manages members without being one; the public list is the council's own choice.
        if (guard.may(councilId, CouncilAction.MANAGE_MEMBERS)) {
            toolbar.add(MembersPublicToggle.create(publicCouncils, councilId, council.name()));
        }
        configureGrid();
        add(tabs.create(councilId, CouncilPaths.members(councilId)), new H1(title), toolbar, grid);
    }

    private void configureGrid() {
        grid.setId("members-grid");
        grid.addColumn(Member::displayName).setHeader(getTranslation("users.display-name")).setFlexGrow(1);
        grid.addComponentColumn(this::roleCell).setKey("role").setHeader(getTranslation("members.role"))
                .setAutoWidth(true);
        grid.addColumn(m -> Translations.label(m.group())).setHeader(getTranslation("members.group")).setAutoWidth(true);
        grid.addColumn(Member::organizationName).setHeader(getTranslation("members.organization")).setFlexGrow(1);
        grid.addColumn(m -> Translations.label(m.organizationType())).setHeader(getTranslation("members.organization-type"))
                .setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.activeFrom()) + (m.activeTo() == null ? "" : " – " + Formats.date(m.activeTo())))
                .setHeader(getTranslation("members.active")).setAutoWidth(true);
        if (manager) {
            grid.addComponentColumn(this::endButton).setKey("actions").setHeader(getTranslation("users.actions"))
                    .setAutoWidth(true);
        }
        grid.setItems(q -> councils.members(councilId, showEnded.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> councils.countMembers(councilId, showEnded.getValue()));
    }

    /** A picker only where the viewer could have given the person's present role, and never on their own row. */
    private com.vaadin.flow.component.Component roleCell(Member m) {
        if (!manager || !m.current(LocalDate.now(clock)) || m.userId() == myUserId || !grantable.contains(m.role())) {
            return CouncilBadges.role(m.role());
        }
        Select<CouncilRole> role = new Select<>();
        role.setItems(List.copyOf(grantable));
        role.setItemLabelGenerator(Translations::label);
        role.setValue(m.role());
        role.setAriaLabel(getTranslation("members.role-of", m.displayName()));
        role.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null || e.getValue() == m.role()) {
                return;
            }
            CouncilRole chosen = e.getValue();
            // The picker shows the role that holds until the change is confirmed; cancelling leaves it as it was.
            role.setValue(m.role());
            confirmRoleChange(m, chosen);
        });
        return role;
    }

    private void confirmRoleChange(Member m, CouncilRole chosen) {
        String name = m.displayName();
        FinalAction.ask(getTranslation("members.change-role-title", name, Translations.label(chosen)),
                        getTranslation("members.change-role-confirm"))
                .consequence(getTranslation("members.change-role-effect", name, Translations.label(m.role()),
                        Translations.label(chosen)))
                .consequence(getTranslation("members.role-rights." + chosen.name()))
                .consequence(getTranslation("members.change-role-recorded"))
                .openAndClose(reason -> apply(() -> councils.changeRole(councilId, m.membershipId(), chosen, m.version()),
                        getTranslation("members.role-changed", name, Translations.label(chosen))));
    }

    /** Ending is offered for one's own membership (leaving) and for those whose role the viewer could give. */
    private com.vaadin.flow.component.Component endButton(Member m) {
        Button end = new Button(getTranslation("members.end"), e -> FinalAction
                .ask(getTranslation("members.end-title", m.displayName()), getTranslation("members.end"))
                .consequence(getTranslation("members.end-access", m.displayName()))
                .consequence(getTranslation("members.end-history"))
                .consequence(getTranslation("members.end-record"))
                .destructive()
                .openAndClose(reason -> apply(() -> councils.endMembership(councilId, m.membershipId(), m.version()),
                        getTranslation("members.ended", m.displayName()))));
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        end.getElement().setAttribute("aria-label", getTranslation("members.end") + ": " + m.displayName());
        end.setVisible(m.current(LocalDate.now(clock)) && (m.userId() == myUserId || grantable.contains(m.role())));
        return end;
    }

    private void apply(Runnable change, String success) {
        try {
            change.run();
            Notifications.success(success);
        } catch (InvalidInputException e) {
            Notifications.error(Translations.message(e));
        } catch (ConcurrentChangeException | NotFoundException e) {
            Notifications.error(getTranslation("error.concurrent-change"));
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
