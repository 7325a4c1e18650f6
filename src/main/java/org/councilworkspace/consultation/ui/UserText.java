package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.Div;

/** Text people typed, and diffs of it, set so that it is shown exactly and never interpreted. */
final class UserText {

    private UserText() {
    }

    /** As typed, line breaks kept; set as text, so markup in it stays text. */
    static Div multiline(String text) {
        Div div = new Div();
        div.setText(text);
        div.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        return div;
    }

    /** Diff HTML from DiffHtml: every character of the texts escaped; only its ins/del/br markup is live. */
    static Div html(String diffHtml) {
        Div div = new Div();
        div.addClassName("cw-diff-inline");
        div.getElement().setProperty("innerHTML", diffHtml);
        return div;
    }
}
