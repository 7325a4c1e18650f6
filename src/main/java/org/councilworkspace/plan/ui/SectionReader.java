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
 * the thread list's filter and where it was scrolled to.
 */
final class SectionReader extends Div {

    private final List<SectionPanelContributor> panels;
    private final RenderedMarkdown text = new RenderedMarkdown();
    private final Div reading = new Div(text);
    private final List<Component> shownPanels = new ArrayList<>();
    private final List<Runnable> revisionListeners = new ArrayList<>();
    private SectionDraft draft;

    SectionReader(SectionDraft draft, List<SectionPanelContributor> panels, List<SectionTextCompanion> companions) {
        this.draft = draft;
        this.panels = panels;
        text.setId("section-body");
        reading.addClassName("cw-section-reading");
        showText();
        showPanels();
        Div columns = new Div(reading);
        columns.addClassName("cw-section-columns");
        SectionTextCompanion.ShownText shown = new Shown();
        companions.forEach(c -> c.companion(draft, shown).ifPresent(columns::add));
        add(columns);
    }

    /** Shows another revision of the same section in place. */
    void show(SectionDraft newer) {
        draft = newer;
        showText();
        shownPanels.forEach(reading::remove);
        showPanels();
        revisionListeners.forEach(Runnable::run);
    }

    private void showText() {
        if (draft.text().isBlank()) {
            text.showMessage(getTranslation("section.empty"));
        } else {
            text.showAnew(draft.text());
        }
    }

    private void showPanels() {
        shownPanels.clear();
        panels.forEach(p -> p.panel(draft).ifPresent(shownPanels::add));
        shownPanels.forEach(reading::add);
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
