package org.councilworkspace.plan.ui;

import org.councilworkspace.base.ui.Translations;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.UserPreferences;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.LastLookService;
import org.councilworkspace.plan.SectionActivity;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.SectionRevised;
import org.councilworkspace.security.CurrentUser;

/**
 * One section: its text, the editor for those who may edit, and its history. Live: who else is here, and when
 * someone else saves, their text in place of the old (a drafter editing keeps their own and merges on saving),
 * with a notice that says so and shows the changes.
 */
@Route("plans/:planId(\\d+)/sections/:sectionId(\\d+)")
@PermitAll
public class SectionView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final DraftingService drafting;
    private final LastLookService looks;
    private final PresenceBar presence = new PresenceBar();
    private final SectionLive live;
    private final RevisionNotice notice;
    private final Div textTab = new Div();
    private final Div header = new Div();
    private SectionDraft draft;
    private SectionEditor editor;
    private HistoryPanel history;
    /** What the reader sees above the text: the edit button, or why there is none. */
    private com.vaadin.flow.component.Component readerTop;
    private SectionReader reader;

    private final List<SectionPanelContributor> panels;
    private final List<SectionTextCompanion> companions;

    public SectionView(DraftingService drafting, SectionActivity activity, CurrentUser currentUser,
                       UserPreferences preferences, PresenceSweep sweep, List<SectionPanelContributor> panels,
                       List<SectionTextCompanion> companions, LastLookService looks) {
        this.looks = looks;
        this.panels = panels;
        this.companions = companions;
        this.drafting = drafting;
        this.live = new SectionLive(activity, currentUser, preferences, presence, sweep);
        this.notice = new RevisionNotice(drafting);
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sectionId = event.getRouteParameters().getLong("sectionId").orElseThrow(() -> new NotFoundException("Section"));
        draft = drafting.section(sectionId);
        long planId = event.getRouteParameters().getLong("planId").orElse(-1L);
        if (draft.plan().id() != planId) {
            throw new NotFoundException("Section");
        }
        removeAll();
        history = null;
        Div historyTab = new Div();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("section.text"), textTab);
        var historyHandle = tabs.add(getTranslation("section.history"), historyTab);
        // Built when first opened: most visits never look at the history.
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == historyHandle && history == null) {
                history = new HistoryPanel(drafting, draft, this::reloadText);
                historyTab.add(history);
            }
        });
        showReader();
        notice.clear();
        refreshHeader();
        // After the reader: its companions read the last look before opening the section may move it on.
        add(header, presence, new LastLookNotice(looks, drafting, draft), notice.notice(), notice.announcement(),
                tabs);
        SearchHighlight.apply(this, event.getLocation());
        if (live.listening() && !live.listensTo(sectionId)) {
            live.stop();
            getUI().ifPresent(this::startLive);
        }
    }

    private void refreshHeader() {
        header.removeAll();
        header.addClassName("cw-plan-header");
        Anchor back = new Anchor(PlanPaths.plan(draft.plan().id()), "← " + draft.plan().title());
        H1 title = new H1(draft.section().numberedTitle());
        title.setId("section-title");
        Div meta = new Div(PlanBadges.state(draft.section().state()));
        meta.addClassName("cw-meta-row");
        if (!draft.section().leads().isEmpty()) {
            meta.add(new Span(getTranslation("section.leads", draft.section().leads().stream()
                    .map(l -> l.displayName()).collect(Collectors.joining(", ")))));
        }
        if (draft.current() != null) {
            Span revision = new Span(getTranslation("section.revision", draft.current().revisionNo(),
                    draft.current().authorName()));
            revision.addClassName("cw-muted");
            revision.setId("current-revision");
            meta.add(revision);
        }
        header.add(back, title, meta);
    }

    private void showReader() {
        editor = null;
        setEditing(false);
        textTab.removeAll();
        readerTop = readerTop();
        reader = new SectionReader(draft, panels, companions);
        textTab.add(readerTop, reader);
    }

    private com.vaadin.flow.component.Component readerTop() {
        if (draft.editable()) {
            Button edit = new Button(getTranslation("section.edit"), VaadinIcon.EDIT.create(), e -> showEditor());
            edit.setId("edit-section");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            return edit;
        }
        // Say why there is no edit button, rather than leave the person looking for it.
        Paragraph why = new Paragraph(Translations.label(draft.editRight()));
        why.setId("read-only-notice");
        why.addClassName("cw-muted");
        return why;
    }

    /** The editor in the text's place; the comments beside it stay, and so does what the drafter does in them. */
    private void showEditor() {
        // A save by someone else still waiting for the reader's selection is shown now: editing starts from it.
        reader.showWaiting();
        editor = new SectionEditor(drafting, draft, revision -> {
            closeEditor();
            notice.clear();
            reloadText();
            refreshHistory();
        }, () -> confirmDiscard(this::cancelEditing));
        readerTop.setVisible(false);
        reader.edit(editor);
        setEditing(true);
    }

    private void closeEditor() {
        if (editor != null) {
            reader.stopEditing(editor);
            editor = null;
        }
        readerTop.setVisible(true);
        setEditing(false);
    }

    /** Back to reading; a save by someone else meanwhile is shown now, as it would have been had they been reading. */
    private void cancelEditing() {
        closeEditor();
        SectionRevised missed = live.lastRevision();
        if (missed != null && !java.util.Objects.equals(missed.revisionId(), draft.revisionId())) {
            Long before = draft.revisionId();
            reloadText();
            refreshHistory();
            notice.updated(missed, before);
        }
    }

    /** Shows the newest text; what the reader is doing beside it (a comment being written) carries on. */
    private void reloadText() {
        if (editor == null) {
            reader.show(newest());
        } else {
            draft = drafting.section(draft.section().sectionId());
            refreshHeader();
        }
    }

    /** Reads the section again for the reader, with what goes above its text. */
    private SectionDraft newest() {
        draft = drafting.section(draft.section().sectionId());
        refreshHeader();
        com.vaadin.flow.component.Component top = readerTop();
        textTab.replace(readerTop, top);
        readerTop = top;
        return draft;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor != null && editor.isDirty()) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            confirmDiscard(() -> {
                editor = null;
                // On the page: this view leaves it in the same round trip.
                event.getUI().getPage().executeJs("window.onbeforeunload = null;");
                action.proceed();
            });
        }
    }

    private void confirmDiscard(Runnable discard) {
        if (editor == null || !editor.isDirty()) {
            discard.run();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("editor.unsaved.title"),
                getTranslation("editor.unsaved.text"), getTranslation("editor.unsaved.discard"), e -> discard.run(),
                getTranslation("editor.unsaved.stay"), e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        startLive(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopLive();
    }

    /** Listens to the shown section; restarted when the same view moves on to another section. */
    private void startLive(UI ui) {
        live.start(ui, draft.section().sectionId(), this::othersSaved);
    }

    private void stopLive() {
        live.stop();
    }

    private void setEditing(boolean editing) {
        live.editing(editing);
    }

    /**
     * Someone else saved. A reader gets the new text in place as soon as they are not selecting in it; a drafter
     * keeps the text in their editor and is told that saving merges.
     */
    private void othersSaved() {
        SectionRevised event = live.lastRevision();
        if (event == null) {
            return;
        }
        refreshHistory();
        if (editor != null) {
            notice.savedWhileEditing(event, editor.baseRevisionId());
            return;
        }
        Long before = draft.revisionId();
        reader.showLive(this::newest, () -> notice.updated(event, before));
    }

    private void refreshHistory() {
        if (history != null) {
            history.refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return (draft == null ? "" : draft.section().numberedTitle() + " · ") + getTranslation("app.name");
    }
}
