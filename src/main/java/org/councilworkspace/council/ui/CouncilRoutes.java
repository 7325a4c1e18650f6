package org.councilworkspace.council.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.councilworkspace.base.NotFoundException;

/** Reads the council id from a route such as councils/:councilId. */
public final class CouncilRoutes {

    public static final String ID = "councilId";

    private CouncilRoutes() {
    }

    public static long councilId(BeforeEnterEvent event) {
        return event.getRouteParameters().getLong(ID).orElseThrow(() -> new NotFoundException("Council"));
    }
}
