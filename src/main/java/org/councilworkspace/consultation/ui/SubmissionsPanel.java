package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundSection;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.consultation.SubmissionStatus;
import org.councilworkspace.council.OrganizationType;

/** The lazy grid of a round's submissions with filters, search, grouping and the submission dialog. */
class SubmissionsPanel extends Div {

    private final long roundId;
    private final ReviewService review;
    private final Runnable onChange;
    private final Grid<Submission> grid = new Grid<>();
    private final ComboBox<RoundSection> section = new ComboBox<>();
    private final Select<OrganizationType> type = new Select<>();
    private final Select<SubmissionStatus> status = new Select<>();
    private final Select<String> answered = new Select<>();
    private final TextField search = new TextField();

    SubmissionsPanel(long roundId, List<RoundSection> sections, ReviewService review, CalendarDates dates,
                     Runnable onChange) {
        this.roundId = roundId;
        this.review = review;
        this.onChange = onChange;
        setWidthFull();
        section.setLabel(getTranslation("consultation.form.section"));
        section.setId("filter-section");
        section.setItems(sections);
        section.setItemLabelGenerator(RoundSection::numberedTitle);
        section.setClearButtonVisible(true);
        type.setLabel(getTranslation("consultation.form.organization-type"));
        type.setId("filter-type");
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("consultation.filter.any") : Translations.label(t));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("consultation.filter.any"));
        status.setLabel(getTranslation("consultation.filter.status"));
        status.setId("filter-status");
        status.setItems(SubmissionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("consultation.filter.any") : Labels.of(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("consultation.filter.any"));
        answered.setLabel(getTranslation("consultation.filter.answered"));
        answered.setId("filter-answered");
        answered.setItems("yes", "no");
        answered.setItemLabelGenerator(a -> a == null ? getTranslation("consultation.filter.any")
                : getTranslation("consultation." + a));
        answered.setEmptySelectionAllowed(true);
        answered.setEmptySelectionCaption(getTranslation("consultation.filter.any"));
        search.setLabel(getTranslation("consultation.filter.search"));
        search.setId("filter-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        section.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        answered.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, section, type, status, answered);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("submissions-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("consultation.submissions"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(Submission::receiptNo).setHeader(getTranslation("consultation.column.receipt")).setAutoWidth(true);
        grid.addColumn(s -> dates.dateTime(s.receivedAt())).setHeader(getTranslation("consultation.column.received")).setAutoWidth(true);
        grid.addColumn(s -> s.organizationName() == null ? s.submitterName() : s.submitterName() + " (" + s.organizationName() + ")")
                .setHeader(getTranslation("consultation.column.from")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(s -> Translations.label(s.organizationType())).setHeader(getTranslation("consultation.form.organization-type"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(s -> s.sectionTitle() == null ? "—" : s.sectionTitle()).setHeader(getTranslation("consultation.form.section")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(s -> excerpt(s.text())).setHeader(getTranslation("consultation.column.text")).setWidth("18rem").setFlexGrow(1);
        grid.addColumn(s -> (s.status() == SubmissionStatus.HIDDEN ? "⊘ " : "") + Labels.of(s.status()))
                .setHeader(getTranslation("consultation.filter.status")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(s -> s.groupLabel() == null ? "" : s.groupLabel()).setHeader(getTranslation("consultation.column.group")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(s -> s.disposition() == null ? "○ " + getTranslation("consultation.unanswered")
                : "✔ " + Labels.of(s.disposition())).setHeader(getTranslation("consultation.response.disposition"))
                .setWidth("10rem").setFlexGrow(0);
        grid.setItems(query -> review.submissions(roundId, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> review.countSubmissions(roundId, filter()));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setHeight("32rem");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getColumns().forEach(c -> c.setResizable(true));

        Button openSelected = new Button(getTranslation("consultation.submission.open"), e ->
                grid.getSelectedItems().stream().findFirst().ifPresent(this::open));
        openSelected.setId("submission-open");
        Button group = new Button(getTranslation("consultation.group.create"), e -> groupDialog());
        group.setId("group-selected");
        Button ungroup = new Button(getTranslation("consultation.group.remove"), e -> {
            // Refused with a message when none of the selected is in a group.
            if (new FieldErrors().run(() -> review.ungroup(roundId, ids()))) {
                changed();
            }
        });
        ungroup.setId("ungroup-selected");
        add(filters, new HorizontalLayout(openSelected, group, ungroup), grid);
    }

    private Set<Long> ids() {
        return grid.getSelectedItems().stream().map(Submission::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void groupDialog() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.group.create"));
        TextField label = new TextField(getTranslation("consultation.group.label"));
        label.setId("group-label");
        label.setWidthFull();
        label.setHelperText(getTranslation("consultation.group.label-help"));
        dialog.add(label);
        FieldErrors errors = new FieldErrors().bind("label", label);
        Set<Long> ids = ids();
        Button ok = new Button(getTranslation("action.create"), e -> errors.run(() -> {
            review.group(roundId, label.getValue(), ids);
            dialog.close();
            Notifications.success(getTranslation("consultation.group.created", ids.size()));
            changed();
        }));
        ok.setId("group-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void open(Submission s) {
        new SubmissionDialog(review.submission(s.id()), review, this::changed).open();
    }

    private void changed() {
        grid.deselectAll();
        refresh();
        onChange.run();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private SubmissionFilter filter() {
        return new SubmissionFilter(section.getValue() == null ? null : section.getValue().sectionId(), type.getValue(),
                status.getValue(), answered.getValue() == null ? null : answered.getValue().equals("yes"),
                search.getValue());
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= 120 ? flat : flat.substring(0, flat.offsetByCodePoints(0, 119)) + "…";
    }
}
