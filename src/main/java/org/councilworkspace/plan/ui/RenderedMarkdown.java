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

    /**
     * The sanitized HTML before decoration. Kept rather than the Markdown: the renderer's cache hands every tab
     * that shows the same text the same string, where the Markdown would be each tab's own copy.
     */
    private String html = "";
    private java.util.function.UnaryOperator<String> decorator = java.util.function.UnaryOperator.identity();

    void show(String markdown) {
        html = RENDERER.toSafeHtml(markdown == null ? "" : markdown);
        getElement().setProperty("innerHTML", decorator.apply(html));
    }

    /** Shows another text, undecorated: a decoration made for the text before would not fit it. */
    void showAnew(String markdown) {
        decorator = java.util.function.UnaryOperator.identity();
        show(markdown);
    }

    /** Shows a message of the page's own instead of a text (for example that the section is empty). */
    void showMessage(String message) {
        decorator = java.util.function.UnaryOperator.identity();
        html = "<p>" + org.councilworkspace.base.Html.escape(message) + "</p>";
        getElement().setProperty("innerHTML", html);
    }

    /** Shows the same text again through a decorator of its sanitized HTML (for example passage highlights). */
    void decorate(java.util.function.UnaryOperator<String> decorator) {
        this.decorator = decorator;
        getElement().setProperty("innerHTML", decorator.apply(html));
    }
}
