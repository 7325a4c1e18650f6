package org.councilworkspace.base.ui;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;

/**
 * A feature's entries in the side navigation. Each feature adds only what the signed-in person may
 * open, so the shell needs no knowledge of features or permissions.
 */
public interface NavigationContributor {

    enum Group { COUNCILS, ADMINISTRATION }

    Group group();

    /** Lower comes first within the group. */
    int order();

    List<SideNavItem> items();
}
