package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.Component;

/**
 * Where the reader is in a section's text, so that a new text can take its place without moving them: an update
 * waits while they are selecting in the text (the new text would drop the selection), and the paragraph they were
 * at stays where it was on the screen, whatever was added or removed above it.
 *
 * <p>The browser says when the reader is free by an event on the text, which also reaches the server while a dialog
 * is open (a reply being written in a thread's dialog must not hold back the text behind it).
 */
final class ReadingPlace {

    static final String FREE = "cw-text-free";

    /**
     * Wired once per element: whether a selection is being made (pointer down in the text, or a selection not
     * collapsed that touches it), and the first paragraph still in view, measured just before the browser says it is
     * free. At the top of the page nothing is kept: a reader there sees what is new.
     */
    private static final String WIRE = """
            const root = this;
            if (root.__cwLive) { return; }
            const live = root.__cwLive = {down: false, waiting: false, anchor: null};
            const selecting = () => {
              if (live.down) { return true; }
              const sel = window.getSelection();
              if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return false; }
              const range = sel.getRangeAt(0);
              return root.contains(range.startContainer) || root.contains(range.endContainer);
            };
            const scroller = () => {
              for (let n = root.parentNode; n; n = n.assignedSlot || n.parentNode || n.host) {
                if (n.nodeType === 1 && n !== document.documentElement && n !== document.body) {
                  const overflow = getComputedStyle(n).overflowY;
                  if ((overflow === 'auto' || overflow === 'scroll') && n.scrollHeight > n.clientHeight) { return n; }
                }
              }
              return document.scrollingElement || document.documentElement;
            };
            const measure = () => {
              live.anchor = null;
              const s = scroller();
              if (s.scrollTop <= 0) { return; }
              const top = s === document.scrollingElement ? 0 : s.getBoundingClientRect().top;
              const blocks = Array.from(root.children);
              let at = blocks.findIndex(b => b.getBoundingClientRect().bottom > top);
              if (at < 0) { at = blocks.length - 1; }
              if (at >= 0) {
                live.anchor = {index: at, text: blocks[at].textContent, top: blocks[at].getBoundingClientRect().top};
              }
            };
            const forget = () => {
              document.removeEventListener('selectionchange', free);
              document.removeEventListener('pointerup', up, true);
              document.removeEventListener('pointercancel', up, true);
            };
            const free = () => {
              if (!root.isConnected) { forget(); return; }
              if (!live.waiting || selecting()) { return; }
              live.waiting = false;
              measure();
              root.dispatchEvent(new CustomEvent('cw-text-free'));
            };
            const up = () => { if (live.down) { live.down = false; setTimeout(free, 0); } };
            root.addEventListener('pointerdown', () => { live.down = true; });
            document.addEventListener('pointerup', up, true);
            document.addEventListener('pointercancel', up, true);
            document.addEventListener('selectionchange', free);
            live.whenFree = () => { live.waiting = true; free(); };
            live.keep = () => {
              const a = live.anchor;
              live.anchor = null;
              if (!a) { return; }
              const blocks = Array.from(root.children);
              let best = -1;
              blocks.forEach((b, i) => {
                if (b.textContent === a.text && (best < 0 || Math.abs(i - a.index) < Math.abs(best - a.index))) {
                  best = i;
                }
              });
              if (best < 0) { best = Math.min(a.index, blocks.length - 1); }
              if (best < 0) { return; }
              const shift = blocks[best].getBoundingClientRect().top - a.top;
              if (Math.abs(shift) >= 1) { scroller().scrollTop += shift; }
            };
            """;

    private final Component text;
    private Runnable pending;

    ReadingPlace(Component text) {
        this.text = text;
        text.getElement().addEventListener(FREE, e -> showPending()).allowInert();
        // Again on every attach: the browser makes the element anew then.
        text.addAttachListener(e -> text.getElement().executeJs(WIRE));
    }

    /**
     * Runs {@code update} once the reader is not selecting in the text (at once if they are not), then brings the
     * paragraph they were at back to where it was. A later update replaces one still waiting.
     */
    void whenFree(Runnable update) {
        pending = update;
        text.getElement().executeJs("""
                if (this.__cwLive) { this.__cwLive.whenFree(); }
                else { this.dispatchEvent(new CustomEvent($0)); }""", FREE);
    }

    /** Runs an update still waiting now, selection or not (the reader moves on to editing). */
    void now() {
        Runnable update = pending;
        pending = null;
        if (update != null) {
            update.run();
        }
    }

    /** Forgets an update still waiting (the page showed a newer text itself). */
    void forget() {
        pending = null;
    }

    private void showPending() {
        Runnable update = pending;
        pending = null;
        if (update != null) {
            update.run();
            // Runs after the new text is in the page: Vaadin applies a response's changes before its scripts.
            text.getElement().executeJs("if (this.__cwLive) { this.__cwLive.keep(); }");
        }
    }
}
