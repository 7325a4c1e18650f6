package org.councilworkspace.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import java.time.LocalDate;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.Council;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilRole;

/** Members of a council; its chair and secretariat add people, change roles and end memberships. */
@Route("councils/:councilId(\\d+)/members")
@PermitAll
public class CouncilMembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilService councils;
    private final AccessGuard guard;
    private final CouncilTabs tabs;
    private final Grid<Member> grid = new Grid<>(Member.class, false);
    private final Checkbox showEnded = new Checkbox();
    private long councilId;
    private boolean manager;
    private String title = "";

    public CouncilMembersView(CouncilService councils, AccessGuard guard, CouncilTabs tabs) {
        this.councils = councils;
        this.guard = guard;
        this.tabs = tabs;
        addClassName("cw-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = CouncilRoutes.councilId(event);
        Council council = councils.council(councilId);
        manager = guard.may(councilId, CouncilAction.MANAGE_MEMBERS);
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
                    e -> new AddMemberDialog(councils, councilId, () -> grid.getDataProvider().refreshAll()).open());
            add.setId("add-member");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.addComponentAsFirst(add);
        }
        configureGrid();
        add(tabs.create(councilId, CouncilPaths.members(councilId)), new H1(title), toolbar, grid);
    }

    private void configureGrid() {
        grid.setId("members-grid");
        grid.addColumn(Member::displayName).setHeader(getTranslation("users.display-name")).setFlexGrow(1);
        grid.addComponentColumn(this::roleCell).setHeader(getTranslation("members.role")).setAutoWidth(true);
        grid.addColumn(m -> Translations.label(m.group())).setHeader(getTranslation("members.group")).setAutoWidth(true);
        grid.addColumn(Member::organizationName).setHeader(getTranslation("members.organization")).setFlexGrow(1);
        grid.addColumn(m -> Translations.label(m.organizationType())).setHeader(getTranslation("members.organization-type"))
                .setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.activeFrom()) + (m.activeTo() == null ? "" : " – " + Formats.date(m.activeTo())))
                .setHeader(getTranslation("members.active")).setAutoWidth(true);
        if (manager) {
            grid.addComponentColumn(this::endButton).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        }
        grid.setItems(q -> councils.members(councilId, showEnded.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> councils.countMembers(councilId, showEnded.getValue()));
    }

    private com.vaadin.flow.component.Component roleCell(Member m) {
        if (!manager || !m.current(LocalDate.now())) {
            return CouncilBadges.role(m.role());
        }
        Select<CouncilRole> role = new Select<>();
        role.setItems(CouncilRole.values());
        role.setItemLabelGenerator(Translations::label);
        role.setValue(m.role());
        role.setAriaLabel(getTranslation("members.role-of", m.displayName()));
        role.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            apply(() -> councils.changeRole(councilId, m.membershipId(), e.getValue(), m.version()),
                    getTranslation("members.role-changed", m.displayName(), Translations.label(e.getValue())));
        });
        return role;
    }

    private com.vaadin.flow.component.Component endButton(Member m) {
        Button end = new Button(getTranslation("members.end"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("members.end"),
                    getTranslation("members.end-confirm", m.displayName()), getTranslation("members.end"),
                    ok -> apply(() -> councils.endMembership(councilId, m.membershipId(), m.version()),
                            getTranslation("members.ended", m.displayName())),
                    getTranslation("action.cancel"), cancel -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        end.getElement().setAttribute("aria-label", getTranslation("members.end") + ": " + m.displayName());
        end.setVisible(m.current(LocalDate.now()));
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
