package org.councilworkspace.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.search.SearchResults;
import org.councilworkspace.search.SearchService;

/**
 * Searching everything the person may read, narrowed by council, plan, kind, author, stakeholder group and dates,
 * best matches or newest first. The query and filters live in the address (?q=…&council=…&plan=…&kind=…&author=…
 * &group=…&from=…&to=…&order=…), so a search can be bookmarked, shared with a colleague (who sees only what they
 * may read) and returned to with the browser's back button.
 */
@Route("search")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "search";

    private final SearchService search;
    private final TextField query = new TextField();
    private final SearchFilters filters = new SearchFilters();
    private final Paragraph notice = new Paragraph();
    private final Div results = new Div();
    private final Button rebuild = rebuildButton();

    public SearchView(SearchService search) {
        this.search = search;
        addClassName("cw-page");
        add(new H1(getTranslation("search.title")), form(), notice, results, rebuild);
        notice.setId("search-notice");
        notice.getElement().setAttribute("role", "status");
        notice.addClassName("cw-muted");
        results.setId("search-results");
        results.addClassName("cw-search-results");
    }

    private com.vaadin.flow.component.Component form() {
        query.setId("search-query");
        query.setLabel(getTranslation("search.query"));
        query.setMaxLength(SearchService.MAX_QUERY * 4);
        query.setClearButtonVisible(true);
        query.setWidth("min(32rem, 100%)");
        query.addKeyPressListener(Key.ENTER, e -> go());
        Button submit = new Button(getTranslation("search.submit"), VaadinIcon.SEARCH.create(), e -> go());
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(query, submit);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return new Div(bar, filters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<Long, String> councils = new LinkedHashMap<>();
        for (MyCouncil c : search.councils()) {
            councils.put(c.councilId(), c.name());
        }
        filters.choices(councils, search.plans());
        QueryParameters parameters = event.getLocation().getQueryParameters();
        String text = parameters.getSingleParameter("q").orElse("");
        query.setValue(text.length() > query.getMaxLength() ? text.substring(0, query.getMaxLength()) : text);
        filters.read(parameters);
        show(text);
        rebuild.setVisible(search.mayRebuild());
    }

    private void show(String text) {
        results.removeAll();
        notice.setText("");
        if (text.isBlank()) {
            return;
        }
        SearchResults found = search.search(filters.query(text));
        List<String> notes = new ArrayList<>();
        if (found.queryCut()) {
            notes.add(getTranslation("search.query-cut", SearchService.MAX_QUERY));
        }
        if (found.rebuilding()) {
            notes.add(getTranslation("search.rebuilding"));
        }
        notes.add(found.hits().isEmpty() ? getTranslation("search.none")
                : getTranslation("search.count", found.hits().size(), found.total()));
        notice.setText(String.join(" ", notes));
        found.hits().forEach(hit -> results.add(new HitCard(hit, filters.councilName(hit.councilId()))));
    }

    /** Puts the search in the address, which runs it (see {@link #beforeEnter}). */
    private void go() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query.getValue());
        filters.write(parameters);
        UI.getCurrent().navigate(ROUTE, QueryParameters.simple(parameters));
    }

    private Button rebuildButton() {
        Button button = new Button(getTranslation("search.rebuild"), VaadinIcon.REFRESH.create(), e -> {
            search.rebuild();
            Notification.show(getTranslation("search.rebuild-started"));
        });
        button.setId("search-rebuild");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setVisible(false);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("app.name");
    }
}
