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
import com.vaadin.flow.component.select.Select;
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
import java.util.Optional;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.search.SearchKind;
import org.councilworkspace.search.SearchOrder;
import org.councilworkspace.search.SearchQuery;
import org.councilworkspace.search.SearchResults;
import org.councilworkspace.search.SearchService;

/**
 * Searching everything the person may read, narrowed by council and kind, best matches or newest first. The
 * query and filters live in the address (?q=…&council=…&kind=…&order=…), so a search can be bookmarked, shared
 * with a colleague (who sees only what they may read) and returned to with the browser's back button.
 */
@Route("search")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "search";

    private final SearchService search;
    private final TextField query = new TextField();
    private final Select<Long> council = new Select<>();
    private final Select<SearchKind> kind = new Select<>();
    private final Select<SearchOrder> order = new Select<>();
    private final Paragraph notice = new Paragraph();
    private final Div results = new Div();
    private final Map<Long, String> councilNames = new LinkedHashMap<>();
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
        council.setId("search-council");
        council.setLabel(getTranslation("search.council"));
        council.setEmptySelectionAllowed(true);
        council.setEmptySelectionCaption(getTranslation("search.all-councils"));
        council.setItemLabelGenerator(id -> id == null ? getTranslation("search.all-councils")
                : councilNames.getOrDefault(id, ""));
        kind.setId("search-kind");
        kind.setLabel(getTranslation("search.kind"));
        kind.setItems(SearchKind.workspace());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("search.all-kinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("search.all-kinds")
                : getTranslation("search.kind." + k.name()));
        order.setId("search-order");
        order.setLabel(getTranslation("search.order"));
        order.setItems(SearchOrder.values());
        order.setValue(SearchOrder.RELEVANCE);
        order.setItemLabelGenerator(o -> getTranslation("search.order." + o.name()));
        Button submit = new Button(getTranslation("search.submit"), VaadinIcon.SEARCH.create(), e -> go());
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(query, council, kind, order, submit);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilNames.clear();
        for (MyCouncil c : search.councils()) {
            councilNames.put(c.councilId(), c.name());
        }
        council.setItems(new ArrayList<>(councilNames.keySet()));
        QueryParameters parameters = event.getLocation().getQueryParameters();
        String text = parameters.getSingleParameter("q").orElse("");
        query.setValue(text.length() > query.getMaxLength() ? text.substring(0, query.getMaxLength()) : text);
        council.setValue(parameters.getSingleParameter("council").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf).filter(councilNames::containsKey).orElse(null));
        kind.setValue(parse(SearchKind.class, parameters.getSingleParameter("kind")).orElse(null));
        order.setValue(parse(SearchOrder.class, parameters.getSingleParameter("order")).orElse(SearchOrder.RELEVANCE));
        show(text);
        rebuild.setVisible(search.mayRebuild());
    }

    private void show(String text) {
        results.removeAll();
        notice.setText("");
        if (text.isBlank()) {
            return;
        }
        SearchResults found = search.search(new SearchQuery(text, council.getValue(), kind.getValue(),
                order.getValue()));
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
        found.hits().forEach(hit -> results.add(new HitCard(hit, councilNames.getOrDefault(hit.councilId(), ""))));
    }

    /** Puts the search in the address, which runs it (see {@link #beforeEnter}). */
    private void go() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query.getValue());
        Optional.ofNullable(council.getValue()).ifPresent(id -> parameters.put("council", Long.toString(id)));
        Optional.ofNullable(kind.getValue()).ifPresent(k -> parameters.put("kind", k.name()));
        if (order.getValue() != null && order.getValue() != SearchOrder.RELEVANCE) {
            parameters.put("order", order.getValue().name());
        }
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

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, Optional<String> value) {
        return value.flatMap(v -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("app.name");
    }
}
