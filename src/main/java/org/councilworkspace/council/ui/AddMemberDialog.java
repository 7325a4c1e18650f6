package org.councilworkspace.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.Candidate;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.NewMembership;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;

/** Add a person to the council with a role, stakeholder group and affiliation. */
class AddMemberDialog extends Dialog {

    /** {@code grantable}: the roles the signed-in person may give here, the only ones offered. */
    AddMemberDialog(CouncilService councils, long councilId, Set<CouncilRole> grantable, Runnable onAdded) {
        setHeaderTitle(getTranslation("members.add"));
        setWidth("min(44rem, 96vw)");
        ComboBox<Candidate> person = new ComboBox<>(getTranslation("members.person"));
        person.setId("add-member-person");
        person.setRequiredIndicatorVisible(true);
        person.setItemLabelGenerator(c -> c.displayName() + " (" + c.username() + ")");
        person.setItems(q -> councils.candidates(councilId, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        Select<CouncilRole> role = new Select<>();
        role.setId("add-member-role");
        role.setLabel(getTranslation("members.role"));
        role.setItems(List.copyOf(grantable));
        role.setItemLabelGenerator(Translations::label);
        role.setValue(CouncilRole.MEMBER);
        Select<StakeholderGroup> group = new Select<>();
        group.setId("add-member-group");
        group.setLabel(getTranslation("members.group"));
        group.setItems(StakeholderGroup.values());
        group.setItemLabelGenerator(Translations::label);
        group.setValue(StakeholderGroup.MINISTRY);
        TextField organization = new TextField(getTranslation("members.organization"));
        organization.setId("add-member-organization");
        organization.setRequiredIndicatorVisible(true);
        organization.setMaxLength(200);
        Select<OrganizationType> type = new Select<>();
        type.setId("add-member-organization-type");
        type.setLabel(getTranslation("members.organization-type"));
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(Translations::label);
        type.setValue(OrganizationType.GOVERNMENT);
        add(new FormLayout(person, role, group, organization, type));
        FieldErrors errors = new FieldErrors().bind("user", person).bind("role", role).bind("group", group)
                .bind("organizationName", organization).bind("organizationType", type);
        Button save = new Button(getTranslation("members.add"), e -> {
            if (person.getValue() == null) {
                person.setErrorMessage(getTranslation("validation.required"));
                person.setInvalid(true);
                return;
            }
            String name = person.getValue().displayName();
            if (errors.run(() -> councils.addMember(councilId, new NewMembership(person.getValue().userId(),
                    role.getValue(), group.getValue(), organization.getValue(), type.getValue())))) {
                close();
                Notifications.success(getTranslation("members.added", name));
                onAdded.run();
            }
        });
        save.setId("add-member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
