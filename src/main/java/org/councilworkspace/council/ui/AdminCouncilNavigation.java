package org.councilworkspace.council.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.councilworkspace.base.ui.NavigationContributor;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.security.CurrentUser;
import org.councilworkspace.security.SignedInUser;
import org.springframework.stereotype.Component;

/** "Councils" in the administration group, for platform administrators only. */
@Component
class AdminCouncilNavigation implements NavigationContributor {

    private final CurrentUser currentUser;

    AdminCouncilNavigation(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Group group() {
        return Group.ADMINISTRATION;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<SideNavItem> items() {
        if (currentUser.get().filter(SignedInUser::platformAdmin).isEmpty()) {
            return List.of();
        }
        return List.of(new SideNavItem(Translations.t("admin-councils.title"), AdminCouncilsView.class,
                VaadinIcon.INSTITUTION.create()));
    }
}
