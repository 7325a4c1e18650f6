package org.councilworkspace.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The friendly body shared by the error pages: a heading, a sentence and a way home. */
final class ErrorViews {

    private ErrorViews() {
    }

    static void fill(VerticalLayout page, String titleKey, String textKey) {
        page.removeAll();
        page.addClassName("cw-error-page");
        page.add(new H1(page.getTranslation(titleKey)), new Paragraph(page.getTranslation(textKey)),
                new Anchor("", page.getTranslation("error.go-home")));
    }
}
