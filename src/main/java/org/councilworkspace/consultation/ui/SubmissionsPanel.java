package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
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
import org.councilworkspace.consultation.AnswerService;
import org.councilworkspace.consultation.ConsultationStatistics;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.Group;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundSection;
import org.councilworkspace.consultation.Submission;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.consultation.SubmissionStatus;
import org.councilworkspace.council.OrganizationType;

/**
 * The answering workspace: the lazy grid of a round's submissions with its filters and counts, and the submission
 * opened by a row click beside it (not over it), so the list stays in view while answering one after another.
 */
class SubmissionsPanel extends Div implements SubmissionDetail.Host {

    private final long roundId;
    private final long councilId;
    private final List<RoundSection> sections;
    private final ReviewService review;
    private final AnswerService answers;
    private final ConsultationStatistics statistics;
    private final CalendarDates dates;
    private final Runnable onChange;
    private final Grid<Submission> grid = new Grid<>();
    private final ComboBox<RoundSection> section = new ComboBox<>();
    private final Select<OrganizationType> type = new Select<>();
    private final Select<SubmissionStatus> status = new Select<>();
    private final Select<String> answered = new Select<>();
    private final Select<Disposition> disposition = new Select<>();
    private final ComboBox<Group> group = new ComboBox<>();
    private final TextField search = new TextField();
    private final AnswerCounts counts = new AnswerCounts(this::choose);
    private final Div listSide = new Div();
    private final Details moreFilters = new Details();
    private Long openId;
    private final Div body = new Div();
    private final List<Grid.Column<Submission>> wideOnly;
    private final SelectionDialogs dialogs;

