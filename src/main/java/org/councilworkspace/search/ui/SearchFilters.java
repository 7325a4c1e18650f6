package org.councilworkspace.search.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.search.SearchKind;
import org.councilworkspace.search.SearchOrder;
import org.councilworkspace.search.SearchQuery;

/**
 * The search's filters (council, plan, kind, author, stakeholder group, dates, order) and how they are written
 * into the page address and read back from it: the address is the one place a search lives, so it can be
 * bookmarked and shared. A value in the address that is not one of the choices is ignored, never an error.
 */
class SearchFilters extends HorizontalLayout {

    private final Select<Long> council = new Select<>();
    private final Select<Long> plan = new Select<>();
    private final Select<SearchKind> kind = new Select<>();
    private final TextField author = new TextField();
    private final Select<StakeholderGroup> group = new Select<>();
    private final DatePicker from = Pickers.localize(new DatePicker());
    private final DatePicker to = Pickers.localize(new DatePicker());
    private final Select<SearchOrder> order = new Select<>();
    private final Map<Long, String> councilNames = new LinkedHashMap<>();
    private final Map<Long, String> planTitles = new LinkedHashMap<>();

    SearchFilters() {
        getElement().setAttribute("aria-label", getTranslation("search.filters"));
        getElement().setAttribute("role", "group");
        optional(council, "search-council", "search.council", "search.all-councils",
                id -> councilNames.getOrDefault(id, ""));
        optional(plan, "search-plan", "search.plan", "search.all-plans", id -> planTitles.getOrDefault(id, ""));
        optional(kind, "search-kind", "search.kind", "search.all-kinds",
                k -> getTranslation("search.kind." + k.name()));
        kind.setItems(SearchKind.workspace());
        author.setId("search-author");
        author.setLabel(getTranslation("search.author"));
        author.setMaxLength(200);
        author.setClearButtonVisible(true);
        optional(group, "search-group", "search.group", "search.all-groups",
                g -> getTranslation("StakeholderGroup." + g.name()));
        group.setItems(StakeholderGroup.values());
        from.setId("search-from");
        from.setLabel(getTranslation("search.from"));
        from.setClearButtonVisible(true);
        to.setId("search-to");
        to.setLabel(getTranslation("search.to"));
        to.setClearButtonVisible(true);
        order.setId("search-order");
        order.setLabel(getTranslation("search.order"));
        order.setItems(SearchOrder.values());
        order.setValue(SearchOrder.RELEVANCE);
        order.setItemLabelGenerator(o -> getTranslation("search.order." + o.name()));
        add(council, plan, kind, author, group, from, to, order);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    private <T> void optional(Select<T> select, String id, String label, String all,
                              java.util.function.Function<T, String> name) {
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(all));
        select.setItemLabelGenerator(v -> v == null ? getTranslation(all) : name.apply(v));
    }

    /** The choices the signed-in person has: their councils and those councils' plans. */
    void choices(Map<Long, String> councils, Map<Long, String> plans) {
        councilNames.clear();
        councilNames.putAll(councils);
        council.setItems(new ArrayList<>(councilNames.keySet()));
        planTitles.clear();
        planTitles.putAll(plans);
        plan.setItems(new ArrayList<>(planTitles.keySet()));
    }

    String councilName(long councilId) {
        return councilNames.getOrDefault(councilId, "");
    }

    void read(QueryParameters parameters) {
        council.setValue(id(parameters, "council").filter(councilNames::containsKey).orElse(null));
        plan.setValue(id(parameters, "plan").filter(planTitles::containsKey).orElse(null));
        kind.setValue(parse(SearchKind.class, parameters.getSingleParameter("kind")).filter(k -> !k.isPublic())
                .orElse(null));
        author.setValue(parameters.getSingleParameter("author").map(a -> a.length() > 200 ? a.substring(0, 200) : a)
                .orElse(""));
        group.setValue(parse(StakeholderGroup.class, parameters.getSingleParameter("group")).orElse(null));
        from.setValue(date(parameters, "from").orElse(null));
        to.setValue(date(parameters, "to").orElse(null));
        order.setValue(parse(SearchOrder.class, parameters.getSingleParameter("order")).orElse(SearchOrder.RELEVANCE));
    }

    void write(Map<String, String> parameters) {
        Optional.ofNullable(council.getValue()).ifPresent(id -> parameters.put("council", Long.toString(id)));
        Optional.ofNullable(plan.getValue()).ifPresent(id -> parameters.put("plan", Long.toString(id)));
        Optional.ofNullable(kind.getValue()).ifPresent(k -> parameters.put("kind", k.name()));
        if (!author.getValue().isBlank()) {
            parameters.put("author", author.getValue().strip());
        }
        Optional.ofNullable(group.getValue()).ifPresent(g -> parameters.put("group", g.name()));
        Optional.ofNullable(from.getValue()).ifPresent(d -> parameters.put("from", d.toString()));
        Optional.ofNullable(to.getValue()).ifPresent(d -> parameters.put("to", d.toString()));
        if (order.getValue() != null && order.getValue() != SearchOrder.RELEVANCE) {
            parameters.put("order", order.getValue().name());
        }
    }

    SearchQuery query(String text) {
        String writer = author.getValue().isBlank() ? null : author.getValue();
        return new SearchQuery(text, council.getValue(), plan.getValue(), kind.getValue(), writer, group.getValue(),
                from.getValue(), to.getValue(), order.getValue() == null ? SearchOrder.RELEVANCE : order.getValue());
    }

    private static Optional<Long> id(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf);
    }

    private static Optional<LocalDate> date(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).flatMap(s -> {
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
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
}
