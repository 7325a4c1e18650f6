package org.councilworkspace.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's control in the header, shown before the user menu (the notification bell, for example),
 * so the shell needs no knowledge of the feature. Offered only while someone is signed in.
 */
public interface HeaderContributor {

    /** Lower comes first. */
    int order();

    /** A new component for one browser tab's header. */
    Component create();
}
