package org.councilworkspace.council.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.ui.NavigationContributor;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.security.CurrentUser;
import org.springframework.stereotype.Component;

/** "My councils" and each council I belong to. */
@Component
class CouncilNavigation implements NavigationContributor {

    private final CouncilService councils;
    private final CurrentUser currentUser;

    CouncilNavigation(CouncilService councils, CurrentUser currentUser) {
        this.councils = councils;
        this.currentUser = currentUser;
    }

    @Override
    public Group group() {
        return Group.COUNCILS;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<SideNavItem> items() {
        if (currentUser.get().isEmpty()) {
            return List.of();
        }
        List<SideNavItem> items = new ArrayList<>();
        items.add(new SideNavItem(Translations.t("councils.mine"), MyCouncilsView.class, VaadinIcon.HOME.create()));
        for (MyCouncil council : councils.myCouncils()) {
            // Flat: a council's own pages are tabs on the council page, not nested entries here.
            SideNavItem item = new SideNavItem(null, CouncilPaths.home(council.councilId()),
                    VaadinIcon.INSTITUTION.create());
            // Councils have long official names: the name is an element of its own so that it wraps, where the
            // item's plain label would be cut off with an ellipsis.
            Span name = new Span(council.name());
            name.addClassName("cw-nav-name");
            item.getElement().appendChild(name.getElement());
            item.setMatchNested(true);
            items.add(item);
        }
        return items;
    }
}
