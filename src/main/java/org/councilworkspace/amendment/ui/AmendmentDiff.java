package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.councilworkspace.plan.text.DiffHtml;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.WordDiff;

/**
 * The words an amendment changes, inline: insertions underlined, deletions struck through (ins/del, so colour
 * is not the only signal). The HTML comes from DiffHtml, which escapes every character of the texts.
 */
class AmendmentDiff extends Div {

    AmendmentDiff(List<DiffSegment> segments) {
        addClassName("cw-diff");
        Div summary = new Div(getTranslation("diff.words-changed", WordDiff.changedWords(segments)));
        summary.addClassName("cw-muted");
        Div body = new Div();
        body.addClassName("cw-diff-inline");
        body.addClassName("cw-amendment-diff");
        if (segments.stream().allMatch(s -> s.kind() == DiffSegment.Kind.EQUAL)) {
            body.setText(getTranslation("diff.no-changes"));
        } else {
            body.getElement().setProperty("innerHTML", DiffHtml.inline(segments));
        }
        body.getElement().setAttribute("aria-label", getTranslation("amendment.diff"));
        body.getElement().setAttribute("role", "region");
        body.getElement().setAttribute("tabindex", "0");
        add(summary, body);
    }
}
