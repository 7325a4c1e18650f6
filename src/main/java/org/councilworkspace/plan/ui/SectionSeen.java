package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Told on the page when the reader marks a section's changes as seen, so what marks things on it as new (the
 * comment threads of another feature) can stop doing so without the section page knowing it.
 */
public final class SectionSeen extends ComponentEvent<UI> {

    private final long sectionId;

    private SectionSeen(UI ui, long sectionId) {
        super(ui, false);
        this.sectionId = sectionId;
    }

    static void fire(UI ui, long sectionId) {
        ComponentUtil.fireEvent(ui, new SectionSeen(ui, sectionId));
    }

    /** Runs {@code seen} each time the reader marks the section's changes as seen on this page. */
    public static Registration listen(UI ui, long sectionId, Runnable seen) {
        return ComponentUtil.addListener(ui, SectionSeen.class, e -> {
            if (e.sectionId == sectionId) {
                seen.run();
            }
        });
    }
}
