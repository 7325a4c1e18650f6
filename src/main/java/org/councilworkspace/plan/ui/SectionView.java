package org.councilworkspace.plan.ui;

import org.councilworkspace.base.ui.Translations;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
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
 * One section: its text, the editor for those who may edit, and its history. Live: who else is here,
 * and a notice with the changes when someone else saves.
 */
@Route("plans/:planId(\\d+)/sections/:sectionId(\\d+)")
@PermitAll
public class SectionView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final DraftingService drafting;
    private final LastLookService looks;
    private final PresenceBar presence = new PresenceBar();
    private final SectionLive live;
    private final Div notice = new Div();
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
        addClassName("cw-page");
        notice.setId("revision-notice");
        notice.addClassName("cw-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
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
        notice.setVisible(false);
        refreshHeader();
        // After the reader: its companions read the last look before opening the section may move it on.
        add(header, presence, new LastLookNotice(looks, drafting, draft), notice, tabs);
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

    private void showEditor() {
        reader = null;
        editor = new SectionEditor(drafting, draft, revision -> {
            draft = drafting.section(draft.section().sectionId());
            refreshHistory();
            notice.setVisible(false);
            refreshHeader();
            showReader();
        }, () -> confirmDiscard(this::showReader));
        textTab.removeAll();
        textTab.add(editor);
        setEditing(true);
    }

    /** Shows the newest text; what the reader is doing beside it (a comment being written) carries on. */
    private void reloadText() {
        draft = drafting.section(draft.section().sectionId());
        refreshHeader();
        if (editor == null && reader != null) {
            com.vaadin.flow.component.Component top = readerTop();
            textTab.replace(readerTop, top);
            readerTop = top;
            reader.show(draft);
        } else if (editor == null) {
            showReader();
        }
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
        live.start(ui, draft.section().sectionId(), this::showRevisionNotice);
    }

    private void stopLive() {
        live.stop();
    }

    private void setEditing(boolean editing) {
        live.editing(editing);
    }

    private void showRevisionNotice() {
        SectionRevised event = live.lastRevision();
        if (event == null) {
            return;
        }
        Long before = editor != null ? editor.baseRevisionId() : draft.revisionId();
        notice.removeAll();
        Span text = new Span(getTranslation(editor != null ? "section.saved-by-other-editing" : "section.saved-by-other",
                event.authorDisplayName(), event.revisionNo()));
        Button show = new Button(getTranslation("section.show-changes"), e -> showChanges(before, event.revisionId()));
        show.setId("show-changes");
        show.addThemeVariants(ButtonVariant.LUMO_SMALL);
        notice.add(text, show);
        if (editor == null) {
            Button reload = new Button(getTranslation("section.reload"), e -> {
                notice.setVisible(false);
                reloadText();
                refreshHistory();
            });
            reload.setId("reload-section");
            reload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            notice.add(reload);
        }
        notice.setVisible(true);
        refreshHistory();
    }

    private void refreshHistory() {
        if (history != null) {
            history.refresh();
        }
    }

    private void showChanges(Long fromRevisionId, long toRevisionId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("section.changes-title"));
        dialog.setWidth("min(80rem, 98vw)");
        dialog.add(new DiffView(drafting.compare(draft.section().sectionId(), fromRevisionId, toRevisionId)));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (draft == null ? "" : draft.section().numberedTitle() + " · ") + getTranslation("app.name");
    }
}
