package org.councilworkspace.council.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.List;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.PublicCouncils;

/**
 * The council's choice whether the public portal lists its members. Making the list public asks first and names what
 * becomes public; withdrawing it takes effect at once, since it reveals nothing.
 */
final class MembersPublicToggle {

    private MembersPublicToggle() {
    }

    static Checkbox create(PublicCouncils publicCouncils, long councilId, String councilName) {
        boolean current = publicCouncils.profiles(List.of(councilId)).stream().anyMatch(c -> c.membersPublic());
        Checkbox box = new Checkbox(Translations.t("council.members-public"), current);
        box.setId("members-public");
        box.setHelperText(Translations.t("council.members-public-help"));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (!e.getValue()) {
                publicCouncils.setMembersPublic(councilId, false);
                Notifications.success(Translations.t("council.members-public-withdraw"));
                return;
            }
            box.setValue(false);
            FinalAction.ask(Translations.t("council.members-public-title", councilName),
                            Translations.t("council.members-public"))
                    .consequence(Translations.t("council.members-public-consequence"))
                    .consequence(Translations.t("versions.publish-recorded"))
                    .openAndClose(reason -> {
                        publicCouncils.setMembersPublic(councilId, true);
                        box.setValue(true);
                    });
        });
        return box;
    }
}
