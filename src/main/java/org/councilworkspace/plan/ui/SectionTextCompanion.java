package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.councilworkspace.plan.SectionDraft;

/**
 * A panel shown beside a section's rendered text that works with the text itself (for example comments anchored
 * to passages): it may mark passages in the text and read what the reader selected in it.
 */
public interface SectionTextCompanion {

    Optional<Component> companion(SectionDraft draft, ShownText text);

    /** The section's text as the page shows it. */
    interface ShownText {

        /** The revision shown, or null for a section never saved. */
        Long revisionId();

        /** The element holding the rendered text, for reading the selection with executeJs. */
        Component component();

        /**
         * Shows the text again, passing its sanitized HTML through the decorator first. The decorator may only
         * wrap existing text in harmless elements (it must not add text or markup from users).
         */
        void decorate(java.util.function.UnaryOperator<String> decorator);

        /**
         * Runs the listener each time the page shows another revision in place (someone else's save, shown live, or
         * the drafter's own, the companion staying beside the editor meanwhile): {@link #revisionId()} is then the
         * new one, and the text is shown undecorated.
         */
        void onRevision(Runnable listener);
    }
}
