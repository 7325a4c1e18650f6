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

    private String markdown = "";
    private java.util.function.UnaryOperator<String> decorator = java.util.function.UnaryOperator.identity();

    void show(String markdown) {
        this.markdown = markdown == null ? "" : markdown;
        getElement().setProperty("innerHTML", decorator.apply(RENDERER.toSafeHtml(this.markdown)));
    }

    /** Shows the same text again through a decorator of its sanitized HTML (for example passage highlights). */
    void decorate(java.util.function.UnaryOperator<String> decorator) {
        this.decorator = decorator;
        show(markdown);
    }
}
