package org.councilworkspace.deliberation.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.Optional;
import org.councilworkspace.deliberation.ThreadQueries;
import org.councilworkspace.plan.ui.OutlineColumnContributor;
import org.springframework.stereotype.Component;

/** The outline's "open comments" column: how many open threads each section has (only those the reader sees). */
@Component
class OpenThreadsColumn implements OutlineColumnContributor {

    private final ThreadQueries queries;

    OpenThreadsColumn(ThreadQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Column> column(long planId) {
        Map<Long, Integer> counts = queries.openCounts(planId);
        UI ui = UI.getCurrent();
        return Optional.of(new Column("open-threads", ui.getTranslation("deliberation.outline-column"), sectionId -> {
            int n = counts.getOrDefault(sectionId, 0);
            Span cell = new Span(n == 0 ? "—" : Integer.toString(n));
            cell.addClassName("cw-open-threads");
            cell.getElement().setAttribute("aria-label", ui.getTranslation("deliberation.outline-count", n));
            return cell;
        }));
    }
}
