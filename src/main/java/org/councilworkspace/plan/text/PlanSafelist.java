package org.councilworkspace.plan.text;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The HTML a rendered plan may contain. This is the second line of defence after {@link MarkdownGuard}: whatever
 * the Markdown renderer emits, only these tags and attributes, and only URLs that {@link UrlPolicy} allows, survive.
 */
final class PlanSafelist extends Safelist {

    /** With {@code notes}, also the footnote marks and list of an exported text (see {@code HtmlNotes}). */
    PlanSafelist(boolean notes) {
        addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote",
                "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td");
        addAttributes("a", "href", "title");
        addAttributes("img", "src", "alt", "title");
        addAttributes("ol", "start");
        addAttributes("th", "align");
        addAttributes("td", "align");
        // No target attribute is allowed at all; rel keeps search engines and opened pages at arm's length.
        addEnforcedAttribute("a", "rel", "nofollow noopener");
        if (notes) {
            // Raw HTML never reaches the page (it is escaped before this), so these come from the notes writer only.
            addTags("sup", "section");
            addAttributes("a", "id", "aria-label");
            addAttributes("li", "id");
            addAttributes("section", "class", "aria-label");
        }
    }

    /**
     * The screens' list plus the ins/del of a rendered diff and the span and label of a change of look, whose classes
     * are set here, never taken from the text.
     */
    static PlanSafelist withChanges() {
        PlanSafelist safelist = new PlanSafelist(false);
        safelist.addTags("ins", "del", "span", "small");
        safelist.addEnforcedAttribute("ins", "class", "cw-ins");
        safelist.addEnforcedAttribute("del", "class", "cw-del");
        safelist.addEnforcedAttribute("span", "class", LookMark.CLASS);
        safelist.addEnforcedAttribute("small", "class", LookMark.LABEL_CLASS);
        return safelist;
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        if (!super.isSafeAttribute(tagName, element, attribute)) {
            return false;
        }
        return switch (attribute.getKey()) {
            case "href" -> UrlPolicy.isSafeLink(attribute.getValue());
            case "src" -> UrlPolicy.isSafeImage(attribute.getValue());
            default -> true;
        };
    }
}