    SubmissionsPanel(long roundId, long councilId, List<RoundSection> sections, ReviewService review,
                     AnswerService answers, ConsultationStatistics statistics, CalendarDates dates, Runnable onChange) {
        this.roundId = roundId;
        this.councilId = councilId;
        this.sections = sections;
        this.review = review;
        this.answers = answers;
        this.statistics = statistics;
        this.dates = dates;
        this.onChange = onChange;
        this.dialogs = new SelectionDialogs(roundId, councilId, review, answers, this::changed);
        setWidthFull();
        section.setLabel(getTranslation("consultation.form.section"));
        section.setId("filter-section");
        section.setItems(sections);
        section.setItemLabelGenerator(RoundSection::numberedTitle);
        section.setClearButtonVisible(true);
        any(type, "consultation.form.organization-type", "filter-type", OrganizationType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("consultation.filter.any") : Translations.label(t));
        any(status, "consultation.filter.status", "filter-status", SubmissionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("consultation.filter.any") : Labels.of(s));
        any(answered, "consultation.filter.answered", "filter-answered", "yes", "no");
        answered.setItemLabelGenerator(a -> a == null ? getTranslation("consultation.filter.any")
                : getTranslation("consultation." + a));
        any(disposition, "consultation.response.disposition", "filter-disposition", Disposition.values());
        disposition.setItemLabelGenerator(d -> d == null ? getTranslation("consultation.filter.any") : Labels.of(d));
        group.setLabel(getTranslation("consultation.column.group"));
        group.setId("filter-group");
        group.setItemLabelGenerator(Group::label);
        group.setClearButtonVisible(true);
        search.setLabel(getTranslation("consultation.filter.search"));
        search.setId("filter-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        section.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        answered.addValueChangeListener(e -> refresh());
        disposition.addValueChangeListener(e -> refresh());
        group.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(section, disposition, answered, group, type, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        // The combinations live in a fold, closed while a submission is open so the list keeps its height.
        moreFilters.setSummaryText(getTranslation("consultation.filter.more"));
        moreFilters.setId("more-filters");
        moreFilters.add(filters);
        moreFilters.setOpened(true);

        grid.setId("submissions-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("consultation.submissions"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // Fixed widths that add up to less than a 1366 px screen minus the menu; the comment takes what is left.
        grid.addColumn(s -> (s.status() == SubmissionStatus.HIDDEN ? "⊘ " : "") + s.receiptNo())
                .setHeader(getTranslation("consultation.column.receipt")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(s -> s.organizationName() == null ? s.submitterName() : s.submitterName() + " (" + s.organizationName() + ")")
                .setHeader(getTranslation("consultation.column.from")).setWidth("10rem").setFlexGrow(0);
        Grid.Column<Submission> sectionColumn = grid.addColumn(s -> s.sectionTitle() == null ? "—" : s.sectionTitle())
                .setHeader(getTranslation("consultation.form.section")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(s -> excerpt(s.text())).setHeader(getTranslation("consultation.column.text")).setWidth("10rem").setFlexGrow(1);
        Grid.Column<Submission> groupColumn = grid.addColumn(s -> s.groupLabel() == null ? "" : s.groupLabel())
                .setHeader(getTranslation("consultation.column.group")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(s -> s.disposition() == null ? "○ " + getTranslation("consultation.unanswered")
                : "✔ " + Labels.of(s.disposition())).setHeader(getTranslation("consultation.response.disposition"))
                .setWidth("9rem").setFlexGrow(0);
        wideOnly = List.of(sectionColumn, groupColumn);
        grid.setItems(query -> review.submissions(roundId, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> review.countSubmissions(roundId, filter()));
        grid.addItemClickListener(e -> show(review.submission(e.getItem().id())));
        // The row whose submission is open beside the list is marked, so the eye finds its place on return.
        grid.setPartNameGenerator(s -> openId != null && s.id() == openId ? "cw-open-row" : null);
        grid.setHeight("36rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getColumns().forEach(c -> c.setResizable(true));

        Button together = new Button(getTranslation("consultation.together.answer"), e -> dialogs.answerTogether(grid.getSelectedItems()));
        together.setId("answer-selected-together");
        Button groupButton = new Button(getTranslation("consultation.group.create"), e -> dialogs.group(ids()));
        groupButton.setId("group-selected");
        Button ungroup = new Button(getTranslation("consultation.group.remove"), e -> {
            // Refused with a message when none of the selected is in a group.
            if (new FieldErrors().run(() -> review.ungroup(roundId, ids()))) {
                changed();
            }
        });
        ungroup.setId("ungroup-selected");
        Button first = new Button(getTranslation("consultation.first-unanswered"), e -> next(null));
        first.setId("answer-first-unanswered");
        Button templates = new Button(getTranslation("consultation.template.edit"),
                e -> new TemplatesDialog(councilId, answers, () -> { }).open());
        templates.setId("answer-templates");
        HorizontalLayout actions = new HorizontalLayout(first, together, groupButton, ungroup, templates);
        actions.getStyle().set("flex-wrap", "wrap");
        listSide.add(search, moreFilters, counts, actions, grid);
        listSide.setWidthFull();
        body.setWidthFull();
        body.add(listSide);
        add(body);
        refreshGroups();
        counts.show(statistics.statistics(roundId));
    }

    private <T> void any(Select<T> select, String labelKey, String id, T... items) {
        select.setLabel(getTranslation(labelKey));
        select.setId(id);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("consultation.filter.any"));
    }

    private Set<Long> ids() {
        return grid.getSelectedItems().stream().map(Submission::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void show(Submission s) {
        RoundSection of = s.sectionId() == null ? null
                : sections.stream().filter(r -> r.sectionId() == s.sectionId()).findFirst().orElse(null);
        SubmissionDetail detail = new SubmissionDetail(s, of, answers.templates(councilId), review, dates, this);
        openId = s.id();
        grid.getDataProvider().refreshAll();
        body.removeAll();
        wideOnly.forEach(c -> c.setVisible(false));
        moreFilters.setOpened(false);
        SplitLayout split = new SplitLayout(listSide, detail);
        split.setId("answer-split");
        split.setWidthFull();
        // Both sides scroll on their own, so the list and the answer form are in view together.
        split.setHeight("52rem");
        listSide.getStyle().set("overflow", "auto");
        split.setSplitterPosition(52);
        body.add(split);
    }

    @Override
    public void close() {
        openId = null;
        grid.getDataProvider().refreshAll();
        body.removeAll();
        wideOnly.forEach(c -> c.setVisible(true));
        moreFilters.setOpened(true);
        body.add(listSide);
    }

    @Override
    public void saved(Submission s, boolean goToNext) {
        changed();
        if (goToNext) {
            next(s);
        } else {
            show(review.submission(s.id()));
        }
    }

    @Override
    public void next(Submission after) {
        answers.nextUnanswered(roundId, filter(), after == null ? null : after.id()).ifPresentOrElse(this::show, () -> {
            Notifications.success(getTranslation("consultation.all-answered"));
            close();
        });
    }

    @Override
    public void changed() {
        grid.deselectAll();
        refresh();
        refreshGroups();
        counts.show(statistics.statistics(roundId));
        onChange.run();
    }

    @Override
    public void filterBySection(long sectionId) {
        sections.stream().filter(r -> r.sectionId() == sectionId).findFirst().ifPresent(section::setValue);
    }

    @Override
    public void filterByGroup(long groupId) {
        review.groups(roundId).stream().filter(g -> g.id() == groupId).findFirst().ifPresent(group::setValue);
    }

    private void choose(AnswerCounts.Choice choice) {
        answered.setValue(choice.unanswered() ? "no" : null);
        disposition.setValue(choice.disposition());
    }

    private void refreshGroups() {
        Group chosen = group.getValue();
        List<Group> all = review.groups(roundId);
        group.setItems(all);
        if (chosen != null) {
            all.stream().filter(g -> g.id() == chosen.id()).findFirst().ifPresent(group::setValue);
        }
    }

    void refresh() {
        counts.mark(new AnswerCounts.Choice("no".equals(answered.getValue()), disposition.getValue()));
        grid.getDataProvider().refreshAll();
    }

    private SubmissionFilter filter() {
        return new SubmissionFilter(section.getValue() == null ? null : section.getValue().sectionId(), type.getValue(),
                status.getValue(), answered.getValue() == null ? null : answered.getValue().equals("yes"),
                search.getValue(), disposition.getValue(), group.getValue() == null ? null : group.getValue().id());
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= 120 ? flat : flat.substring(0, flat.offsetByCodePoints(0, 119)) + "…";
    }
}
