package org.councilworkspace.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.account.UserAccount;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.CouncilKind;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.CouncilSettings;
import org.councilworkspace.council.NewMembership;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;

/** The administrator creates a council and names its first chair or secretariat, who runs it from then on. */
class NewCouncilDialog extends CouncilFormDialog {

    NewCouncilDialog(CouncilService councils, AccountService accounts, Runnable onCreated) {
        super(Translations.t("admin-councils.new"));
        parentField().setItems(councils.parentCandidates());
        applyKindDefaults();
        kindField().setValue(CouncilKind.DELIBERATION_COUNCIL);
        fill(CouncilSettings.defaultsFor(CouncilKind.DELIBERATION_COUNCIL, LocalDate.now()), false);

        ComboBox<UserAccount> manager = new ComboBox<>(getTranslation("admin-councils.first-manager"));
        manager.setId("council-form-manager");
        manager.setRequiredIndicatorVisible(true);
        manager.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        manager.setItems(query -> accounts.listUsers(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        Select<CouncilRole> role = new Select<>();
        role.setLabel(getTranslation("members.role"));
        role.setItems(List.of(CouncilRole.CHAIR, CouncilRole.SECRETARIAT));
        role.setItemLabelGenerator(Translations::label);
        role.setValue(CouncilRole.SECRETARIAT);
        Select<StakeholderGroup> group = new Select<>();
        group.setLabel(getTranslation("members.group"));
        group.setItems(StakeholderGroup.values());
        group.setItemLabelGenerator(Translations::label);
        group.setValue(StakeholderGroup.MINISTRY);
        TextField organization = new TextField(getTranslation("members.organization"));
        organization.setId("council-form-manager-organization");
        organization.setMaxLength(200);
        Select<OrganizationType> type = new Select<>();
        type.setLabel(getTranslation("members.organization-type"));
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(Translations::label);
        type.setValue(OrganizationType.GOVERNMENT);
        H3 heading = new H3(getTranslation("admin-councils.first-manager"));
        form.add(heading, manager, role, group, organization, type);
        form.setColspan(heading, 2);
        errors.bind("firstManager", manager).bind("user", manager).bind("organizationName", organization)
                .bind("firstManagerRole", role);

        Button save = new Button(getTranslation("action.create"), e -> errors.run(() -> {
            NewMembership first = manager.getValue() == null ? null : new NewMembership(manager.getValue().id(),
                    role.getValue(), group.getValue(), organization.getValue(), type.getValue());
            councils.createCouncil(settings(), first);
            close();
            onCreated.run();
        }));
        save.setId("council-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(save);
    }
}
