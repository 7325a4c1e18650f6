package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.councilworkspace.plan.text.DiffHtml;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.LookLabels;
import org.councilworkspace.plan.text.Looks;
import org.councilworkspace.plan.text.RenderedDiff;
import org.councilworkspace.plan.text.WordDiff;

/**
 * The words an amendment changes, inline: insertions underlined, deletions struck through (ins/del, so colour
 * is not the only signal), as raw Markdown or as formatted text. The HTML comes from DiffHtml, which escapes every
 * character of the texts, or from RenderedDiff, which renders it as the section view does. Words whose formatting
 * alone changed are labelled in words ("formatting: bold added") rather than shown as removed and added.
 */
class AmendmentDiff extends Div {

    private final List<DiffSegment> segments;
    private final Looks looks;
    private final LookLabels labels = LookLabels.of(this::getTranslation);
    private final Div body = new Div();
    private final Button rendering = new Button();
    private boolean rendered;

    AmendmentDiff(List<DiffSegment> segments) {
        this.segments = segments;
        this.looks = Looks.of(segments);
        addClassName("cw-diff");
        getStyle().set("--cw-cue-ins", "\"" + getTranslation("diff.cue.inserted").replace("\"", "") + "\"");
        getStyle().set("--cw-cue-del", "\"" + getTranslation("diff.cue.deleted").replace("\"", "") + "\"");
        Div summary = new Div(getTranslation("diff.words-changed", WordDiff.changedWords(segments)));
        summary.addClassName("cw-muted");
        body.addClassName("cw-diff-inline");
        body.addClassName("cw-amendment-diff");
        body.getElement().setAttribute("aria-label", getTranslation("amendment.diff"));
        body.getElement().setAttribute("role", "region");
        body.getElement().setAttribute("tabindex", "0");
        rendering.addClassName("cw-diff-rendering");
        rendering.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rendering.addClickListener(e -> {
            rendered = !rendered;
            show();
        });
        add(summary, rendering);
        if (!looks.isEmpty()) {
            Div legend = new Div(getTranslation("diff.look.legend"));
            legend.addClassNames("cw-muted", "cw-look-legend");
            add(legend);
        }
        add(body);
        show();
    }

    private void show() {
        boolean unchanged = segments.stream().allMatch(s -> s.kind() == DiffSegment.Kind.EQUAL);
        rendering.setVisible(!unchanged);
        rendering.setText(getTranslation(rendered ? "diff.show-markdown" : "diff.show-text"));
        body.setClassName("cw-markdown", rendered);
        body.setClassName("cw-diff-rendered", rendered);
        if (unchanged) {
            body.setText(getTranslation("diff.no-changes"));
        } else {
            body.getElement().setProperty("innerHTML",
                    rendered ? RenderedDiff.inline(segments, looks, labels) : DiffHtml.inline(segments, looks, labels));
        }
    }
}
