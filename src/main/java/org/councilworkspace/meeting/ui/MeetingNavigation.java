package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.councilworkspace.base.ui.NavigationContributor;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.security.CurrentUser;
import org.springframework.stereotype.Component;

/** "Action items" for everyone signed in: their own action items across councils, and their calendar feed. */
@Component
class MeetingNavigation implements NavigationContributor {

    private final CurrentUser currentUser;

    MeetingNavigation(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Group group() {
        return Group.COUNCILS;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<SideNavItem> items() {
        if (currentUser.get().isEmpty()) {
            return List.of();
        }
        return List.of(new SideNavItem(Translations.t("meeting.actions.title"), ActionItemsView.class,
                VaadinIcon.TASKS.create()));
    }
}
