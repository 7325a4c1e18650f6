package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.html.Div;
import org.councilworkspace.plan.text.MarkdownRenderer;

/** A block of rendered Markdown. The HTML is sanitized before it reaches the browser. */
final class RenderedMarkdown extends Div {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    RenderedMarkdown() {
        addClassName("cw-markdown");
    }

    RenderedMarkdown(String markdown) {
        this();
        show(markdown);
    }

    void show(String markdown) {
        getElement().setProperty("innerHTML", RENDERER.toSafeHtml(markdown == null ? "" : markdown));
    }
}
