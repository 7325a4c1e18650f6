package org.councilworkspace.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.Council;
import org.councilworkspace.council.CouncilService;

/**
 * The administrator's register of councils. It shows what a council is, not what it writes: the
 * administrator has no automatic right to read a council's content.
 */
@Route("admin/councils")
@RolesAllowed("ADMIN")
public class AdminCouncilsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<Council> grid = new Grid<>(Council.class, false);

    public AdminCouncilsView(CouncilService councils, AccountService accounts) {
        addClassName("cw-page");
        Button create = new Button(getTranslation("admin-councils.new"), VaadinIcon.PLUS.create(),
                e -> new NewCouncilDialog(councils, accounts, () -> grid.getDataProvider().refreshAll()).open());
        create.setId("new-council");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("councils-grid");
        grid.addColumn(Council::name).setHeader(getTranslation("council.name")).setFlexGrow(2);
        grid.addColumn(c -> Translations.label(c.kind())).setHeader(getTranslation("council.kind")).setAutoWidth(true);
        grid.addColumn(c -> c.parentName() == null ? "" : c.parentName()).setHeader(getTranslation("council.parent"))
                .setFlexGrow(1);
        grid.addColumn(c -> Formats.term(c.termStart(), c.termEnd(), c.calendar())).setHeader(getTranslation("council.term"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button edit = new Button(getTranslation("council.edit"),
                    e -> CouncilFormDialog.edit(councils, c.id(), () -> grid.getDataProvider().refreshAll()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.getElement().setAttribute("aria-label", getTranslation("council.edit") + ": " + c.name());
            Anchor members = new Anchor(CouncilPaths.members(c.id()), getTranslation("members.title"));
            members.getElement().setAttribute("aria-label", getTranslation("members.manage") + ": " + c.name());
            HorizontalLayout actions = new HorizontalLayout(edit, members);
            actions.setAlignItems(Alignment.CENTER);
            return actions;
        }).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setItems(q -> councils.listAllCouncils(q.getOffset(), q.getLimit()).stream(),
                q -> councils.countAllCouncils());
        add(new H1(getTranslation("admin-councils.title")), new Paragraph(getTranslation("admin-councils.intro")),
                create, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-councils.title") + " · " + getTranslation("app.name");
    }
}
