package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.councilworkspace.consultation.RoundSection;
import org.councilworkspace.plan.text.MarkdownRenderer;

/** The frozen text a round consults, section by section, rendered from Markdown and sanitized. */
class RoundTextView extends Div {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    RoundTextView(List<RoundSection> sections) {
        setId("round-text");
        add(new H2(getTranslation("consultation.public.text")));
        for (RoundSection s : sections) {
            Section section = new Section();
            section.setId("s" + s.sectionId());
            Div body = new Div();
            body.addClassName("cw-markdown");
            body.getElement().setProperty("innerHTML", RENDERER.toSafeHtml(s.body()));
            section.add(new H3(s.numberedTitle()), body);
            add(section);
        }
    }
}
