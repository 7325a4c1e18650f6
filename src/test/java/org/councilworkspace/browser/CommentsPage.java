package org.councilworkspace.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The comments beside a section's text: selecting a passage, writing, replying. */
class CommentsPage {

    private final Page page;

    CommentsPage(Page page) {
        this.page = page;
        page.waitForSelector("#comments-panel");
    }

    /** Selects the first occurrence of the words in the section text, as a reader dragging the mouse would. */
    CommentsPage select(String words) {
        page.locator("#section-body").evaluate("""
                (body, words) => {
                  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
                  let node;
                  while ((node = walker.nextNode())) {
                    const at = node.data.indexOf(words);
                    if (at >= 0) {
                      const range = document.createRange();
                      range.setStart(node, at);
                      range.setEnd(node, at + words.length);
                      const selection = window.getSelection();
                      selection.removeAllRanges();
                      selection.addRange(range);
                      body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                      return;
                    }
                  }
                  throw new Error('not in the text: ' + words);
                }""", words);
        return this;
    }

    /** The first words of the section text's first paragraph, to select and comment on. */
    String firstWords(int count) {
        String first = page.locator("#section-body p").first().textContent().trim();
        String[] words = first.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(count, words.length)));
    }

    CommentsPage commentOnSelection(String text) {
        page.locator("#comment-selection").click();
        page.locator("#thread-body textarea").fill(text);
        return this;
    }

    /** Picks the first member suggested for the "@name" being typed. */
    CommentsPage pickMention() {
        page.locator("#mention-suggestions vaadin-button").first().click();
        return this;
    }

    void post() {
        page.locator("#post-thread").click();
    }

    Locator thread(String containing) {
        return page.locator("#thread-list .cw-thread").filter(new Locator.FilterOptions().setHasText(containing));
    }

    /** Opens the thread from the list and replies in it. */
    void reply(String containing, String text) {
        thread(containing).first().locator(".cw-thread-open").click();
        Locator thread = page.locator("vaadin-dialog-overlay .cw-thread").first();
        thread.locator(".cw-thread-reply").click();
        thread.locator(".cw-reply-body textarea").fill(text);
        thread.locator(".cw-post-reply").click();
    }

    Locator marks() {
        return page.locator("#section-body mark.cw-anchor");
    }
}
