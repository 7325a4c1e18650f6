package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.councilworkspace.implementation.MeasureLineage;
import org.councilworkspace.implementation.MeasureLink;

/**
 * On a measure's page: the measure of the earlier cycle's plan it was carried over from, and where this one was
 * carried over to, each with a link. Empty for a measure that is in neither case.
 */
class CarryOverLinks extends Div {

    CarryOverLinks(MeasureLineage lineage) {
        setId("measure-lineage");
        lineage.carriedFrom().ifPresent(from -> add(line("measure-carried-from",
                getTranslation("implementation.carried-from", from.planTitle(), from.cycle()), from)));
        for (MeasureLink to : lineage.carriedInto()) {
            add(line("measure-carried-into-" + to.measureId(),
                    getTranslation("implementation.carried-into", to.planTitle(), to.cycle()), to));
        }
        setVisible(getChildren().findAny().isPresent());
    }

    private static Paragraph line(String id, String text, MeasureLink link) {
        Paragraph line = new Paragraph(new Span(text + " "), new Anchor(ImplementationPaths.measure(link.measureId()),
                link.title()));
        line.setId(id);
        return line;
    }
}
