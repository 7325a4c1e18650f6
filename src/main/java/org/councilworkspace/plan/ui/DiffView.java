package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.councilworkspace.plan.text.DiffHtml;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.LookLabels;
import org.councilworkspace.plan.text.Looks;
import org.councilworkspace.plan.text.RenderedDiff;
import org.councilworkspace.plan.text.WordDiff;

/**
 * A word-level diff, inline or side by side, as raw Markdown or as formatted text. Insertions and deletions are
 * marked with ins/del elements (underlined and struck through, and in formatted text also labelled in words), so
 * colour is not the only signal. Words whose formatting alone changed carry a dotted underline and a label in words
 * ("formatting: bold added"), explained by a legend, in both views.
 */
class DiffView extends Div {

    private final List<DiffSegment> segments;
    private final Looks looks;
    private final LookLabels labels = LookLabels.of(this::getTranslation);
    private final Div body = new Div();
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    private final Button rendering = new Button();
    private boolean rendered;

    DiffView(List<DiffSegment> segments) {
        this.segments = segments;
        this.looks = Looks.of(segments);
        addClassName("cw-diff");
        // The words the rendered view puts before each change (CSS generated text, read by screen readers too).
        getStyle().set("--cw-cue-ins", cssString(getTranslation("diff.cue.inserted")));
        getStyle().set("--cw-cue-del", cssString(getTranslation("diff.cue.deleted")));
        mode.setLabel(getTranslation("diff.mode"));
        mode.setItems("inline", "side");
        mode.setItemLabelGenerator(m -> getTranslation("diff.mode." + m));
        mode.setValue("inline");
        mode.addValueChangeListener(e -> show());
        rendering.addClassName("cw-diff-rendering");
        rendering.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rendering.addClickListener(e -> {
            rendered = !rendered;
            show();
        });
        FlexLayout controls = new FlexLayout(mode, rendering);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexLayout.Alignment.BASELINE);
        controls.addClassName("cw-diff-controls");
        Div summary = new Div(getTranslation("diff.words-changed", WordDiff.changedWords(segments)));
        summary.addClassName("cw-muted");
        summary.setId("diff-summary");
        add(controls, summary);
        if (!looks.isEmpty()) {
            add(legend(getTranslation("diff.look.legend")));
        }
        add(body);
        show();
    }

    private void show() {
        rendering.setText(getTranslation(rendered ? "diff.show-markdown" : "diff.show-text"));
        body.removeAll();
        if (segments.stream().allMatch(s -> s.kind() == DiffSegment.Kind.EQUAL)) {
            body.add(new Div(getTranslation("diff.no-changes")));
            return;
        }
        if (rendered) {
            Div note = new Div(getTranslation("diff.rendered-note"));
            note.addClassName("cw-muted");
            body.add(note);
        }
        if (mode.getValue().equals("inline")) {
            body.add(html(rendered ? RenderedDiff.inline(segments, looks, labels)
                    : DiffHtml.inline(segments, looks, labels), "cw-diff-inline"));
        } else {
            DiffHtml.SideBySide sides = rendered ? RenderedDiff.sideBySide(segments, looks, labels)
                    : DiffHtml.sideBySide(segments, looks, labels);
            Div left = new Div(new H3(getTranslation("diff.before")), html(sides.oldHtml(), "cw-diff-text"));
            Div right = new Div(new H3(getTranslation("diff.after")), html(sides.newHtml(), "cw-diff-text"));
            Div columns = new Div(left, right);
            columns.addClassName("cw-diff-columns");
            body.add(columns);
        }
    }

    /**
     * The raw diff HTML escapes every character of the texts, only its own ins/del/br markup is live; the rendered
     * one is the section view's sanitized Markdown with ins/del added.
     */
    private Div html(String html, String className) {
        Div div = new Div();
        div.addClassName(className);
        if (rendered) {
            div.addClassNames("cw-markdown", "cw-diff-rendered");
        }
        div.getElement().setProperty("innerHTML", html);
        return div;
    }

    /** What the dotted underline means, shown only where a diff has one. */
    private static Div legend(String text) {
        Div legend = new Div(text);
        legend.addClassNames("cw-muted", "cw-look-legend");
        return legend;
    }

    private static String cssString(String text) {
        return "\"" + text.replace("\\", "").replace("\"", "") + "\"";
    }
}
