package org.councilworkspace.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.account.UserAccount;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;

/**
 * The administrator's list of accounts: create, invite again, revoke a link, end someone's sessions, deactivate,
 * reactivate.
 */
@Route("admin/users")
@RolesAllowed("ADMIN")
public class AdminUsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final TextField filter = new TextField();

    public AdminUsersView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("cw-page");
        filter.setId("users-filter");
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setAriaLabel(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                e -> new NewUserDialog(accounts, () -> grid.getDataProvider().refreshAll()).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        configureGrid();
        add(new H1(getTranslation("users.title")), toolbar, grid);
        setSizeFull();
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.display-name")).setFlexGrow(1);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("users.email")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(statusKey(u))).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.createdAt())).setHeader(getTranslation("users.created")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("users.actions"))
                .setAutoWidth(true);
        grid.setItems(query -> accounts.listUsers(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countUsers(filter.getValue()));
    }

    private static String statusKey(UserAccount u) {
        if (!u.active()) {
            return "users.status.inactive";
        }
        String base = u.passwordSet() ? "users.status.active" : "users.status.invited";
        return u.platformAdmin() ? base + "-admin" : base;
    }

    private HorizontalLayout actions(UserAccount user) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        Button link = new Button(getTranslation("users.new-link"), e -> {
            InvitationDialog.show(accounts.reinvite(user.id()));
            grid.getDataProvider().refreshAll();
        });
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        link.setVisible(user.active());
        link.getElement().setAttribute("aria-label", getTranslation("users.new-link") + " " + user.username());
        Button revoke = new Button(getTranslation("users.revoke-link"), e -> confirmRevoke(user));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        revoke.getElement().setAttribute("aria-label", getTranslation("users.revoke-link") + " " + user.username());
        revoke.setVisible(accounts.outstandingInvitation(user.id()).isPresent());
        Button end = new Button(getTranslation("users.end-sessions"), e -> confirmEndSessions(user));
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        end.getElement().setAttribute("aria-label", getTranslation("users.end-sessions") + " " + user.username());
        end.setVisible(user.active() && user.passwordSet());
        Button toggle = new Button(getTranslation(user.active() ? "users.deactivate" : "users.reactivate"),
                e -> toggle(user));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (user.active()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.getElement().setAttribute("aria-label",
                getTranslation(user.active() ? "users.deactivate" : "users.reactivate") + " " + user.username());
        actions.add(link, revoke, end, toggle);
        return actions;
    }

    private void confirmEndSessions(UserAccount user) {
        String who = user.displayName() + " (" + user.username() + ")";
        FinalAction.ask(getTranslation("users.end-sessions.title", who), getTranslation("users.end-sessions"))
                .consequence(getTranslation("users.end-sessions.signed-out", user.displayName()))
                .consequence(getTranslation("users.end-sessions.sign-in-again"))
                .consequence(getTranslation("users.end-sessions.audited"))
                .destructive()
                .openAndClose(reason -> {
                    try {
                        accounts.endSessions(user.id());
                        Notifications.success(getTranslation("users.sessions-ended", user.username()));
                    } catch (NotFoundException e) {
                        Notifications.error(getTranslation("error.not-found.text"));
                    }
                    grid.getDataProvider().refreshAll();
                });
    }

    private void confirmRevoke(UserAccount user) {
        String who = user.displayName() + " (" + user.username() + ")";
        String until = accounts.outstandingInvitation(user.id()).map(Formats::dateTime).orElse("");
        FinalAction.ask(getTranslation("users.revoke-link.title", who), getTranslation("users.revoke-link"))
                .consequence(getTranslation("users.revoke-link.stops", until))
                .consequence(getTranslation("users.revoke-link.new"))
                .consequence(getTranslation("users.end-sessions.audited"))
                .destructive()
                .openAndClose(reason -> {
                    try {
                        accounts.revokeInvitation(user.id());
                        Notifications.success(getTranslation("users.link-revoked", user.username()));
                    } catch (InvalidInputException e) {
                        Notifications.error(Translations.message(e));
                    } catch (NotFoundException e) {
                        Notifications.error(getTranslation("error.not-found.text"));
                    }
                    grid.getDataProvider().refreshAll();
                });
    }

    private void toggle(UserAccount user) {
        try {
            if (user.active()) {
                accounts.deactivate(user.id(), user.version());
                Notifications.success(getTranslation("users.deactivated", user.username()));
            } else {
                accounts.reactivate(user.id(), user.version());
                Notifications.success(getTranslation("users.reactivated", user.username()));
            }
        } catch (InvalidInputException e) {
            Notifications.error(Translations.message(e));
        } catch (ConcurrentChangeException e) {
            Notifications.error(getTranslation("error.concurrent-change"));
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }

}
