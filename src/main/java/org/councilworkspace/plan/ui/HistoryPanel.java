package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.Revision;
import org.councilworkspace.plan.RevisionSummary;
import org.councilworkspace.plan.SectionDraft;

/** Every revision of a section, newest first: open one, compare any two, restore one as a new revision. */
class HistoryPanel extends VerticalLayout {

    private final DraftingService drafting;
    private final long sectionId;
    private final Grid<RevisionSummary> grid = new Grid<>(RevisionSummary.class, false);
    private final Button compare = new Button();

    HistoryPanel(DraftingService drafting, SectionDraft draft, Runnable onRestored) {
        this.drafting = drafting;
        this.sectionId = draft.section().sectionId();
        setPadding(false);
        grid.setId("history-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(RevisionSummary::revisionNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RevisionSummary::authorName).setHeader(getTranslation("history.author")).setFlexGrow(1);
        grid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(r -> Translations.label(r.kind())).setHeader(getTranslation("history.kind")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.changeNote() == null ? "" : r.changeNote()).setHeader(getTranslation("history.note"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("history.size", r.wordsChanged()))
                .setHeader(getTranslation("history.change")).setAutoWidth(true);
        grid.addComponentColumn(r -> actions(r, draft.editable(), onRestored)).setHeader(getTranslation("users.actions"))
                .setAutoWidth(true);
        grid.setItems(q -> drafting.history(sectionId, q.getOffset(), q.getLimit()).stream(),
                q -> drafting.countHistory(sectionId));
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        compare.setText(getTranslation("history.compare"));
        compare.setId("compare-revisions");
        compare.setEnabled(false);
        compare.addClickListener(e -> compareSelected());
        grid.addSelectionListener(e -> compare.setEnabled(e.getAllSelectedItems().size() == 2));
        Span hint = new Span(getTranslation("history.compare-hint"));
        hint.addClassName("cw-muted");
        HorizontalLayout bar = new HorizontalLayout(compare, hint);
        bar.setAlignItems(Alignment.CENTER);
        add(bar, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout actions(RevisionSummary r, boolean editable, Runnable onRestored) {
        Button open = new Button(getTranslation("history.open"), e -> open(r));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setAriaLabel(getTranslation("history.open") + " " + r.revisionNo());
        HorizontalLayout actions = new HorizontalLayout(open);
        actions.setSpacing(false);
        if (editable) {
            Button restore = new Button(getTranslation("history.restore"), e -> {
                try {
                    SectionDraft now = drafting.section(sectionId);
                    Revision restored = drafting.restore(sectionId, r.id(), now.revisionId());
                    Notifications.success(getTranslation("history.restored", r.revisionNo(), restored.revisionNo()));
                    refresh();
                    onRestored.run();
                } catch (ConcurrentChangeException ex) {
                    Notifications.error(getTranslation("error.concurrent-change"));
                }
            });
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel(getTranslation("history.restore") + " " + r.revisionNo());
            actions.add(restore);
        }
        return actions;
    }

    private void open(RevisionSummary r) {
        Revision revision = drafting.revision(r.id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("history.revision-title", r.revisionNo(), r.authorName(),
                Formats.dateTime(r.createdAt())));
        dialog.setWidth("min(60rem, 96vw)");
        dialog.add(new RenderedMarkdown(revision.body()));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void compareSelected() {
        List<RevisionSummary> chosen = new ArrayList<>(grid.getSelectedItems());
        chosen.sort(Comparator.comparingInt(RevisionSummary::revisionNo));
        RevisionSummary from = chosen.get(0);
        RevisionSummary to = chosen.get(1);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("history.compare-title", from.revisionNo(), to.revisionNo()));
        dialog.setWidth("min(80rem, 98vw)");
        dialog.add(new DiffView(drafting.compare(sectionId, from.id(), to.id())));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
