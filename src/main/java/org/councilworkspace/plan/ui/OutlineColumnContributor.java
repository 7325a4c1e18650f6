package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.LongFunction;

/** An extra column of a plan's outline from another feature (for example open comment threads per section). */
public interface OutlineColumnContributor {

    /** Called once per outline page; the cell function gets a section id. */
    Optional<Column> column(long planId);

    /** The key names the column (for tests and sorting state); the header is already translated. */
    record Column(String key, String header, LongFunction<Component> cell) {
    }
}
