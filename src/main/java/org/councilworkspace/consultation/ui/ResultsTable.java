package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.PublishedResults;

/**
 * The comment-response table, one table per section, and the consulted text compared with the final one.
 * User text is set as text (escaped); the diffs are escaped HTML from the plan's diff renderer, marked with
 * ins/del, so insertions and deletions are not told apart by colour alone.
 */
class ResultsTable extends Div {

    ResultsTable(PublishedResults results) {
        setId("results-table");
        if (results.sections().isEmpty()) {
            add(new Paragraph(getTranslation("consultation.results.none")));
        }
        int n = 0;
        for (PublishedResults.Section section : results.sections()) {
            String title = section.title() == null ? getTranslation("consultation.results.whole-plan") : section.title();
            add(new H2(title));
            NativeTable table = new NativeTable();
            table.addClassName("cw-results");
            table.getStyle().set("width", "100%").set("border-collapse", "collapse");
            NativeTableRow head = table.getHead().addRow();
            for (String key : new String[] {"number", "opinion", "disposition", "response", "change"}) {
                head.addHeaderCell().setText(getTranslation("consultation.results.column." + key));
            }
            for (PublishedResults.Entry entry : section.entries()) {
                n++;
                NativeTableRow row = table.getBody().addRow();
                row.addDataCell().setText(Integer.toString(n));
                row.addDataCell().add(opinion(entry));
                row.addDataCell().setText(entry.disposition() == null ? "" : Labels.of(entry.disposition()));
                row.addDataCell().add(multiline(entry.reasoning() == null ? "" : entry.reasoning()));
                row.addDataCell().add(change(entry));
                row.getChildren().forEach(c -> ((com.vaadin.flow.component.HasStyle) c).getStyle()
                        .set("border-top", "1px solid var(--lumo-contrast-20pct)").set("vertical-align", "top")
                        .set("padding", "var(--lumo-space-s)"));
            }
            // On a phone the table scrolls sideways inside its box instead of widening the page.
            Div box = new Div(table);
            box.getStyle().set("overflow-x", "auto").set("max-width", "100%");
            // Focusable and named, so keyboard users can scroll it too.
            box.getElement().setAttribute("tabindex", "0");
            box.getElement().setAttribute("role", "region");
            box.getElement().setAttribute("aria-label", title);
            add(box);
        }
        add(new H2(getTranslation("consultation.results.text-changes")));
        if (results.finalVersionLabel() != null) {
            add(new Paragraph(getTranslation("consultation.results.compared", results.round().versionLabel(),
                    results.finalVersionLabel())));
        }
        if (results.textChanges().isEmpty()) {
            add(new Paragraph(getTranslation("consultation.results.no-text-changes")));
        }
        Div changes = new Div();
        changes.setId("results-text-changes");
        for (PublishedResults.TextChange change : results.textChanges()) {
            changes.add(new H3(change.title()), new Span(getTranslation("diff.words-changed", change.wordsChanged())),
                    html(change.diffHtml()));
        }
        add(changes);
    }

    private Component opinion(PublishedResults.Entry entry) {
        Div div = new Div();
        String who;
        if (entry.summary()) {
            who = getTranslation("consultation.results.group", entry.comments());
        } else if (entry.publishedName() != null) {
            who = entry.organizationName() == null ? entry.publishedName()
                    : entry.publishedName() + " (" + entry.organizationName() + ")";
        } else {
            who = getTranslation("consultation.results.anonymous", Translations.label(entry.organizationType()));
        }
        Span by = new Span(who);
        by.getStyle().set("font-weight", "600").set("display", "block");
        div.add(by, multiline(entry.opinion()));
        return div;
    }

    private Component change(PublishedResults.Entry entry) {
        if (entry.changeHtml() == null) {
            return new Span(getTranslation("consultation.results.no-change"));
        }
        Div div = new Div(new Span(getTranslation("consultation.results.revision", entry.changeTitle())));
        div.add(html(entry.changeHtml()));
        return div;
    }

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
