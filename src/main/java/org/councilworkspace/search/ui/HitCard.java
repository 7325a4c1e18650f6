package org.councilworkspace.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.plan.ui.PlanPaths;
import org.councilworkspace.search.SearchHit;
import org.councilworkspace.search.SnippetPart;

/**
 * One hit: a link that opens the section (a comment's opens its thread there), where it is, and the snippet with
 * the matched words marked. Every piece is set as text, so what people wrote is shown exactly and never as markup.
 */
class HitCard extends Div {

    HitCard(SearchHit hit, String councilName) {
        addClassName("cw-card");
        addClassName("cw-search-hit");
        String kindLabel = getTranslation("search.kind." + hit.kind().name());
        Anchor open = new Anchor(link(hit), hit.title());
        open.addClassName("cw-search-hit-link");
        Span kind = new Span(kindLabel);
        kind.getElement().getThemeList().add("badge contrast small");
        Span where = new Span(where(hit, councilName));
        where.addClassName("cw-muted");
        add(new H2(open), new Div(kind, where), snippet(hit));
    }

    /** Where the hit opens: the section (a comment's thread there), or the page that shows the thing. */
    static String link(SearchHit hit) {
        return switch (hit.kind()) {
            case SECTION -> PlanPaths.section(hit.planId(), hit.sectionId()) + highlight(hit);
            case COMMENT -> PlanPaths.section(hit.planId(), hit.sectionId()) + "?thread=" + hit.threadId();
            case AMENDMENT -> "plans/" + hit.planId() + "/amendments/" + hit.objectId();
            case POSITION -> "plans/" + hit.planId() + "/consensus";
            case SUBMISSION, ANSWER, ATTACHMENT -> "consultations/" + hit.objectId();
            case AGENDA, MINUTES, MEETING_DOCUMENT -> "meetings/" + hit.objectId();
            case MEASURE, KPI -> "measures/" + hit.objectId();
            // Never shown here (the workspace search does not find them), but a link must go somewhere.
            case PUBLIC_SECTION, PUBLIC_MINUTES, PUBLIC_ANSWER, PUBLIC_DOCUMENT -> "search";
        };
    }

    /** The words found, as the text writes them, for the section page to mark (see the plan's SearchHighlight). */
    private static String highlight(SearchHit hit) {
        String words = hit.snippet().stream().filter(SnippetPart::match).map(p -> p.text().strip())
                .filter(w -> !w.isEmpty()).distinct().limit(10).collect(Collectors.joining(" "));
        return words.isEmpty() ? "" : "?highlight=" + URLEncoder.encode(words, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String where(SearchHit hit, String councilName) {
        StringBuilder s = new StringBuilder(" ").append(councilName);
        if (hit.planTitle() != null) {
            s.append(" · ").append(hit.planTitle());
        }
        if (hit.author() != null) {
            s.append(" · ").append(hit.author());
        }
        return s.append(" · ").append(Formats.dateTime(hit.at())).toString();
    }

    private static Component snippet(SearchHit hit) {
        Paragraph p = new Paragraph();
        p.addClassName("cw-search-snippet");
        for (SnippetPart part : hit.snippet()) {
            if (part.match()) {
                Element mark = new Element("mark");
                mark.setText(part.text());
                mark.getClassList().add("cw-search-match");
                p.getElement().appendChild(mark);
            } else {
                p.getElement().appendChild(Element.createText(part.text()));
            }
        }
        return p;
    }
}
