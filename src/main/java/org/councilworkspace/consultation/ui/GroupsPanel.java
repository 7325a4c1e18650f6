package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.AnswerTemplate;
import org.councilworkspace.consultation.Group;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.SuggestedGroup;

/** Groups of similar submissions, answered as one, and groups suggested from text similarity. */
class GroupsPanel extends Div {

    private final long roundId;
    private final ReviewService review;
    private final Runnable onChange;
    private final Grid<Group> grid = new Grid<>();

    private final Supplier<List<AnswerTemplate>> templates;

    /** {@code templates}: the council's answer templates as they are when an answer is started. */
    GroupsPanel(long roundId, ReviewService review, Supplier<List<AnswerTemplate>> templates, Runnable onChange) {
        this.templates = templates;
        this.roundId = roundId;
        this.review = review;
        this.onChange = onChange;
        setWidthFull();
        grid.setId("groups-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("consultation.groups"));
        grid.addColumn(Group::label).setHeader(getTranslation("consultation.group.label")).setFlexGrow(2);
        grid.addColumn(Group::members).setHeader(getTranslation("consultation.group.members"));
        grid.addColumn(g -> g.disposition() == null ? "○ " + getTranslation("consultation.unanswered")
                : "✔ " + Labels.of(g.disposition())).setHeader(getTranslation("consultation.response.disposition"));
        grid.addComponentColumn(g -> {
            Button respond = new Button(getTranslation("consultation.response.respond"), e -> new ResponseDialog(
                    getTranslation("consultation.response.to", g.label()), new AnswerForm(roundId, null,
                    review.groupResponse(g.id()), templates.get(), review),
                    (d, reason, rev) -> review.respondToGroup(g.id(), d, reason, rev), this::changed).open());
            respond.getElement().setAttribute("aria-label", getTranslation("consultation.response.respond") + ": " + g.label());
            respond.addClassName("cw-group-respond");
            return respond;
        });
        grid.setAllRowsVisible(true);
        Button suggest = new Button(getTranslation("consultation.group.suggest"), e -> suggestions());
        suggest.setId("suggest-groups");
        Paragraph help = new Paragraph(getTranslation("consultation.group.help"));
        help.addClassName("cw-muted");
        add(help, suggest, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(review.groups(roundId));
    }

    private void changed() {
        refresh();
        onChange.run();
    }

    private void suggestions() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.group.suggest"));
        dialog.setWidth("min(48rem, 96vw)");
        dialog.setId("suggestions-dialog");
        List<SuggestedGroup> suggestions = review.suggestGroups(roundId);
        if (suggestions.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("consultation.group.no-suggestions")));
        }
        for (SuggestedGroup s : suggestions) {
            Div item = new Div();
            item.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
            Span count = new Span(getTranslation("consultation.group.suggestion", s.submissionIds().size(),
                    Math.round(s.similarity() * 100)));
            count.getStyle().set("font-weight", "600").set("display", "block");
            Span sample = new Span(s.sample());
            Button create = new Button(getTranslation("consultation.group.create"), e -> {
                String label = s.sample().codePointCount(0, s.sample().length()) > 80
                        ? s.sample().substring(0, s.sample().offsetByCodePoints(0, 79)) + "…" : s.sample();
                review.group(roundId, label, new LinkedHashSet<>(s.submissionIds()));
                Notifications.success(getTranslation("consultation.group.created", s.submissionIds().size()));
                e.getSource().setEnabled(false);
                changed();
            });
            create.getElement().setAttribute("aria-label", getTranslation("consultation.group.create") + ": " + s.sample());
            item.add(count, sample, create);
            dialog.add(item);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
