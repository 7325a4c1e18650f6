package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.councilworkspace.plan.SectionDraft;

/**
 * A section's text as it is read, with the panels under it (amendments, positions) and the companions beside it
 * (comments). Another revision is shown in place: the text and the panels are made anew, and the companions are
 * told and carry on, so what the reader is doing in them stays as it was: a comment half written with its caret,
 * the thread list's filter and where it was scrolled to. The editor takes the text's place while the companions
 * stay beside it, so a drafter's own save leaves them as they were too.
 */
final class SectionReader extends Div {

    private final List<SectionPanelContributor> panels;
    private final RenderedMarkdown text = new RenderedMarkdown();
    private final Div reading = new Div(text);
    private final Div main = new Div(reading);
    private final ReadingPlace place = new ReadingPlace(text);
    /** One holder per contributor, in their order, holding its panel when it gives one. */
    private final List<Div> panelSlots = new ArrayList<>();
    private final List<Runnable> revisionListeners = new ArrayList<>();
    private SectionDraft draft;

    SectionReader(SectionDraft draft, List<SectionPanelContributor> panels, List<SectionTextCompanion> companions) {
        this.draft = draft;
        this.panels = panels;
        text.setId("section-body");
        reading.addClassName("cw-section-reading");
        main.addClassName("cw-section-main");
        showText();
        panels.forEach(p -> {
            Div slot = new Div();
            panelSlots.add(slot);
            reading.add(slot);
        });
        showPanels();
        Div columns = new Div(main);
        columns.addClassName("cw-section-columns");
        SectionTextCompanion.ShownText shown = new Shown();
        companions.forEach(c -> c.companion(draft, shown).ifPresent(columns::add));
        add(columns);
    }

    /** Shows another revision of the same section in place. */
    void show(SectionDraft newer) {
        place.forget();
        draft = newer;
        showText();
        showPanels();
        revisionListeners.forEach(Runnable::run);
    }

    /**
     * Shows someone else's revision as soon as the reader is not selecting in the text, keeping the paragraph they
     * were at in view; {@code shown} runs after it.
     */
    void showLive(java.util.function.Supplier<SectionDraft> newer, Runnable shown) {
        place.whenFree(() -> {
            show(newer.get());
            shown.run();
        });
    }

    /** Shows at once a revision that {@link #showLive} holds back. */
    void showWaiting() {
        place.now();
    }

    /** The editor takes the text's place; the companions beside it stay. */
    void edit(Component editor) {
        reading.setVisible(false);
        main.add(editor);
    }

    /** The text again in the editor's place, as it was: the caller shows the saved revision if there is one. */
    void stopEditing(Component editor) {
        main.remove(editor);
        reading.setVisible(true);
    }

    private void showText() {
        if (draft.text().isBlank()) {
            text.showMessage(getTranslation("section.empty"));
        } else {
            text.showAnew(draft.text());
        }
    }

    private void showPanels() {
        for (int i = 0; i < panels.size(); i++) {
            Div slot = panelSlots.get(i);
            if (slot.getComponentCount() > 0
                    && slot.getComponentAt(0) instanceof SectionPanelContributor.FollowsRevisions follows) {
                follows.revised(draft);
            } else {
                slot.removeAll();
                panels.get(i).panel(draft).ifPresent(slot::add);
            }
        }
    }

    /** The text as the companions see it: always the revision shown now. */
    private final class Shown implements SectionTextCompanion.ShownText {

        @Override
        public Long revisionId() {
            return draft.revisionId();
        }

        @Override
        public Component component() {
            return text;
        }

        @Override
        public void decorate(UnaryOperator<String> decorator) {
            text.decorate(decorator);
        }

        @Override
        public void onRevision(Runnable listener) {
            revisionListeners.add(listener);
        }
    }
}
