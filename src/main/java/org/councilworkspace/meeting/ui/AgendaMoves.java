package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.html.Span;

/**
 * What the meeting page remembers of the last move of an agenda item while it redraws the agenda: which item moved
 * and by which button, so the redrawn item gets the focus back, and a live region (kept across redraws, so screen
 * readers notice its change) that says where the item is now.
 */
final class AgendaMoves {

    /** {@code direction}: -1 up, 1 down (the button pressed or the Alt+arrow), 0 dragged. */
    record Move(long itemId, int direction) {
    }

    private final Span announcer = new Span();
    private final Runnable redraw;
    private Move last;

    AgendaMoves(Runnable redraw) {
        this.redraw = redraw;
        announcer.setId("agenda-announcer");
        announcer.addClassName("cw-visually-hidden");
        announcer.getElement().setAttribute("role", "status");
        announcer.getElement().setAttribute("aria-live", "polite");
    }

    Span announcer() {
        return announcer;
    }

    /** After the service moved the item: redraws the page, then says where the item is. */
    void moved(Move move, String announcement) {
        last = move;
        try {
            redraw.run();
        } finally {
            last = null;
        }
        announcer.setText(announcement);
    }

    /** The move the agenda is being redrawn after, if any. */
    Move last() {
        return last;
    }
}
