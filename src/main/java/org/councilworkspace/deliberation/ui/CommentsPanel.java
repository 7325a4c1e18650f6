package org.councilworkspace.deliberation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.List;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.UiBatcher;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.DeliberationActivity;
import org.councilworkspace.deliberation.PassageText;
import org.councilworkspace.deliberation.ThreadAbilities;
import org.councilworkspace.deliberation.ThreadFilter;
import org.councilworkspace.deliberation.ThreadQueries;
import org.councilworkspace.deliberation.ThreadSummary;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.ui.SectionTextCompanion;

/**
 * The comment threads of a section, beside its text: start a thread on the selected passage or on the whole
 * section, filter, read and reply. The list loads lazily; passages of open threads are marked in the text, and a
 * click on a mark opens its thread. Changes by others arrive live.
 */
class CommentsPanel extends Div {

    /** Reads the reader's selection inside the text: the passage and the text before and after it. */
    private static final String READ_SELECTION = """
            const root = $0;
            const sel = window.getSelection();
            let range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
            if (range && !(root.contains(range.startContainer) && root.contains(range.endContainer))) { range = null; }
            if (!range) { return root.__cwSelection || null; }
            const before = document.createRange(); before.selectNodeContents(root);
            before.setEnd(range.startContainer, range.startOffset);
            const after = document.createRange(); after.selectNodeContents(root);
            after.setStart(range.endContainer, range.endOffset);
            return {quote: range.toString(), before: before.toString().slice(-400), after: after.toString().slice(0, 400)};
            """;

    /**
     * Remembers the last selection made in the text (a click on a button elsewhere may clear the live one) and turns
     * a click or Enter on a marked passage into an event on the panel.
     */
    private static final String WIRE_TEXT = """
            const root = $0, panel = $1;
            const remember = () => {
              const sel = window.getSelection();
              if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { root.__cwSelection = null; return; }
              const range = sel.getRangeAt(0);
              if (!(root.contains(range.startContainer) && root.contains(range.endContainer))) { return; }
              const before = document.createRange(); before.selectNodeContents(root);
              before.setEnd(range.startContainer, range.startOffset);
              const after = document.createRange(); after.selectNodeContents(root);
              after.setStart(range.endContainer, range.endOffset);
              root.__cwSelection = {quote: range.toString(), before: before.toString().slice(-400),
                                    after: after.toString().slice(0, 400)};
            };
            root.addEventListener('mouseup', remember);
            root.addEventListener('keyup', remember);
            let pending = null;
            const open = e => {
              const mark = e.target.closest && e.target.closest('mark[data-threads]');
              if (!mark) { return; }
              if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') { return; }
              const tell = () => panel.dispatchEvent(new CustomEvent('cw-open-threads', {detail: mark.dataset.threads}));
              if (e.type === 'keydown') { e.preventDefault(); tell(); return; }
              // A click opens the threads only once it is clear that it was not the start of a double or triple click
              // selecting words, nor a drag: selecting inside a marked passage must stay possible, to start another
              // thread on it.
              clearTimeout(pending);
              if (e.detail > 1 || !window.getSelection().isCollapsed) { return; }
              pending = setTimeout(() => { if (window.getSelection().isCollapsed) { tell(); } }, 350);
            };
            root.addEventListener('click', open);
            root.addEventListener('keydown', open);
            """;

    private final ThreadQueries queries;
    private final CommentService comments;
    private final DeliberationActivity activity;
    private final long me;
    private final SectionDraft draft;
    private final SectionTextCompanion.ShownText text;
    private final long sectionId;
    private final ThreadAbilities abilities;
    private final Span count = new Span();
    private final Div composerSlot = new Div();
    private final Paragraph empty = new Paragraph();
    private final VirtualList<ThreadSummaryRenderer.ThreadRow> list = new VirtualList<>();
    private final ThreadFilterBar filters = new ThreadFilterBar(() -> list.getDataProvider().refreshAll());
    private Runnable unsubscribe;
    final NewMarks newMarks;
    private List<PassageText.Highlight> shownHighlights = List.of();

    CommentsPanel(ThreadQueries queries, CommentService comments, DeliberationActivity activity, long me,
                  SectionDraft draft, SectionTextCompanion.ShownText text) {
        this.queries = queries;
        this.comments = comments;
        this.activity = activity;
        this.me = me;
        this.newMarks = new NewMarks(me);
        this.draft = draft;
        this.text = text;
        this.sectionId = draft.section().sectionId();
        this.abilities = queries.abilities(sectionId);
        addClassName("cw-comments");
        setId("comments-panel");
        getElement().setAttribute("role", "complementary");
        getElement().setAttribute("aria-label", getTranslation("deliberation.title"));
        H2 title = new H2(getTranslation("deliberation.title"));
        count.setId("open-thread-count");
        count.addClassName("cw-muted");
        Div heading = new Div(title, count);
        heading.addClassName("cw-comments-heading");
        add(heading);
        if (abilities.mayComment()) {
            add(startButtons(), composerSlot);
        }
        empty.setId("thread-list-empty");
        empty.setText(getTranslation("deliberation.list.no-match"));
        empty.addClassName("cw-muted");
        empty.getElement().setAttribute("role", "status");
        empty.setVisible(false);
        add(filters, empty, list);
        list.setId("thread-list");
        list.addClassName("cw-thread-list");
        list.setRenderer(ThreadSummaryRenderer.create(this::openThread));
        // Lazy: a section may have thousands of threads; only the visible ones are fetched.
        list.setDataProvider(DataProvider.<ThreadSummaryRenderer.ThreadRow>fromCallbacks(
                q -> queries.threads(sectionId, filters.filter(), q.getOffset(), q.getLimit()).stream()
                        .map(t -> ThreadSummaryRenderer.row(t, newMarks.label(t))),
                q -> showEmpty(queries.count(sectionId, filters.filter()))));
        getElement().addEventListener("cw-open-threads", e -> openThreads(e.getEventData().getString("event.detail")))
                .addEventData("event.detail");
        // Another revision shown in place: its marks are made anew, and the list re-read (passages may have moved or
        // gone); the composer and the list's filter and scroll are left as the reader has them.
        text.onRevision(() -> {
            shownHighlights = List.of();
            refresh();
        });
        refreshHighlightsAndCount();
    }

