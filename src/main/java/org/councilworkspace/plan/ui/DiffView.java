package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.councilworkspace.plan.text.DiffHtml;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.WordDiff;

/**
 * A word-level diff, inline or side by side. Insertions and deletions are marked with ins/del elements
 * (announced as such, underlined and struck through), so colour is not the only signal.
 */
class DiffView extends Div {

    private final List<DiffSegment> segments;
    private final Div body = new Div();

    DiffView(List<DiffSegment> segments) {
        this.segments = segments;
        addClassName("cw-diff");
        RadioButtonGroup<String> mode = new RadioButtonGroup<>(getTranslation("diff.mode"));
        mode.setItems("inline", "side");
        mode.setItemLabelGenerator(m -> getTranslation("diff.mode." + m));
        mode.setValue("inline");
        mode.addValueChangeListener(e -> show(e.getValue()));
        Div summary = new Div(getTranslation("diff.words-changed", WordDiff.changedWords(segments)));
        summary.addClassName("cw-muted");
        summary.setId("diff-summary");
        add(mode, summary, body);
        show("inline");
    }

    private void show(String mode) {
        body.removeAll();
        if (segments.stream().allMatch(s -> s.kind() == DiffSegment.Kind.EQUAL)) {
            body.add(new Div(getTranslation("diff.no-changes")));
            return;
        }
        if (mode.equals("inline")) {
            body.add(html(DiffHtml.inline(segments), "cw-diff-inline"));
        } else {
            DiffHtml.SideBySide sides = DiffHtml.sideBySide(segments);
            Div left = new Div(new H3(getTranslation("diff.before")), html(sides.oldHtml(), "cw-diff-text"));
            Div right = new Div(new H3(getTranslation("diff.after")), html(sides.newHtml(), "cw-diff-text"));
            Div columns = new Div(left, right);
            columns.addClassName("cw-diff-columns");
            body.add(columns);
        }
    }

    /** The diff HTML escapes every character of the texts; only its own ins/del/br markup is live. */
    private static Div html(String html, String className) {
        Div div = new Div();
        div.addClassName(className);
        div.getElement().setProperty("innerHTML", html);
        return div;
    }
}
