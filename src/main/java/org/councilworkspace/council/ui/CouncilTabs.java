package org.councilworkspace.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilMember;
import org.councilworkspace.security.CouncilRole;
import org.springframework.stereotype.Component;

/**
 * The row of a council's pages at the top of each council page: only the pages the person's role
 * there may open, the current one marked for screen readers as well as visually.
 */
@Component
public class CouncilTabs {

    private final AccessGuard guard;
    private final CouncilOwnTabs own;
    private final List<CouncilTabContributor> contributors;

    CouncilTabs(AccessGuard guard, CouncilOwnTabs own, List<CouncilTabContributor> contributors) {
        this.guard = guard;
        this.own = own;
        this.contributors = contributors;
    }

    /**
     * For an observer, the notice that they read only and why the buttons to change things are absent; nothing for
     * anyone else.
     */
    public Optional<Div> observerNotice(long councilId) {
        return guard.membership(councilId).filter(m -> m.role() == CouncilRole.OBSERVER).map(m -> {
            Div notice = new Div();
            notice.setText(notice.getTranslation("observer.notice"));
            notice.setId("observer-notice");
            notice.addClassName("cw-notice");
            return notice;
        });
    }

    public Nav create(long councilId, String currentPath) {
        Nav nav = new Nav();
        nav.addClassName("cw-council-tabs");
        nav.setId("council-tabs");
        CouncilMember me = guard.membership(councilId).orElse(null);
        if (me == null) {
            return nav;
        }
        nav.getElement().setAttribute("aria-label", nav.getTranslation("council.pages"));
        List<CouncilTab> tabs = new ArrayList<>(own.tabs(councilId, me.role()));
        contributors.forEach(c -> c.tab(councilId, me.role()).ifPresent(tabs::add));
        tabs.sort(Comparator.comparingInt(CouncilTab::order));
        for (CouncilTab tab : tabs) {
            Anchor link = new Anchor(tab.path(), nav.getTranslation(tab.labelKey()));
            link.addClassName("cw-council-tab");
            if (tab.path().equals(currentPath)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link);
        }
        return nav;
    }
}