    private Div startButtons() {
        Button onSelection = new Button(getTranslation("deliberation.comment-selection"), VaadinIcon.COMMENT.create(),
                e -> startOnSelection());
        onSelection.setId("comment-selection");
        onSelection.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button onSection = new Button(getTranslation("deliberation.comment-section"), e -> compose(null));
        onSection.setId("comment-section");
        onSection.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Paragraph hint = new Paragraph(getTranslation("deliberation.selection-hint"));
        hint.addClassName("cw-muted");
        Div buttons = new Div(onSelection, onSection, hint);
        buttons.addClassName("cw-comment-start");
        return buttons;
    }

    /**
     * An empty list under chosen filters says so (with no filters chosen, the count in the heading already does);
     * the count comes from the list's own query.
     */
    private int showEmpty(int count) {
        empty.setVisible(count == 0 && !filters.filter().equals(ThreadFilter.OPEN));
        return count;
    }

    private void openThread(ThreadSummaryRenderer.ThreadRow thread) {
        openThreads(Long.toString(thread.id()));
    }

    private void startOnSelection() {
        text.component().getElement().executeJs(READ_SELECTION, text.component().getElement()).then(json -> {
            if (json == null || json instanceof elemental.json.JsonNull
                    || !(json instanceof elemental.json.JsonObject selection)
                    || selection.getString("quote").isBlank()) {
                Notifications.error(getTranslation("deliberation.select-first"));
                return;
            }
            compose(new Composer.Passage(text.revisionId(), selection.getString("quote"),
                    selection.getString("before"), selection.getString("after")));
        });
    }

    private void compose(Composer.Passage passage) {
        composerSlot.removeAll();
        composerSlot.add(new Composer(comments, queries, sectionId, passage, abilities.mayWriteNotes(), threadId -> {
            composerSlot.removeAll();
            filters.showOpenThreads();
            refresh();
        }, composerSlot::removeAll));
    }

    /** Opens one or more threads (those sharing a marked passage) in a dialog with every comment. */
    private void openThreads(String ids) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("deliberation.thread-dialog"));
        dialog.setWidth("min(44rem, 96vw)");
        dialog.setId("thread-dialog");
        for (String id : ids.trim().split("\\s+")) {
            try {
                long threadId = Long.parseLong(id);
                ThreadSummary thread = queries.thread(threadId);
                dialog.add(new ThreadCard(thread, me, abilities.mayComment(), () -> {
                    refresh();
                    dialog.close();
                    openThreads(ids);
                }, comments, queries, sectionId));
            } catch (NumberFormatException | org.councilworkspace.base.NotFoundException e) {
                dialog.add(new Paragraph(getTranslation("deliberation.thread-missing")));
            }
        }
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** Re-reads the list, the marks in the text and the count. */
    void refresh() {
        list.getDataProvider().refreshAll();
        refreshHighlightsAndCount();
    }

    private void refreshHighlightsAndCount() {
        List<PassageText.Highlight> highlights = queries.highlights(sectionId, text.revisionId());
        // Showing the text again would clear the reader's selection: only when the marks really changed.
        if (!highlights.equals(shownHighlights)) {
            shownHighlights = highlights;
            text.decorate(html -> highlights.isEmpty() ? html : PassageText.of(html).highlighted(highlights));
        }
        int open = queries.count(sectionId, ThreadFilter.OPEN);
        count.setText(getTranslation("deliberation.open-count", open));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        text.component().getElement().executeJs(WIRE_TEXT, text.component().getElement(), getElement());
        UiBatcher batcher = new UiBatcher(ui, 300, this::refresh);
        unsubscribe = activity.subscribe(sectionId, batcher::request);
        newMarks.listen(ui, sectionId, () -> list.getDataProvider().refreshAll());
        ui.getInternals().getActiveViewLocation().getQueryParameters().getSingleParameter("thread")
                .filter(id -> id.matches("\\d{1,18}"))
                .ifPresent(id -> {
                    land(id);
                    openThreads(id);
                });
    }

    /**
     * Arriving from a notification or a search hit: the thread's passage is brought into view and marked as the one
     * arrived at, and once the thread's dialog is closed the reader is on it (focused), not at the top of the text.
     */
    private void land(String threadId) {
        text.component().getElement().executeJs("""
                const mark = $0.querySelector('mark[data-threads~="' + $1 + '"]');
                if (!mark) { return; }
                mark.classList.add('cw-anchor-landed');
                mark.scrollIntoView({block: 'center'});
                const focusLater = () => setTimeout(() => mark.focus(), 0);
                const dialog = document.getElementById('thread-dialog');
                if (dialog) {
                  dialog.addEventListener('opened-changed', e => { if (!e.detail.value) { focusLater(); } });
                } else {
                  focusLater();
                }""", text.component().getElement(), threadId);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        newMarks.stop();
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }
}
